"""Parts of a week the words place by the day of writing: "earlier this week", "later this week", "this weekend".

"this week" is the working week of the day of writing (:func:`briefgen.suggest.date_words.week_date`),
its month only when Monday and Friday share one.  Words that name a side of the
day of writing narrow it: "earlier this week" holds only the days before, and a
weekend is its two days, dated by the first, the Saturday.
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


#: A weekend the words place by the day of writing: "this weekend", "this past weekend", "over the weekend".
#: "last weekend" and "next weekend" are left to the week they name, whose month a label may give alone.
WEEKEND = r"\b(?:this(?: past)?|the past|over the|at the) weekend\b"


def weekend_date(reference: dt.date, ahead: bool) -> PartialDate:
    """The Saturday of the weekend the words name: the last one on or before the reference, or the coming one for a plan.

    A weekend is two days, and a stay of several days is dated by its first
    (intake_eval's labelling rules): "Lula announced this weekend that he
    clinched a deal" on a page of Monday 31 March 2025 is Saturday the 29th.
    """
    if ahead:
        return PartialDate.from_date(reference + dt.timedelta(days=(5 - reference.weekday()) % 7 if reference.weekday() != 6 else 0))
    return PartialDate.from_date(reference - dt.timedelta(days=(reference.weekday() - 5) % 7))
