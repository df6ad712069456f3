"""A cheap look for the words without which a long pattern read without regard to case cannot match.

Some of linking's patterns (a sum given at a visit, a span of years ahead)
are long alternations compiled with ``re.IGNORECASE``, which Python's engine
tries at every place of a quote: 100-200 us a quote.  Every match holds one
of a few words, so a quote holding none of them is left as it is without
trying the pattern.

``str.lower`` finds an ASCII word where ``re.IGNORECASE`` would, but for four
characters the pattern takes for an ASCII letter and ``lower`` does not make
one (checked over every code point: the dotted and the dotless i, the Kelvin
sign, the long s); for every other character ``lower`` keeps the length and
whether it is a word character, so a word boundary stays where it was.  A text
with one of the four is always handed to the pattern.
"""

from __future__ import annotations

import re

_ODD_CASES = ("\u0130", "\u0131", "\u212a", "\u017f")

#: The last text lowered and its lower case, as one pair (replaced whole, never changed).  The rules of an
#: occasion's parts ask about one quote in turn ("without a rank", "without a count", "without an anniversary"
#: ...), most of them leaving it as it is: the same object comes back, and is lowered once, not once per rule.
#: The pair holds the text, so no other text can come to have its identity while it is remembered.
_last: tuple[str, str] = ("", "")


def may_hold(text: str, words: tuple[str, ...], word_starts: re.Pattern[str] | None = None) -> bool:
    """Whether ``text`` may hold, in any case, one of ``words`` (ASCII, lower case), or a match of ``word_starts``.

    ``word_starts`` is a pattern for the lower-cased text, for a short word that
    must start a word to count ("aid" is in "said"); False means no pattern
    read without regard to case can find any of them.
    """
    if not text.isascii() and any(odd in text for odd in _ODD_CASES):
        return True
    lowered = _lowered(text)
    for word in words:  # a loop, not ``any`` over a generator: a quote is looked at a dozen times, by as many rules
        if word in lowered:
            return True
    return word_starts is not None and word_starts.search(lowered) is not None


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text asked (see :data:`_last`)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    _last = (text, lowered)
    return lowered


#: An escape that means the same in a pattern read with or without regard to case: a class, a word boundary or an end.
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


class Caseless:
    """A pattern compiled with ``re.IGNORECASE`` that is only asked whether it is found: looked for in the lowered text.

    Python's engine compares each character of a caseless pattern through its
    case folding: a long alternation read so costs two to three times what
    the same pattern, its letters all small, costs on the text lowered (7.8
    against 22 us a quote, for the verbs of saying).  The answer is the same
    (see the module docstring): ``lower`` keeps every position and word
    boundary of a text without the four odd characters, which are searched
    as written, and a pattern whose letters are all small and written plainly
    matches in the lowered text exactly where, caseless, it matches in the
    text.  The lowered text is the one :func:`may_hold` keeps, so the rules
    asking about one quote in turn lower it once.
    """

    __slots__ = ("_lowered", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        plain = _ESCAPE.sub("", source)
        if (
            not pattern.flags & re.IGNORECASE
            or "(?-i" in source
            or any(escaped.isalnum() and escaped not in _CASELESS_ESCAPES for escaped in _ESCAPE.findall(source))
            or any(
                character.lower() != character or (character.upper() != character.lower() and not character.isascii())
                for character in plain
            )
        ):
            raise ValueError(f"not a caseless pattern of small letters written plainly: {source!r}")
        self.pattern = pattern
        self._lowered = re.compile(source, pattern.flags & ~re.IGNORECASE)

    def found(self, text: str) -> bool:
        """Whether ``self.pattern.search(text)`` finds anything."""
        if not text.isascii() and any(odd in text for odd in _ODD_CASES):
            return self.pattern.search(text) is not None
        return self._lowered.search(_lowered(text)) is not None
