"""Possible conflicts without the pairs of sides a rule drops once the sources' publication dates are known.

The linking child finds the possible conflicts before the sources are read
(:mod:`briefgen.corpus.loader`); some pairs of sides stand or fall only by the
day their reports were written: a plan's count told before the signing
(:mod:`.foretold`), a date told as still to come against an occasion that day
had reached (:mod:`.still_to_come`).  Each such rule names its kind of conflict,
which pairs of sides disagree at all, and which pair it drops; this module
keeps every conflict no dropped pair touches, and of the others what is left:
the sides of the pairs of different sources that disagree and are not dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import replace

from briefgen.corpus.discrepancies import with_sides
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import PossibleConflict

#: Whether a pair of facts, in this order, is one the rule drops (or disagrees, for the other test).
PairTest = Callable[[Fact, Fact], bool]


def without_dropped_pairs(
    found: list[PossibleConflict], facts: Mapping[str, Fact], kind: str, disagree: PairTest, dropped: PairTest
) -> list[PossibleConflict]:
    """``found`` with each conflict of ``kind`` that a ``dropped`` pair touches cut to the pairs left (see above).

    A conflict none of whose pairs is left is gone.  ``dropped`` is asked both ways round.
    """
    kept = []
    for conflict in found:
        discrepancy = conflict.discrepancy
        members = [facts[f] for f in discrepancy.fact_ids if f in facts]
        if discrepancy.kind != kind or not any(dropped(a, b) for a, b in itertools.permutations(members, 2)):
            kept.append(conflict)
            continue
        sides: set[str] = set()
        for a, b in itertools.combinations(members, 2):
            if a.source != b.source and disagree(a, b) and not (dropped(a, b) or dropped(b, a)):
                sides |= {a.id, b.id}
        left = with_sides(discrepancy, sides)
        if left is not None:
            kept.append(replace(conflict, discrepancy=left))
    return kept
