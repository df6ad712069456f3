"""The first, second or last day of a visit, counted from the sentence that tells when the visit starts or ends.

A preview walks through a programme by its days: "Upon his arrival in Manila tomorrow, Anwar will pay a courtesy call
…", then "The first day will end with a joint media conference" and "On the second day, the prime minister is scheduled
to hold a general talk … at the University of the Philippines, its national university established in 1908".  No rule
read the counted day: the first fell back to the month of writing, the second took the university's founding year.  The
day counted is a day of the visit, and the story has told which day the visit starts: the nearest earlier sentence of
the body that tells an arrival or a start ("arrives", "upon his arrival", "began", "kicks off", "embarked") and is dated
to a day.  The first day is that day, the second the day after it, and so on.  A report after the visit counts its
last day back from its end: "Anwar completed his four-day official visit to Egypt yesterday" and, below, "… Anwar told
Malaysian journalists on the last day of his visit": the last day is the day it was completed ("completed",
"concluded", "ended", "wrapped up", "left"); a dateline before it ("KATHMANDU, Mar 7: … wrapped up his two-day
official visit to Nepal and returned home on Tuesday") is the day the story was filed, so the day the words after it
state is the one read.

Only a counted day that is a day of a visit, a trip, a tour or a stay is read so ("on the second day of his state
visit", or the bare "on the second day" of a programme); "the first day of the summit" or "of the month" counts from
something else.  A sentence that states a day, or a month, of its own keeps it ("On Tuesday, the second day of the
visit, …"); a bare year it names after the counted day is a year it recalls, not the day's ("established in 1908").
With no such sentence before it, the sentence is dated as before.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import dateline_length
from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.sentences import Sentence
from briefgen.text.dates import PartialDate

_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1, "closing": -1}

#: "on the second day", "the first day of his state visit", "on the last day of his visit"; not "the first day of the summit".
_COUNTED_DAY = re.compile(
    rf"\b(?:on\s+)?the\s+(?P<n>{'|'.join(_ORDINALS)})\s+day\b(?!s)"
    r"(?P<of>\s+of\s+(?:(?:his|her|their|its|the|a|an|this)\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b|\s+of\b)?",
    re.IGNORECASE,
)
#: An arrival or a start told of a visit: the first day.
_START = re.compile(r"\b(?:arriv\w*|landed|lands|began|begins|begun|started|starts|kick(?:s|ed)?\s+off|embark\w*)\b", re.IGNORECASE)
#: An end told of a visit: the last day.
_END = re.compile(r"\b(?:complet\w*|conclud\w*|ended|ends|wrapped\s+up|wraps\s+up|left|leaves|departed|departs)\b", re.IGNORECASE)


def _counted(text: str) -> re.Match[str] | None:
    """The phrase counting a day of a visit, "the second day", "the last day of his visit"; None for another count."""
    for match in _COUNTED_DAY.finditer(text):
        of = match.group("of")
        if of is None or of.strip().casefold() != "of":
            return match
    return None


def _keeps_its_own(text: str, counted: re.Match[str], published: dt.date | None, *, future: bool, ref_year: int | None) -> bool:
    """Whether the text states a date of its own: a day or a month anywhere, or a year before the counted day."""
    stated = find_date(text, published, future=future, ref_year=ref_year)
    if stated is None:
        return False
    return stated[0].month is not None or text.find(stated[1]) < counted.start()


def _told_day(
    sentences: list[Sentence], sentence: Sentence, words: re.Pattern[str], published: dt.date | None, *, future: bool, ref_year: int | None
) -> tuple[dt.date, str] | None:
    """The day of the nearest earlier body sentence that tells a start (or an end) in ``words`` and is dated to a day."""
    earlier = [other for other in sentences if other.start < sentence.start and 0 <= other.paragraph <= sentence.paragraph]
    for other in sorted(earlier, key=lambda item: item.start, reverse=True):
        if not words.search(other.text) or _counted(other.text) is not None:
            continue
        length = dateline_length(other.text)  # "KATHMANDU, Mar 7: … wrapped up his visit … on Tuesday": the Tuesday
        stated = find_date(other.text[length:], published, future=future, ref_year=ref_year) if length else None
        stated = stated or find_date(other.text, published, future=future, ref_year=ref_year)
        if stated is not None and stated[0].day is not None and stated[0].month is not None:
            return stated[0].first_day, stated[1]
    return None


def visit_day(
    sentences: list[Sentence],
    sentence: Sentence,
    text: str,
    published: dt.date | None,
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """The day of a visit that ``text`` counts ("on the second day"), from the earlier sentence telling its start (or,
    for its last day, its end); None when the text counts no such day, states a date of its own, or nothing tells the
    start."""
    counted = _counted(text)
    if counted is None or sentence.paragraph < 0 or _keeps_its_own(text, counted, published, future=future, ref_year=ref_year):
        return None
    offset = _ORDINALS[counted.group("n").casefold()]
    found = _told_day(sentences, sentence, _END if offset < 0 else _START, published, future=future, ref_year=ref_year)
    if found is None:
        return None
    day, anchor = found
    phrase = " ".join(counted.group(0).split())
    how = f'"{phrase}" counts a day of the visit from an earlier sentence telling its {"end" if offset < 0 else "start"} ("{anchor}")'
    return ResolvedDate(PartialDate.from_date(day + dt.timedelta(days=max(offset, 0))), phrase, how)
