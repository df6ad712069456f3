"""Parts of a week the words place by the day of writing: "earlier this week", "later this week".

"this week" is the working week of the day of writing (:func:`briefgen.suggest.date_words.week_date`),
its month only when Monday and Friday share one.  Words that name a side of the
day of writing narrow it: "earlier this week" holds only the days before, "later
this week" the days from it to Friday.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.text.dates import PartialDate

#: "earlier this week", "later this week": the side of the day of writing the days of "this week" lie on.
_WEEK_SIDE = re.compile(r"\b(?P<side>earlier|later)\s+$", re.IGNORECASE)


def week_side(text: str, start: int) -> str | None:
    """ "earlier" or "later" when the words just before "this week" at ``text[start]`` name a side of the day of writing."""
    found = _WEEK_SIDE.search(text[max(0, start - 12) : start])
    return found.group("side").casefold() if found else None


def week_part_date(reference: dt.date, side: str) -> PartialDate:
    """The days of this week before the reference ("earlier") or after it ("later"): their month if they lie in one.

    "He has warned earlier this week" in a Wednesday paper of 30 March 2022
    runs from Monday 28 to Wednesday 30 March: March, though the whole working
    week ends on 1 April and gave only the year.  "later this week" runs from
    the day of writing to Friday.
    """
    monday = reference - dt.timedelta(days=reference.weekday())
    first, last = (monday, reference) if side == "earlier" else (reference, max(reference, monday + dt.timedelta(days=4)))
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(last.year) if first.year == last.year else PartialDate(reference.year)
