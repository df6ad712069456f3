"""A day counted from the day of writing: "will arrive in two days", "the visit is three days away".

A preview counts down to its occasion as often as it names the day: "Trump
will be in Ahmedabad in two days", "In three days' time, the leaders meet".
No pattern read the count, so the plan fell back to the month of writing, and
a statement to the day of writing itself.  The count is the day: the day of
writing and so many days.  "In two days" is a time ahead only in a clause that
looks ahead (a future verb, a plan told in the present, or a count put before a
future main clause); in a past sentence it is how long something took ("the
talks ended in two days"), and dates nothing.  "Two days away" is a countdown
whatever the verb.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.date_words import count_of
from briefgen.suggest.tense import fronted_future, in_future_clause, scheduled_clause
from briefgen.text.dates import PartialDate
from briefgen.text.english import NUMBER_WORDS, words_pattern

_COUNT = rf"a\s+couple\s+of|{words_pattern(NUMBER_WORDS)}|\d{{1,2}}"

#: "in two days", "in three days' time", "two days away"; not "in two days of talks" (a duration) nor "in the next two days".
COUNTED_DAYS = (
    "counted-days",
    rf"\b(?:in\s+(?P<n>{_COUNT})\s+days(?:['’]s?)?(?:\s+time)?(?!\s+of\b)|(?P<away>{_COUNT})\s+days\s+away)\b",
)


def counted_day(match: re.Match[str], reference: dt.date | None) -> PartialDate | None:
    """The day a count of days names, counted from ``reference``; None in a clause that does not look ahead."""
    if reference is None:
        return None
    text, start, end = match.string, match.start(), match.end()
    if match.group("away") is not None:
        return PartialDate.from_date(reference + dt.timedelta(days=count_of(match.group("away"))))
    if not (in_future_clause(text, start) or scheduled_clause(text, start) or fronted_future(text, start, end)):
        return None
    return PartialDate.from_date(reference + dt.timedelta(days=count_of(match.group("n"))))
