"""Finding a fact's quote in its source, forgiving only typography.

A quote counts as found when it appears in the source body after both are
folded: runs of whitespace become one space, typographic double quotes become
``"``, typographic single quotes and apostrophes become ``'`` and every dash
becomes ``-``.  Nothing else is forgiven (not case, not punctuation, not an
ellipsis), because a brief's trust rests on the words being the source's.

Folding is a few ``str.replace`` calls (only for the typographic characters
the text contains) and one ``split``/``join`` pass, done once per source body;
each quote is then a plain substring search, so checking a corpus costs the
total size of the bodies plus the total size of the quotes.  (``str.translate``
with a mapping is about ten times slower on text that is not pure ASCII.)
"""

from __future__ import annotations

import difflib
import functools

_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u275d\u275e\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u275b\u275c\uff07\u02bc"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"

_REPLACEMENTS = (*((c, '"') for c in _DOUBLE_QUOTES), *((c, "'") for c in _SINGLE_QUOTES), *((c, "-") for c in _DASHES))


def _fold_characters(text: str) -> str:
    """Typographic quotes, apostrophes and dashes to their ASCII forms; same length."""
    if not text.isascii():
        for char, plain in _REPLACEMENTS:
            if char in text:
                text = text.replace(char, plain)
    return text


def fold(text: str) -> str:
    """Fold whitespace, quotes, apostrophes and dashes; keep everything else.

    ``str.split()`` splits on exactly the characters ``str.isspace()`` accepts
    (NBSP and the other Unicode spaces included) and drops them at both ends.
    """
    return " ".join(_fold_characters(text).split())


def contains_quote(folded_body: str, quote: str) -> bool:
    """True when the quote, folded, is a substring of the folded body."""
    needle = fold(quote)
    return bool(needle) and needle in folded_body


def locate(body: str, quote: str) -> tuple[int, int] | None:
    """Start and end offsets of the quote in the *unfolded* body, or None.

    Used to highlight the passage in the evidence annex.  Builds a map from
    folded offsets back to original ones, so the highlight covers exactly the
    source's own characters.
    """
    folded, origin = _folded_with_origins(body)
    needle = fold(quote)
    if not needle:
        return None
    start = folded.find(needle)
    if start < 0:
        return None
    end = start + len(needle) - 1
    return origin[start], origin[end] + 1


@functools.lru_cache(maxsize=64)
def _folded_with_origins(body: str) -> tuple[str, tuple[int, ...]]:
    """The folded body and, for each of its characters, its offset in ``body``.

    Kept for the few bodies a run reads: every note and annex passage of a
    brief locates its quote in one of them, and ``check`` renders each brief
    at several dates.
    """
    folded_chars: list[str] = []
    origin: list[int] = []
    previous_space = True
    for index, char in enumerate(_fold_characters(body)):
        if char.isspace():
            if previous_space:
                continue
            folded_chars.append(" ")
            previous_space = True
        else:
            folded_chars.append(char)
            previous_space = False
        origin.append(index)
    return "".join(folded_chars), tuple(origin)


def closest_passage(folded_body: str, quote: str, width: int = 80) -> str:
    """The passage of the body most like the quote, for a helpful error."""
    needle = fold(quote)
    if not folded_body or not needle:
        return ""
    matcher = difflib.SequenceMatcher(None, folded_body, needle, autojunk=False)
    match = matcher.find_longest_match(0, len(folded_body), 0, len(needle))
    if match.size < max(8, len(needle) // 3):
        return ""  # nothing alike enough to help
    start = max(0, match.a - match.b)
    passage = folded_body[start : start + min(len(needle), width)]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + len(passage) < len(folded_body) else ""
    return f"{prefix}{passage}{suffix}"
