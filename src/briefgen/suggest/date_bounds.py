"""Dates that bound a span or name a deadline: not the day anything happened.

"Since August 2015" opens a span, "until Friday, December 9" ends one, and
"$100 billion by 2030" names a target's horizon.  A sentence holding such a
date still reports its own event on another day (or on none), so the date
must neither date the draft nor count as a second event in it; and a day that
ends a span still running ("is in Riyadh until Saturday") lies ahead of the
publication date even in a sentence told in the present.  These tests live
apart from :mod:`briefgen.suggest.dates` because clause splitting and story
dating ask them too.
"""

from __future__ import annotations

import re

from briefgen.suggest.tense import CLAUSE_BREAK
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_WORDS_PATTERN

_M = rf"(?-i:{MONTH_PATTERN})"  # "may revive" is not a month

# The end of a span: "is in Riyadh until Saturday", "a three-day visit until Friday, December 9".
_UNTIL_BEFORE = re.compile(rf"\b(?:until|till|through)\s+(?:(?:{WEEKDAY_WORDS_PATTERN}),?\s+)?(?:the\s+)?$", re.IGNORECASE)
# A span told as over: "stayed until Friday", "the talks had lasted till Sunday".
_PAST_SPAN_VERB = re.compile(r"\b(?:was|were|had|did|stayed|remained|lasted|continued|ran|ended|went on|kept)\b", re.IGNORECASE)


def ends_a_span(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` ends a span ("until Friday, December 9"): the end of a stay, not an event."""
    return bool(_UNTIL_BEFORE.search(text[max(0, start - 30) : start]))


def bounds_a_span(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` opens ("since August 2015") or ends ("until Friday") a span: no event's day."""
    since = bool(_SINCE_BEFORE.search(text[max(0, start - 8) : start]) or _SINCE_RECALLED.search(text[max(0, start - 70) : start]))
    return since or ends_a_span(text, start)


def span_end_ahead(text: str, start: int) -> bool | None:
    """For a day that ends a span ("until Saturday"): ahead unless the clause tells the span as over; None if no span."""
    before = text[max(0, start - 80) : start]
    if not _UNTIL_BEFORE.search(before):
        return None
    return not _PAST_SPAN_VERB.search(CLAUSE_BREAK.split(before)[-1])


# A year that is a deadline, not the day of an event: "by 2030", "the appointed 2030 deadline", "sooner than 2030".
_HORIZON_BEFORE = re.compile(
    r"\b(?:by|before|until|till|than|up\s?to|ahead of|vision|agenda|horizon of)\s+(?:the\s+)?(?:end of\s+)?(?:year\s+)?"
    rf"(?:{_M}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+|[0-3]?\d(?:st|nd|rd|th)?\s+{_M},?\s+|{_M},?\s+)?$",
    re.IGNORECASE,
)
_HORIZON_AFTER = re.compile(r"^\s*(?:deadline|target|goal|horizon|vision|agenda)\b", re.IGNORECASE)
# "the target year 2030", "the target year of 2030", "the set target of 2030": a year named as the target.
_HORIZON_NAMED = re.compile(r"\b(?:target|deadline|goal)\s+(?:year\s+)?(?:of\s+)?$", re.IGNORECASE)


def is_horizon(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is a target's horizon ("$100 billion by 2030"), which dates no event."""
    before = text[max(0, start - 40) : start]
    return bool(_HORIZON_BEFORE.search(before) or _HORIZON_NAMED.search(before) or _HORIZON_AFTER.match(text[end : end + 12]))


# "since August 2015", "since the signing of the treaty in 1996": the start of a span, not the day of what is reported.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_RECALLED = re.compile(
    r"\bsince\s+(?:the\s+\w+\s+of|(?:he|she|they)\s+(?:became|took|assumed)|becoming|taking|assuming)\s+[^,;.]{0,50}?\bin\s+$",
    re.IGNORECASE,
)
