"""A plan dated by a year that names its event, or a past dated by a year in words, when a later phrase gives the day.

"will be in China for the Forum's 2024 Summit, which will take place between
Wednesday and Friday": the year is part of the event's name and only says
which summit; the weekday dates it.  A plan takes the first date ahead of the
day of writing, so without this the draft would carry the bare year when the
sentence says the day.  Only a finer date that falls inside the coarse one
replaces it: "hosts the G20 next year ... on Monday" names two different
times, and the first still wins.

A past act is dated the same way when its first date is a year told in
words ("last year", "a year ago", "earlier this year"): "Trump visited France
last year to celebrate Bastille Day in July" is July of last year, and "first
discussed reestablishing ties a year ago when a Saudi delegation traveled to
Baghdad in January 2015" is January 2015.  The words only count back from the
day of writing; the month beside them, when it falls in that year, says when.
A year in figures ("in 2015 ... in March") names its own time and keeps it.
"""

from __future__ import annotations

from typing import TypeVar

from briefgen.text.dates import PartialDate

_Found = TypeVar("_Found", bound=tuple[int, PartialDate, str])


def _inside(finer: PartialDate, coarse: PartialDate) -> bool:
    """Whether ``finer`` states more than ``coarse`` and falls within it (a day of that month, a month of that year)."""
    if finer.year != coarse.year:
        return False
    if coarse.month is None:
        return finer.month is not None
    return coarse.day is None and finer.month == coarse.month and finer.day is not None


def finest_within(found: list[_Found]) -> _Found:
    """The first of the dates found (start, date, phrase), or a later one that says more within the same time."""
    first = found[0]
    return next((item for item in found[1:] if _inside(item[1], first[1])), first)
