"""Foretold: a count of texts to be signed, told in a report dated before the signing, is no side of a conflict.

A curtain-raiser is written from the visit's programme: "The two sides will
sign seven memorandums of understanding" on the eve of a visit at which six
are signed.  Both reports are right about what they could know; setting the
seven against the six tells the editor nothing is wrong.  So a count told as
a plan (:func:`~briefgen.corpus.planned_counts.planned_count`: "will sign",
"to be signed", "expected to ink", "on the agenda") is no side against
another count when its report is dated before the signing.

A plan told on the day itself stays a side: "Today, we will sign four
important agreements" (Xinhua, the day of the signing, against "eight
bilateral agreements were signed", intake_final108), and Montsame's
"Following the talks, 11 agreements ... will be signed" the morning of the
signing (against TASS's "signed 10 agreements", intake_final6) count that
day's programme as it stood, and the labelled sets call both conflicts.

The signing's day is the other side's date, or the plan's own when it is
dated to the day it is due ("will sign seven MoUs on Monday"); a date known
to the month only begins on its first day, so a report of that month is
never read as written before it.  A source's publication date is known only
once the sources are read, after the linking child has found the possible
conflicts: this is asked then, as
:func:`~briefgen.corpus.possible.without_undated` is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.dropped_sides import without_dropped_pairs
from briefgen.corpus.models import Fact
from briefgen.corpus.planned_counts import planned_count
from briefgen.corpus.possible import PossibleConflict


def foretold(plan: Fact, other: Fact, published: Mapping[str, dt.date]) -> bool:
    """Whether ``plan`` counts texts still to be signed, in a report dated before the signing ``other`` counts."""
    written = published.get(plan.source)
    if written is None or plan.value is None or not planned_count(plan, unit_key(plan.value.unit)):
        return False
    return written < max(other.date.first_day, plan.date.first_day)


def _disagree(a: Fact, b: Fact) -> bool:
    return a.value is not None and b.value is not None and not values_agree(a.value, b.value)


def without_foretold(found: list[PossibleConflict], facts: Mapping[str, Fact], published: Mapping[str, dt.date]) -> list[PossibleConflict]:
    """``found`` without the sides that are plans' counts told before the signing (see the module's rules).

    ``published`` gives each dated source's publication date, by id.  A figure
    conflict stands on what is left: two sides of different sources that disagree.
    """
    return without_dropped_pairs(found, facts, "figure", _disagree, lambda a, b: foretold(a, b, published))
