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


def summary_paragraphs(body: str) -> int:
    """How many paragraphs come before a dateline set on a line of its own: the page's summary lines.

    Agency pages print the headline's summary points first ("- Moscow, Tashkent
    sign contract …"), then the dateline, then the report, which says the same
    at length with its date and source.  No summary lines when no such dateline opens the
    report within its first paragraphs (0).
    """
    paragraphs = body.split("\n\n")
    return next((n for n, p in enumerate(paragraphs[:8]) if n and _BARE_DATELINE.match(p)), 0)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9$][\w$’'-]*", fold(text).casefold()) if w not in FUNCTION_WORDS and len(w) > 2}


def restates(line: str, sentences: list[Sentence]) -> bool:
    """Whether a summary line says again what one sentence of the report says: most of its words are there.

    A summary point that the report repeats is drafted from the report, where
    it has its date, its attribution and its full wording; one the report
    never states (a leader's words only the summary quotes) stays a draft.
    """
    words = _content_words(line)
    return bool(words) and any(len(words & _content_words(s.text)) * 5 >= len(words) * 3 for s in sentences)
