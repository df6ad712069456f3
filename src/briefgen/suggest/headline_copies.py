"""The page's headline printed again in its body: a title, not a sentence of the report.

Pages copied from a news site often carry their headline twice: once as the
title the archive keeps, and again among the lines of the body (above the
lede, as a bullet of a summary, beside the picture, or with its apostrophe
left as an HTML entity, "France&#39;s Macron meets …", or with the picture's
credit run into its last word, "… direct flightANI").  A headline states the
news in the clipped words of a title ("Marcos to sign 6 pacts in India",
"Carney, Sheinbaum sign deal to deepen economic, security ties"); the report
under it states the same news in a sentence with its day, its place and who
said so, and that sentence is the one an editor cites.  So the copy is left
out, as the archived headline itself is (see :func:`briefgen.suggest.drafts._headline`),
on the same terms (:func:`figures_stated`): a copy stating a figure that the
rest of the body never states is still drafted, since it may be the only place
the page gives that figure.

The copy is known by its words alone: the headline's words in the headline's
order, case, punctuation and entities set aside, with at most a wire agency's
name after them, the picture's credit, even run into the last word.  A
sentence that only shares a part of the headline's words is the report's own
and is left to the other rules.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.suggest.values import find_values
from briefgen.text.quotes import fold

_WORD = re.compile(r"\w+")
# A section's name and a day in figures before the headline's words: the page's section line run into the headline.
_SECTION_DATE = re.compile(r"^(?:[A-Z][\w&-]*\s+){1,3}\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\s+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(html.unescape(text)).lower())


@lru_cache(maxsize=32)
def _title_words(title: str) -> tuple[str, ...]:
    """The headline's words, worked out once per page rather than once per sentence of its body."""
    return tuple(_words(title))


def _figures(text: str) -> set[str]:
    return {number for v in find_values(text) for number in (v.amount, v.low, v.high) if number is not None}


def figures_stated(headline: str, body: str) -> bool:
    """Does ``body`` state every figure of ``headline``, as an amount or a bound?

    Compared as numbers: a title clips "at least six agreements" to "6 pacts",
    and the body's bound is the figure stated with more care.
    """
    return _figures(headline) <= _figures(body)


def _same_words(copy: list[str], words: list[str]) -> bool:
    """The headline's words, or those with a wire's credit after them, even run into the last word ("flightANI")."""
    if copy == words:
        return True
    if len(copy) == len(words) + 1:
        return copy[:-1] == words and copy[-1] in WIRE_AGENCIES
    if len(copy) != len(words) or copy[:-1] != words[:-1] or not copy[-1].startswith(words[-1]):
        return False
    return copy[-1][len(words[-1]) :] in WIRE_AGENCIES


def headline_copy(text: str, start: int, end: int, title: str, body: str) -> bool:
    """Is the sentence ``text`` (``body[start:end]``) the headline ``title`` printed again, with no figure of its own?

    The copy may carry the page's section line run into it: a section's name and the day, "Economy 22/08/2024
    Uzbekistan-Azerbaijan Business Forum takes place in Tashkent"; its figures are then the headline's alone.
    """
    words = list(_title_words(title))
    section = _SECTION_DATE.match(text)
    if section is not None and words and _same_words(_words(text[section.end() :]), words):
        text = text[section.end() :]
    if not words or not _same_words(_words(text), words):
        return False
    return figures_stated(text, f"{body[:start]} {body[end:]}")
