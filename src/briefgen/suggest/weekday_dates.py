"""A weekday written with its date names one day: "on Tuesday, September 2" is the 2nd, whatever the weekday says.

Read alone, "on Tuesday" is the Tuesday nearest the day of writing; beside
it, "September 2" names the day outright.  The two are one phrase, so the
date is read once, from the day of the month: a writer who gives the wrong
weekday ("Tuesday, September 2" in a year when the 2nd was a Monday) still
means the 2nd, and a sentence is not cut in two at the comma between them,
as if it dated two events.
"""

from __future__ import annotations

import re

from briefgen.suggest.date_words import WEEKDAY_WORD
from briefgen.text.dates import PartialDate

_WEEKDAY = re.compile(rf"(?:(?:on|last|next|this|coming)\s+)?(?:{WEEKDAY_WORD})", re.IGNORECASE)
#: What may stand between a weekday and its date: a comma, spaces, "the" ("Tuesday the 2nd of September").
_BETWEEN = re.compile(r",?\s*(?:the\s+)?", re.IGNORECASE)

Found = tuple[int, int, PartialDate, str]


def weekdays_with_their_dates(text: str, found: list[Found]) -> list[Found]:
    """``found`` (dates in text order) less each weekday written right before a date with its day."""
    kept = []
    for n, item in enumerate(found):
        after = found[n + 1] if n + 1 < len(found) else None
        if (
            after is not None
            and after[2].day is not None
            and _WEEKDAY.fullmatch(item[3])
            and _BETWEEN.fullmatch(text, item[1], after[0]) is not None
        ):
            continue
        kept.append(item)
    return kept
