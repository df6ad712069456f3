"""Dates news spells partly in words: a day with its year, month or week named relatively, and a part of a month.

The plain patterns of :mod:`briefgen.suggest.dates` read "May 28", "this year",
"in March" and "on Tuesday" one at a time.  Copy often writes them together,
and read apart each piece gives less than the whole, or the wrong thing:

- "was scheduled to visit Iraq on May 28 this year" (a page of September 2024):
  the day alone, in a plan, is the coming May, a year out; "this year" says it
  is the May just gone.  "on 7 October last year" keeps its day, which the
  month read with its year ("October last year") dropped;
- "on the 10th of February", "the 10th of last month": a day told by its
  ordinal "of" a month, which no pattern read at all;
- "will visit India in the first week of March", "at the end of April": a part
  of a month is that month, placed before or after the day of writing as a bare
  month is.  After "by" or "before" it is a deadline, no day anything is done on:
  "announced plans to close the deal by the end of January" is dated by the
  announcement, as a target's year is not its date;
- "met on Tuesday last week", "will arrive on Thursday next week": the weekday
  of the week named, not the nearest such weekday, which in a Friday paper is
  this week's Tuesday and in a Monday paper this week's Thursday;
- "will arrive in two days", "is three days away": a day counted from the day
  of writing (:mod:`briefgen.suggest.day_counts`).

Each keeps only the precision its words give, as the rest of the module does.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.date_words import WEEKDAY_WORD, weekday_index
from briefgen.suggest.day_counts import COUNTED_DAYS, counted_day
from briefgen.text.dates import PartialDate, checked_date, shift_month
from briefgen.text.english import FULL_MONTH_PATTERN, MONTH_PATTERN, month_number

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_ORDINAL = r"[0-3]?\d(?:st|nd|rd|th)"
_M = rf"(?-i:{MONTH_PATTERN})"  # "may revive" is not a month
_FULL_M = rf"(?-i:{FULL_MONTH_PATTERN})"
_RANGE_END = r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?|\s+(?:to|and)\s+\d{1,2}(?:st|nd|rd|th)?)?"
# Not "on 7 October, last year's talks": a possessive year names something of that year.
_RELATIVE_YEAR = r",?\s+(?:of\s+)?(?P<rel>this|next|last|previous|the\s+current|the\s+coming|the\s+previous)\s+year\b(?![’']s)"
_RELATIVE_MONTH = r"(?P<rel>this|next|last|previous|the\s+current|the\s+coming|the\s+previous)\s+month\b"

#: The patterns, in the order :mod:`briefgen.suggest.dates` tries them: a day with a relative year or month, and a day
#: "of" a month, before the month read with its year alone; ``PART_OF_MONTH`` and ``WEEKDAY_OF_WEEK`` after it.
DAY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("day-month-relative-year", rf"\b(?P<d>{_DAY}){_RANGE_END}(?:\s+of)?\s+(?P<m>{_M}){_RELATIVE_YEAR}"),
    ("month-day-relative-year", rf"\b(?P<m>{_M})\s+(?P<d>{_DAY}){_RANGE_END}{_RELATIVE_YEAR}"),
    ("day-of-relative-month", rf"\b(?P<d>{_ORDINAL})\s+of\s+{_RELATIVE_MONTH}"),
    # "on the 10th of February", "the 4th of September, 2023": with its year, the stated day.
    ("day-of-month", rf"\b(?P<d>{_ORDINAL})\s+of\s+(?P<m>{_FULL_M})(?![a-z])(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?"),
    COUNTED_DAYS,  # "will arrive in two days"
)

#: A part of a month named "of" it: "the first week of March", "the end of April", "the second half of June".
PART_OF_MONTH = (
    "part-of-month",
    r"\b(?:(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|days|ten\s+days)|"
    r"(?:first|second|latter|last)\s+half|(?:very\s+)?(?:end|beginning|start|middle|close))\s+of\s+"
    rf"(?P<m>{_FULL_M})(?![a-z])",
)

#: A weekday in the week named beside it: "on Tuesday last week", "Thursday next week", "on Monday morning this week".
WEEKDAY_OF_WEEK = (
    "weekday-of-week",
    rf"\b(?:on\s+)?(?P<w>{WEEKDAY_WORD})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?P<rel>last|next|this|the\s+coming)\s+week\b(?![’']s)",
)

# A deadline's words before a part of a month: "by the end of January", "no later than the middle of May".
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)

NAMES = frozenset(name for name, _ in (*DAY_PATTERNS, PART_OF_MONTH, WEEKDAY_OF_WEEK))
#: Those that count from the day of writing ("this year", "last month", "next week"), so date nothing on an undated page.
RELATIVE = frozenset({"day-month-relative-year", "month-day-relative-year", "day-of-relative-month", "weekday-of-week", COUNTED_DAYS[0]})

_YEAR_STEP = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "last": -1, "previous": -1, "the previous": -1}


def a_deadline(name: str, text: str, start: int) -> bool:
    """Whether the part of a month at ``text[start]`` ends a deadline ("by the end of January"): it dates nothing."""
    return name == PART_OF_MONTH[0] and bool(_DEADLINE.search(text[max(0, start - 30) : start]))


def _step(rel: str) -> int:
    return _YEAR_STEP[" ".join(rel.casefold().split())]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def spelled_date(
    name: str, match: re.Match[str], reference: dt.date | None, ref_year: int | None, month_year: int | None
) -> PartialDate | None:
    """The date one of these phrases gives, against the day of writing (``reference``); None if it gives none.

    ``month_year``: the year a bare month of this clause falls in, as :mod:`briefgen.suggest.dates` places it
    (before or after the day of writing by the clause's tense); it dates "the end of April" and "the 10th of
    February".  Without a day of writing, only a phrase naming this year or its own year is read, against the
    article's first year (``ref_year``), as a bare month is.
    """
    groups = match.groupdict()
    month = month_number(groups["m"]) if groups.get("m") else None
    rel = groups.get("rel") or ""
    if name in {"day-month-relative-year", "month-day-relative-year"} and month:
        if reference is None:
            return checked_date(ref_year, month, _day(groups["d"])) if ref_year and _step(rel) == 0 else None
        return checked_date(reference.year + _step(rel), month, _day(groups["d"]))
    if name == "day-of-month" and month:
        if groups.get("y"):
            return checked_date(int(groups["y"]), month, _day(groups["d"]))
        return checked_date(month_year, month, _day(groups["d"])) if month_year else None
    if name == "part-of-month" and month:
        return checked_date(month_year, month) if month_year else None
    if reference is None:
        return None
    if name == COUNTED_DAYS[0]:
        return counted_day(match, reference)
    if name == "day-of-relative-month":
        year, month_ = shift_month(reference.year, reference.month, _step(rel))
        return checked_date(year, month_, _day(groups["d"]))
    if name == "weekday-of-week":
        target = weekday_index(groups["w"])
        if target is None:
            return None
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=_step(rel))
        return PartialDate.from_date(monday + dt.timedelta(days=target))
    return None
