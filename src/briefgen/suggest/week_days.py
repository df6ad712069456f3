"""A week named first and a day inside that week named after it: the sentence is dated by the day.

"Muizzu embarked this week on his first state visit to China -- the Maldives' largest external creditor -- and on
Thursday, the two sides issued a joint communique" (a Thursday page) and "This week I visited Portugal – spending
Monday and Tuesday in Lisbon" (a Thursday page of 2013) were dated by their first phrase, "this week": a month at best
(:func:`briefgen.suggest.date_words.week_date`), though the sentence goes on to say the day.  A day that falls inside
the very week the words name contradicts nothing and says more, as "last year ... in July" gives July
(:mod:`briefgen.suggest.finer_dates`).

Only a day read inside that week counts: "will visit Vietnam, Malaysia and Cambodia next week, Beijing's foreign
ministry said Friday" gives the day of the saying, before the week, and the plan keeps its week.  Nor does a day told
in a relative clause after the week: "arrived in the U.S. this week on a four-day state visit that includes talks with
Biden on Thursday" dates the talks, another act than the arrival the sentence reports.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from briefgen.text.dates import PartialDate

_Found = TypeVar("_Found", bound=tuple[int, PartialDate, str])

#: A week counted from the day of writing, as :mod:`briefgen.suggest.dates` reads it ("this week", "last week").
_WEEK = re.compile(r"(?P<rel>this|last|next|coming) week", re.IGNORECASE)
_WEEKS_AWAY = {"this": 0, "last": -1, "next": 1, "coming": 1}
#: A relative word between the week and the day: the day belongs to the clause it opens.
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.IGNORECASE)


def _week(phrase: str, reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """The Monday and the Sunday of the week ``phrase`` names, counted from the reference's own week; None for no week."""
    match = _WEEK.fullmatch(phrase.strip())
    if match is None:
        return None
    monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=_WEEKS_AWAY[match["rel"].casefold()])
    return monday, monday + dt.timedelta(days=6)


def day_within_week(text: str, found: list[_Found], reference: dt.date | None) -> list[_Found]:
    """``found`` (start, date, phrase, in order) with a later day inside the week of its first item put first."""
    week = _week(found[0][2], reference) if found and reference is not None else None
    if week is None:
        return found
    end = found[0][0] + len(found[0][2])
    for item in found[1:]:
        day = item[1]
        if day.day is None or _RELATIVE.search(text, end, item[0]):
            continue
        if week[0] <= dt.date(day.year, day.month or 1, day.day) <= week[1]:
            return [item, *(other for other in found if other is not item)]
    return found
