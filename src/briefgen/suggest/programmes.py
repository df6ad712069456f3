"""A day's programme told in the present tense is a plan: "On Friday morning, his programme includes a breakfast".

Previews walk through a visit day by day, and often make the programme itself
the subject: "On Friday morning, his programme includes a breakfast with US
entrepreneurs", "His programme in Switzerland on Monday begins with a meeting
with the President of the Swiss Confederation".  The verb is in the present and
is no plan word ("will", "is to", "is scheduled to"), so the weekday was read as
the one before, as a report's would be.  A programme, an agenda, an itinerary
or a schedule told in the present lies ahead: what has been done is told in the
past ("his programme included a breakfast").  Only these nouns count, so a
present of any other subject ("the deal includes …") still says nothing of the
day.
"""

from __future__ import annotations

import re

#: The nouns of a day's plan.
_PROGRAMME = r"\b(?:programme|program|agenda|itinerary|schedule)\b"
#: What a programme does in the present: it includes, features or lists its acts, it begins, continues or ends.
_PRESENT = r"(?:also\s+)?(?:includes|features|involves|lists|begins|starts|opens|continues|ends|concludes)\b"
#: The programme and its present verb in one clause, with up to four words between ("his visit programme in Rome also includes").
_TOLD = re.compile(rf"{_PROGRAMME}\s+(?:[^\s,;:.]+\s+){{0,4}}?{_PRESENT}", re.IGNORECASE)
_PRESENT_NEXT = re.compile(rf"^\s*(?:morning|afternoon|evening|night)?\s*{_PRESENT}", re.IGNORECASE)
_PROGRAMME_BEFORE = re.compile(rf"{_PROGRAMME}(?:\s+[^\s,;:.]+){{0,4}}?(?:\s+(?:on|for))?\s*$", re.IGNORECASE)


def programme_told(clause: str) -> re.Match[str] | None:
    """The programme's present verb in ``clause`` ("his programme includes"), or None: the clause tells a plan."""
    return _TOLD.search(clause)


def programme_subject(before: str, after: str) -> bool:
    """Whether a day ends a programme's subject before its present verb: "His programme in Switzerland on Monday begins
    with a meeting"; ``before`` is the text up to the day, ``after`` the text from its end."""
    return bool(_PROGRAMME_BEFORE.search(before) and _PRESENT_NEXT.match(after))
