"""A month's day some occasion is fixed for is the nearer of the coming and the last such day, whatever the verb.

"The summit set for June 12", "the meeting, slated for June 12, was confirmed by Pompeo", "the talks had been
scheduled for 15-16 March": the words name the day an occasion is due, and the verb of the sentence tells the
fixing, a report of it or a change to it, not the occasion.  Yet "slated", "scheduled" and "planned" read as
past verbs, and a report ("Pompeo confirmed", "called off") as a past act, so a day a month ahead was read as the
last one, a year back (round 106's date sample: a plan "set for June 12" on a page of May read as the June before).
A writer leaves out the year of a day fixed for something only when the day is near, so the day is the nearer of
the two: "set for June 12" on a page of 10 May is five weeks ahead, "slated for March 15-16" on a page of 20 March
five days back.

A weekday fixed for an occasion is the coming one: "the G7 Summit in Canada slated for Tuesday", "Officials said the
talks, slated for Sunday, would cover trade".  Without "is" before it the participle only names the occasion's day,
and the clause had no verb to look ahead with, so the day was read a week back, as the day of a report.  A writer
names a weekday already gone with a past verb of its own ("the talks were scheduled for Sunday"), or a plan since
changed ("once slated for Monday"), and that reading stays.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.fixed_months import FIXED_FOR

# "set for June 12", "initially slated for 15-16 March", "scheduled for on June 12", "planned for the 10 January".
_FIXED_BEFORE = re.compile(rf"\b{FIXED_FOR}\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# The participle told in the past, or of a plan since changed: "was slated for", "had been scheduled for", "were initially
# set for", "The vote, once slated for Monday, was held on Thursday".
_FIXED_IN_THE_PAST = re.compile(
    rf"\b(?:was|were|been|once|originally|initially|previously)\s+(?:\w+ly\s+)?{FIXED_FOR}\s+(?:on\s+)?$", re.IGNORECASE
)


def fixed_day_ahead(text: str, start: int, reference: dt.date, month: int, day: int) -> bool | None:
    """Whether the day at ``text[start]``, fixed for an occasion, is the coming one; None when no words fix it."""
    if _FIXED_BEFORE.search(text[max(0, start - 30) : start]) is None:
        return None
    try:
        this_year = dt.date(reference.year, month, day)
        coming = this_year if this_year > reference else this_year.replace(year=reference.year + 1)
        last = this_year if this_year <= reference else this_year.replace(year=reference.year - 1)
    except ValueError:  # 29 February in a year without it: no reading to prefer
        return None
    return (coming - reference) < (reference - last)


def fixed_weekday_ahead(text: str, start: int) -> bool:
    """Whether the weekday at ``text[start]`` is the day an occasion is fixed for ("talks slated for Sunday"): the coming one."""
    before = text[max(0, start - 40) : start]
    return _FIXED_BEFORE.search(before) is not None and _FIXED_IN_THE_PAST.search(before) is None
