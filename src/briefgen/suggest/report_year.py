"""The year of a day named in quoted words: the report's, when the day falls between the words and the report.

A day with no year is read against the day it was said: said on 29 August,
"on Tuesday, September 2" leans back to the September before.  Yet an
article published on 15 September that quotes a statement about a visit
"started on September 2" reports a day of its own fortnight: the day the
words were taken as said may be only the start of what the article covers
(a departure its lede dates), and a day after it and on or before the
publication is in the publication's year.  Only a date with its day moves;
a month or a weekday alone says too little to be moved a year.
"""

from __future__ import annotations

import datetime as dt

from briefgen.text.dates import PartialDate


def in_report_year(date: PartialDate, spoken: dt.date, published: dt.date) -> PartialDate:
    """``date`` (read against ``spoken``) in ``published``'s year, if it then falls after ``spoken`` and by ``published``."""
    if date.month is None or date.day is None or date.year == published.year:
        return date
    try:
        moved = PartialDate.parse(f"{published.year:04d}-{date.month:02d}-{date.day:02d}")
    except ValueError:  # the 29th of February of a year without one
        return date
    return moved if spoken < moved.first_day and moved.last_day <= published else date
