"""A month's day a few weeks after the day of writing is the coming one, unless its clause tells a past act.

A month's day without its year ("August 28", "on Feb. 11") was read, in a
report, as the last such day on or before the day of writing, unless its own
clause looked ahead (:func:`briefgen.suggest.month_tense.day_ahead`).  A page
of 2003-07-30 that tells of "the two day visit (August 28 and 29)" had its
visit a year back, 2002-08-28: the bracket held no verb to look ahead with.
A writer who means a day eleven months gone gives its year; one who means a
day four weeks ahead does not need to.  So a day that falls within
:data:`SOON` days after the day of writing is the coming one, unless the clause
it ends tells a finished act with no word of the future
(:func:`briefgen.suggest.month_tense.told_as_past`: "signed the accord on August 28").
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.month_tense import told_as_past

#: How many days after the day of writing a month's day without its year is still read as the coming one.
SOON = 60


def coming_day(text: str, start: int, reference: dt.date, month: int, day: int) -> bool:
    """Whether the month's day at ``text[start]`` is the coming one: soon after ``reference`` and told as no past act."""
    try:
        ahead = dt.date(reference.year, month, day)
    except ValueError:
        return False
    if ahead <= reference:
        return False
    return (ahead - reference).days <= SOON and not told_as_past(text, start)
