"""A day of the month told without its month: "on the 22nd", "on the morning of the 23rd".

Copy written close to the events (and much translated wire copy) names the
day by its number alone: the month is the one the reader is living in, the
month of publication.  Read as no date at all, the statement fell back to the
month of publication and the editor lost the day the words give.  The day is
placed in the month that brings it nearest to the day of writing: "on the
23rd" in a paper of the 22nd is tomorrow's 23rd (a time zone ahead, or a plan),
"on the 28th" in a paper of the 2nd is last month's, "on the 3rd" in a paper
of the 29th next month's.

Only "on the Nth" counts, and only when no noun follows the ordinal: "on the
10th anniversary", "on the 23rd India-Russia Summit" and "on the 4th of
September" are not days of this month.
"""

from __future__ import annotations

import datetime as dt

from briefgen.text.dates import PartialDate, shift_month

# Words that may follow the day and show it is a date, not the ordinal of a noun: punctuation, the end, or a
# preposition or conjunction ("returned on the morning of the 23rd after completing a series of schedules").
_AFTER = r"(?=\s*(?:[,.;:)]|$)|\s+(?:after|before|at|in|and|when|while|to|with|as|for|from|during|until|by|he|she|they|it)\b)"

#: "on the 22nd", "on the morning of the 23rd", "on the night of the 3rd": the day, and only the day, in ``d``.
MONTH_DAY = (
    r"\bon\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
    r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)" + _AFTER
)


def _day_in(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "the 31st" in a month of thirty days
        return None


def month_day_date(day: int, reference: dt.date) -> PartialDate | None:
    """The ``day`` of the month before, of or after the reference's month nearest to the reference; earlier on a tie."""
    candidates = []
    for delta in (-1, 0, 1):
        found = _day_in(*shift_month(reference.year, reference.month, delta), day)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    return PartialDate.from_date(min(candidates, key=lambda when: (abs((when - reference).days), when)))
