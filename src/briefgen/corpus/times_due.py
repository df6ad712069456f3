"""Times due: when a plan agreed at an occasion is to take effect dates its effect, not another occasion.

:func:`briefgen.corpus.elsewhen.elsewhen` reads a month or a year away from the
occasion's, and "next year", as the date of another happening.  In a plan they are
when the plan falls due: "The agreement is expected to be operational by the first
quarter (April-June) of 2026-27" (intake_final46), "ADQ said work to build the 'next
generation city' ... would begin in early 2025" (intake_final90), "The free trade deal
that should become operational in July will guarantee tariff-free exports"
(intake_final20), "Putin also invited Lam to participate in commemorations in Moscow
next year" (intake_final40): each was agreed or announced at the visit, and the labels
hold it a part of it.  So in a plan the times ahead of the occasion are read out before
that test: "next year" or "next month", a year after the occasion's, and a month named
without a year (a plan looks ahead, so its bare month is one to come).  A year up to
the occasion's still dates a plan away ("follows Kim Jong Un's visit to Russia in
September 2023"), as do counts of visits and "annually", which the test reads as
before.  Only plans: a statement or an event that names a later month tells of
another happening as often as of this one.
"""

from __future__ import annotations

import re

from briefgen.corpus.looked_ahead import without_dates_looked_ahead
from briefgen.corpus.models import Fact
from briefgen.corpus.own_words import dated_words
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN

#: A time ahead said as such: "next year", "next month".
_NEXT = re.compile(r"\bnext (?:year|month)\b", re.IGNORECASE)
#: A year, with the month and day that may come before it ("in early 2025", "by the first quarter of 2026-27",
#: "in April 2026"); whether it is ahead is read against the occasion's year.
_YEAR = re.compile(rf"\b(?:(?:{FULL_MONTH_PATTERN})(?: [0-9]{{1,2}})?,? )?((?:19|20)[0-9]{{2}})\b")
#: A month named without a year ("operational in July", "in April this year"), its cut forms as agencies print them.
_BARE_MONTH = re.compile(
    rf"\b(?:{FULL_MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?: [0-9]{{1,2}}\b)?(?!,? (?:19|20)[0-9]{{2}}\b)"
)


def when_due_dropped(fact: Fact, date: PartialDate) -> str:
    """The words that date ``fact`` against an occasion dated ``date`` (see :func:`dated_words`), without the times
    a plan falls due on after the occasion."""
    words = dated_words(fact)
    if fact.kind != "plan":
        return without_dates_looked_ahead(words, date)
    ahead = _YEAR.sub(lambda m: " " if int(m[1]) > date.year else m[0], _NEXT.sub(" ", words))
    return _BARE_MONTH.sub(" ", ahead)
