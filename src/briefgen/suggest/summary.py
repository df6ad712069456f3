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
from briefgen.text.english import FULL_WEEKDAY_PATTERN, FUNCTION_WORDS, MONTH_PATTERN
from briefgen.text.quotes import fold

# A dateline printed on a line of its own ("ISTANBUL", "ISTANBUL/MOSCOW"): the report starts after it.
_BARE_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3}\s*$")
# A summary line of a deck is no longer than a heading; running text is.
_DECK_WORDS = 20
_FIGURE = re.compile(r"\d")
# The report's first line, opened by its dateline: "HANOI -- Chinese President …", "CAPE TOWN - President …".
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3}(?:,[^\n–—-]{0,40})?\s+(?:--?|–|—)\s+[A-Z“\"]")
# A line that is only a date, printed between the page's top and the report: "October 15, 2024", "28-03-2025".
_DATE_LINE = re.compile(
    rf"^\s*(?:{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_PATTERN},?\s+\d{{4}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|\d{{4}}-\d\d-\d\d)\s*$"
)
# A day of the month ("on Dec. 12", "2 September"): a caption that dates its picture says what the report may not.
_DAY_OF_MONTH = re.compile(rf"\b{MONTH_PATTERN}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}")
# The day a line dates its event by: a weekday, "today" or "yesterday", a day of the month ("on Sunday", "on October 9").
_DAY = re.compile(rf"\b(?:{FULL_WEEKDAY_PATTERN}|[Tt]oday|[Yy]esterday|[Tt]omorrow)\b|{_DAY_OF_MONTH.pattern}")
# The page's top (headline, standfirst, captions, byline) is a few lines; further down, a dash after capitals is prose.
_TOP_LINES = 12
# How many of the report's first sentences a standfirst sums up.
_OPENING_SENTENCES = 3


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


def report_start(body: str) -> int:
    """Where the report starts when the page prints a standfirst above it: the offset of its first line, else 0.

    Many pages set the headline, a standfirst of a sentence or two, a photo
    caption and a byline or date above the report, whose first line is opened
    by its dateline ("HANOI -- …") or follows a line that is only a date.  The
    standfirst says again, in fewer words, what the report says with its date
    and source; what is printed above that line is the page's top.
    """
    offset = seen = 0
    for line in body.split("\n"):
        if line.strip():
            if seen and _DATELINE_OPENING.match(line):
                return offset
            if seen and _DATE_LINE.match(line):
                return offset + len(line) + 1
            seen += 1
            if seen >= _TOP_LINES:
                return 0
        offset += len(line) + 1
    return 0


def standfirst_restated(line: str, report: list[Sentence]) -> bool:
    """Whether a line of the page's top says again what the report's opening sentences say.

    A standfirst sums up the report's first paragraphs in one or two
    sentences, so its words are looked for in the report's opening together;
    a line that dates a day ("on Dec. 12") is kept, as the report may date it
    only by its weekday.
    """
    if _DAY_OF_MONTH.search(line):
        return False
    words = content_words(line)
    opening = set().union(*(content_words(s.text) for s in report[:_OPENING_SENTENCES]))
    return (bool(words) and len(words & opening) * 5 >= len(words) * 3) or restates(line, report)


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry its news: folded, lower-cased, no function word and none of two letters."""
    return {w for w in re.findall(r"[a-z0-9$][\w$’'-]*", fold(text).casefold()) if w not in FUNCTION_WORDS and len(w) > 2}


def _days(text: str) -> set[str]:
    """The days ``text`` names, folded and lower-cased: {"sunday"}, {"october 9"}."""
    return {" ".join(day.casefold().replace(".", "").split()) for day in _DAY.findall(fold(text))}


def restates(line: str, sentences: list[Sentence], keep_figures: bool = False) -> bool:
    """Whether a summary line says again what one sentence of the report says: most of its words are there.

    A summary point that the report repeats is drafted from the report, where
    it has its date, its attribution and its full wording; one the report
    never states (a leader's words only the summary quotes) stays a draft, and
    with ``keep_figures`` so does a line with a figure: a deck may total or
    round what the report splits, and the editor checks it where it is printed.
    A line that names the day of its event ("arrived in Beijing on Sunday") is
    said again only by a sentence naming that day too: a sentence below that
    tells the arrival with no day ("arrives in Beijing for his state visit",
    a post's caption) leaves the line's day to the line, the draft that dates it.
    """
    words = content_words(line)
    if keep_figures and _FIGURE.search(line):
        return False  # a deck's figure ("ink 28 agreements") is checked where it is printed
    days = _days(line)
    return bool(words) and any(len(words & content_words(s.text)) * 5 >= len(words) * 3 and days <= _days(s.text) for s in sentences)
