"""Reported after the occasion: a word or act of a visit dated by the page that tells it, days later.

:func:`briefgen.corpus.spoken.spoken_at` and
:func:`briefgen.corpus.readouts.told_of_talks` ask a statement or an event of
an article about an occasion to fall on the occasion's days before it joins
it.  Outlets write a visit up a day or a few after it happened, and what they
quote of it carries no day of its own ("Xi told Biden that the negative views
of the Communist Party in the United States were unfair", in a page of Friday
on the talks of Wednesday; "Vucic said the purchase doesn't mean that Serbia
will change its stance on sanctions", three days after Macron's visit): such a
line is dated by its page, and its page's day falls after the occasion's.
Counted on half A (round 51), statements with a verb of saying, a side named
and no background, left out of their article's occasion only for their date,
were the largest cause of the missed pairs of record among claims left out
of an occasion their article was joined to (1,569 pairs); most were dated two
to seven days after the occasion's day.

A line dated up to :data:`REPORT_DAYS` after the occasion's day is read as
reported after it; the caller asks the rest as before (the verb or the two
sides, no background, an article largely about the occasion), and every
part is still read later for another meeting and for what is dated
elsewhere.  Only after: a page before the visit quotes what was said on its
eve, and a line dated to its month only beside an occasion dated to its day
stays out (measured, it brought another meeting "this week" in as often).
(Measured, round 51, links of record with unjudged pairs counted wrong: half A
recall 73.67% to 75.54% (37,292 to 38,237 pairs of 50,619), precision 93.65%
to 93.70%; 44 new pairs not of record, 31 of them unjudged, most of them one
minister's general remark on television the evening after a meeting.)
"""

from __future__ import annotations

from briefgen.text.dates import PartialDate

#: Most days after the occasion's day that a page telling it is read to date its lines by: a week.
REPORT_DAYS = 7


def reported_after(fact_date: PartialDate, occasion_date: PartialDate) -> bool:
    """Whether a fact's date, given to the day, falls one to :data:`REPORT_DAYS` days after its occasion's day."""
    if fact_date.day is None or occasion_date.day is None:
        return False
    return 0 < (fact_date.first_day - occasion_date.first_day).days <= REPORT_DAYS
