"""Summary lines: the points an agency page prints before its dateline, which the report then says again.

Some pages open with the headline's summary points ("- Moscow, Tashkent sign
contract …"), then a dateline on a line of its own ("ISTANBUL"), then the
report.  A point the report repeats is drafted from the report, where it has
its date, its attribution and its full wording; drafting it twice gives the
editor two drafts of one claim, the shorter one without a source for its words.
"""

from __future__ import annotations

import re

from briefgen.suggest.sentences import Sentence
from briefgen.text.english import FUNCTION_WORDS
from briefgen.text.quotes import fold

# A dateline printed on a line of its own ("ISTANBUL", "ISTANBUL/MOSCOW"): the report starts after it.
_BARE_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3}\s*$")
# A summary line of a deck is no longer than a heading; running text is.
_DECK_WORDS = 20
_FIGURE = re.compile(r"\d")


def summary_paragraphs(body: str) -> int:
    """How many paragraphs come before a dateline set on a line of its own: the page's summary lines.

    Agency pages print the headline's summary points first ("- Moscow, Tashkent
    sign contract …"), then the dateline, then the report, which says the same
    at length with its date and source.  No summary lines when no such dateline opens the
    report within its first paragraphs (0).
    """
    paragraphs = body.split("\n\n")
    return next((n for n, p in enumerate(paragraphs[:8]) if n and _BARE_DATELINE.match(p)), 0)


def deck_paragraphs(body: str) -> int:
    """How many paragraphs come before the report when the page opens with a deck of short lines, else 0.

    News pages set two or more summary lines of a heading's length under the
    headline ("Minister visiting Norland at the premier's invitation", "Talks to
    cover the port deal"), then the report, which says the same in sentences.
    The report starts at the first paragraph of running text.
    """
    paragraphs = body.split("\n\n")
    first = next((n for n, p in enumerate(paragraphs[:8]) if len(p.split()) > _DECK_WORDS), None)
    if first is None:
        return 0
    short = [p for p in paragraphs[:first] if "\n" not in p.strip() and 3 <= len(p.split()) <= _DECK_WORDS]
    return first if len(short) >= 2 else 0


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9$][\w$’'-]*", fold(text).casefold()) if w not in FUNCTION_WORDS and len(w) > 2}


def restates(line: str, sentences: list[Sentence], keep_figures: bool = False) -> bool:
    """Whether a summary line says again what one sentence of the report says: most of its words are there.

    A summary point that the report repeats is drafted from the report, where
    it has its date, its attribution and its full wording; one the report
    never states (a leader's words only the summary quotes) stays a draft, and
    with ``keep_figures`` so does a line with a figure: a deck may total or
    round what the report splits, and the editor checks it where it is printed.
    """
    words = _content_words(line)
    if keep_figures and _FIGURE.search(line):
        return False  # a deck's figure ("ink 28 agreements") is checked where it is printed
    return bool(words) and any(len(words & _content_words(s.text)) * 5 >= len(words) * 3 for s in sentences)
