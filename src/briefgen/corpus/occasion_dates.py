"""The dates of an article's occasion: when most of its facts fall, and which dates are near it.

An occasion is dated by the date most of its facts give, and two dates are
near when they fall within a window of each other in one month (a date known
to the month only meets any day of it).  :mod:`briefgen.corpus.occasions` and
the readings beside it (an announced visit, a later act at home) share these
rules, so one article's occasion and another's are compared the same way.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.elsewhen import WINDOW_DAYS
from briefgen.corpus.evidence import Prepared, visit_dates
from briefgen.text.dates import PartialDate


def dates_near(a: PartialDate, b: PartialDate, days: int) -> bool:
    """Two dates of one month within ``days`` of each other; a date known to the month only meets any day of it.

    One month, because ``check`` dates an event by its month: parts of one
    event in two months would read as a date conflict ("2023-01" against
    "26 December 2022"), and a plan due next month is not a part of today's visit.
    Two dates each given to the day are the exception (a visit over the turn of a
    month: "arrived on 30 March", "the final day, 1 April"), as ``check`` reads them.
    """
    if a.day is not None and b.day is not None:
        return abs((a.first_day - b.first_day).days) <= days
    if a.month is None or b.month is None or (a.year, a.month) != (b.year, b.month):
        return False
    return max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days, 0) <= days


def article_date(items: list[Prepared]) -> PartialDate | None:
    """The date most of an article's occasion facts fall near: a day if one is, the earliest of equals.

    A date known to the month only is near every day of it, so an undated
    page's facts (dated to its month) and a dated page's agree; one fact of
    a past meeting dated to its day does not outweigh the rest.
    """
    dates = {d for item in items for d in visit_dates(item) if d.month is not None}
    if not dates:
        return None

    def weight(date: PartialDate) -> tuple[int, int, tuple[int, int, int]]:
        near = sum(any(dates_near(d, date, WINDOW_DAYS) for d in visit_dates(item)) for item in items)
        return (-near, date.day is None, date.sort_key())

    return min(dates, key=weight)


def months_of(date: PartialDate) -> list[tuple[int, int | None]]:
    """The months an article dated ``date`` is compared in: its own, and for a day near the turn of a month the next or last."""
    if date.day is None:
        return [(date.year, date.month)]
    window = dt.timedelta(days=WINDOW_DAYS)
    return sorted({(d.year, d.month) for d in (date.first_day - window, date.first_day, date.first_day + window)})


def dated_near(indexes: list[int], date: PartialDate, days: int, prepared: list[Prepared]) -> list[int]:
    """Those of ``indexes`` whose facts give a date within ``days`` of ``date`` (see :func:`dates_near`)."""
    return [i for i in indexes if any(dates_near(d, date, days) for d in visit_dates(prepared[i]))]
