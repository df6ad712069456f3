"""A line dated to its year by its own "this year" was said on the day it was reported.

"Lula noted that this year marks the 130th anniversary of the establishment of
diplomatic relations", "This year, we are celebrating the 75th anniversary of
our diplomatic relations": the year such a line is dated to is the year its
speaker was speaking in, read from "this year", not the time of what it tells.
A line dated to a year alone falls on no occasion's days (see
:func:`briefgen.corpus.spoken.falls_on_occasion`), so what a leader said at a
visit in those words was left out of it, though the labels hold it a part of it.
A fact dated to the occasion's year and no month, whose words say "this year",
is read as falling on the occasion; every other test of a part (a side named,
a verb of saying, no background) is still asked by the caller.

Measured on half A (round 64, links of record, after :mod:`briefgen.corpus.ranked`): 147 right
pairs on five sets, none lost, 5 unjudged (the new line beside a leg to another country and a
standing figure of the diaspora its occasion held); recall 83.49% to 83.71%, precision 94.04%
to 94.04%; intake unchanged.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.text.dates import PartialDate

#: The year of the speaker: "this year", "This year's".
_THIS_YEAR = re.compile(r"\bthis year\b", re.IGNORECASE)


def dated_this_year(item: Prepared, date: PartialDate) -> bool:
    """Whether a fact is dated to the year of an occasion dated ``date`` only by its own "this year"."""
    own = item.fact.date
    return own.month is None and own.year == date.year and _THIS_YEAR.search(item.fact.quote) is not None
