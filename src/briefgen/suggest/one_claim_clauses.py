"""Clause boundaries that part no two events: where a sentence dating two things still reports one claim.

:mod:`briefgen.suggest.clauses` cuts a sentence whose two clauses date two events, so that each draft carries
one date.  An editor quotes such a sentence whole when its second part tells no act of its own, and a cut there
leaves two halves, each missing what the other holds, the second dated by a phrase that is not the claim's:

- a comma inside the date itself or inside brackets: "signed … on Monday, Sept. 5, 2022, four agreements",
  "reached Suva this morning (August 6, 2024) from Nadi where she landed yesterday";
- a tail that goes on with the head's act: a participle ("left HCM City on Wednesday evening, concluding their
  state visit … on January 23-24") or its purpose ("arrived on Tuesday, Nov. 14, for the meeting … this week");
- a head whose only verb is in its aside ("The visit, which began on Tuesday, followed a trip … in June"): what
  the comma closes is the subject, not a clause.

A tail that tells who reported the head ("…next week, the ministry said on Friday") is still cut: the head is drafted
without it, as before; drafted whole, the day of the saying came into the quote, and ``check`` read it against the
plan's day (a conflict proposed between two reports of one summit, in a set of half A).
"""

from __future__ import annotations

import re

from briefgen.suggest.sentences import states_an_act
from briefgen.text.english import FULL_WEEKDAY_PATTERN, MONTH_PATTERN

# The comma of a date: after a weekday before its day ("Monday, Sept. 5"), after a day before its year ("Sept. 5, 2022").
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{FULL_WEEKDAY_PATTERN})$")
_DAY_AFTER = re.compile(rf"^(?:{MONTH_PATTERN}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN})")
_DAY_BEFORE = re.compile(rf"\b{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?$")
_YEAR_AFTER = re.compile(r"^(?:19|20)\d\d\b")

# A participle going on with the head's act ("concluding", "marking"), not a preposition that ends in "-ing".
_PARTICIPLE = re.compile(r"^(?:thus\s+|thereby\s+)?(?!(?:during|including|according|regarding|concerning|excluding)\b)[a-z]{2,}ing\b")
# The head's purpose: "for the meeting …", "to attend the summit …".
_PURPOSE = re.compile(r"^(?:for|to\s+(?:attend|join|take\s+part\s+in|participate\s+in))\b", re.IGNORECASE)
# The month "May", which the test of a verb would read as the modal: inside a sentence only the month is capitalised.
_MONTH_MAY = re.compile(r"\bMay\b")
# An aside the boundary closes: from ", which" or ", who" to the end of the head.
_CLOSED_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)


def inside_a_date_or_brackets(text: str, start: int, end: int) -> bool:
    """Is the boundary ``text[start:end]`` a comma of a date ("Monday, Sept. 5, 2022") or inside brackets?"""
    before, after = text[:start], text[end:]
    if before.count("(") > before.count(")"):
        return True
    return bool((_WEEKDAY_BEFORE.search(before) and _DAY_AFTER.match(after)) or (_DAY_BEFORE.search(before) and _YEAR_AFTER.match(after)))


def tells_one_claim(head: str, tail: str) -> bool:
    """Do ``head`` and ``tail``, the parts a cut would draft apart, report one act (see the module's list)?"""
    if (_PARTICIPLE.match(tail) or _PURPOSE.match(tail)) and not _acts(tail):
        return True  # "…, anticipating that the hearings will continue tomorrow" states a second act
    aside = _CLOSED_ASIDE.search(head)
    return aside is not None and not _acts(head[: aside.start()])


def _acts(text: str) -> bool:
    """Does the text hold a verb of its own ("concluding their visit on May 28-29" does not: May is the month)?"""
    return states_an_act(_MONTH_MAY.sub("", text))
