"""A month set in capitals is a month: "THURSDAY JULY 12" heads a day of a programme.

Month names are matched case-sensitively, so that "may revive" or "march on"
is never read as a month.  Itineraries and fact boxes set each day's heading
in capitals ("THURSDAY JULY 12", "FRIDAY, JULY 13") and tell the day under it
("Prime Minister Theresa May will then host Trump … in the evening").  Read
without its month, the heading was a bare "THURSDAY", the Thursday before
the day of writing, and every part of the day below it took that wrong day.
A full month name in capitals is as plain a month as the capitalised one;
"MAY" is left out, for it is as often the verb of a headline set in capitals.
"""

from __future__ import annotations

from briefgen.text.english import MONTH_NAMES

#: "JANUARY|FEBRUARY|…" without "MAY", for the month patterns' case-sensitive alternation.
CAPITAL_MONTHS = "|".join(name.upper() for name in MONTH_NAMES if name != "May")
