"""The year of a month's day without its year, when the weekday it is written with, or a day just gone, settles it.

A month's day without its year ("Jan. 31", "16 September") is placed before or after the day of writing by its
clause: a plan's day is the coming one, a report's the last (:func:`briefgen.suggest.month_tense.day_ahead`).  Two
shapes had that reading a year out (round 110's date sample, a page of 1 February 2017 announcing that "On Tuesday,
Jan. 31, the prime ministers … will also meet with … Donald Tusk" and "are expected to sign the Rail Baltic agreement
on Jan. 31": both read as 2018-01-31):

* A day written with its weekday ("Tuesday, Jan. 31", "on Monday, 16 September") names its year as well: of the last
  such day on or before the day of writing and the coming one after it, only one in most pairs falls on that weekday,
  and that is the year the writer means.  A weekday that fits both or neither leaves the reading as it was.
* A plan's day a few days before the day of writing is this year's day: the page was printed, or archived, after the
  story that announced it, not eleven months and more before the plan.  A writer announcing a plan a year ahead gives
  its year.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.text.english import FULL_WEEKDAY_PATTERN, weekday_number

#: How many days before the day of writing a plan's day is still this year's, not next year's.
JUST_GONE = 3
# A weekday written right before the day: "Tuesday, Jan. 31", "on Monday, 16 September", "Tuesday the 31st of January".
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{FULL_WEEKDAY_PATTERN}),?\s*(?:the\s+)?$", re.IGNORECASE)


def _either_side(reference: dt.date, month: int, day: int) -> tuple[dt.date, dt.date] | None:
    """The last such day on or before ``reference`` and the coming one after it; None when the day is in no year near."""
    try:
        this_year = dt.date(reference.year, month, day)
        if this_year <= reference:
            return this_year, this_year.replace(year=reference.year + 1)
        return this_year.replace(year=reference.year - 1), this_year
    except ValueError:  # 29 February: leave it to the plain reading
        return None


def _weekday_year(text: str, start: int, sides: tuple[dt.date, dt.date]) -> int | None:
    """The year the weekday written before the day at ``text[start]`` settles, if only one of the two near days fits it."""
    written = _WEEKDAY_BEFORE.search(text[max(0, start - 20) : start])
    if written is None:
        return None
    fits = [side for side in sides if side.weekday() == weekday_number(written["w"])]
    return fits[0].year if len(fits) == 1 else None


def year_of_the_day(match: re.Match[str], reference: dt.date, month: int, day: int, year: int) -> int:
    """The year of the month's day ``match`` found: ``year`` as its clause reads it, unless its weekday or nearness settles it.

    A day read as the coming one that last fell at most :data:`JUST_GONE` days before ``reference`` is that last one:
    the page came out a day or two after the story it carries.
    """
    sides = _either_side(reference, month, day)
    if sides is None:
        return year
    settled = _weekday_year(match.string, match.start(), sides)
    if settled is not None:
        return settled
    if year == sides[1].year and 0 < (reference - sides[0]).days <= JUST_GONE:
        return sides[0].year  # "on Jan. 31" in a plan on a page of 1 February; "Dec. 30" on one of 2 January
    return year
