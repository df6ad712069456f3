"""Pages dated to their month: a statement the page dates only by its month, beside an occasion of a day in it.

:func:`briefgen.corpus.spoken.spoken_at` asks a statement to fall on its
occasion's days, and a line dated to its month only beside an occasion dated
to its day stays out: in a page dated to its day, a line dated to the month
only gave its own time ("this week", "in May"), and another meeting came in
with it as often as a part of the visit.  A page that gives no day of its own
is another case: everything it tells without a date of its own is dated by
its month ("Merz emphasized the importance of a close partnership between
Germany and Poland", "Tinubu described the visit as an 'important visit for
Nigeria'", in pages dated 2025-05 and 2024-09 that tell visits of 7 May and
4 September by one line each).  Counted on half A (round 52), such lines
were the largest share of the statements with a verb of saying, a side named
and no background left out of an occasion that their article was joined to
for their date alone (517 of 810 missed pairs of record).

A page is read as dated by its month when most of its facts are dated to a
month only (:data:`MONTH_SHARE`): a page of a day dates most of its lines by
that day.  The caller asks the rest as before (the verb or a side named, no
background, an article largely about the occasion), and every part is still
read later for another meeting and for what is dated elsewhere.

Such a page's month also meets another page's day across the turn of a month
(:func:`meets_across_month`).  Its month is no date the page gives: it is
the month the page was filed under, and a visit of 31 May to 3 June is filed
under June by one editor and under May by another.  Counted on half A (round
56), a visit over the turn of a month (Prachanda in India, 31 May to 3 June
2023) left its undated pages' occasion apart from its dated pages' for their
months alone (about 250 missed pairs of record).
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.evidence import Prepared
from briefgen.text.dates import PartialDate

#: Least share of a page's facts dated to a month only for the page to be read as dated by its month.
MONTH_SHARE = 0.5


def in_page_month(item: Prepared, fact_date: PartialDate, occasion_date: PartialDate) -> bool:
    """Whether a fact dated to a month only, in the month of its occasion's day, is dated so by a page of that month."""
    if fact_date.day is not None or fact_date.month is None or occasion_date.day is None:
        return False
    if (fact_date.year, fact_date.month) != (occasion_date.year, occasion_date.month):
        return False
    return item.article is not None and dated_by_month(item.article.members)


def dated_by_month(page: list[Prepared]) -> bool:
    """Whether most of a page's facts are dated to a month only: a page that gives no day of its own."""
    by_month = sum(item.fact.date.day is None and item.fact.date.month is not None for item in page)
    return by_month >= MONTH_SHARE * len(page) > 0


def meets_across_month(page_month: PartialDate, day: PartialDate, days: int) -> bool:
    """Whether the month of a page dated by its month and another page's day are within ``days`` of each other.

    The caller asks this only of a page read as dated by its month (see :func:`dated_by_month`): a month a
    page states of its own meets only days inside it (:func:`briefgen.corpus.occasion_dates.dates_near`).
    """
    if page_month.day is not None or page_month.month is None or day.day is None:
        return False
    window = dt.timedelta(days=days)
    return page_month.first_day - window <= day.first_day <= page_month.last_day + window
