"""A deal's total and its parts: figures one outlet shows adding up are not one figure stated differently.

A proposal joins the reports of one deal, and a figure conflict sets the
figures of its reports against each other.  Yet a deal has a total and parts:
"ADQ will invest USD 35 billion in Ras El-Hekma" and "In addition to acquiring
the development rights for Ras El-Hekma for USD 24 billion, ADQ will also
convert USD 11 billion of deposits" are one page's figures (intake_final90).
Another outlet's "$24 billion" for the land rights is that part, not a
different total.  A page that states a figure and two others adding up to it
(in one unit, for one period or none) names the two as its parts; a part and
its total are never set against each other, whichever outlets state them.

Only parts that add up count: "29 memoranda of understanding" on a page that
also counts "a protocol along with 28 other MoUs" names one part without a
figure, and another outlet's "28 agreements" for the whole is still a
different count (intake_eval).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal

from briefgen.corpus.conflicts import compared_unit
from briefgen.corpus.discrepancies import Discrepancy, values_agree
from briefgen.corpus.measure_units import in_one_unit
from briefgen.corpus.models import Fact

#: Share of the total by which two parts' sum may miss it and still add up to it (rounded figures).
SUM_SHARE = Decimal("0.01")

#: A figure as a total or part is weighed: its unit as compared, its period, its amount.
Figure = tuple[str, str, Decimal]


def _figure(fact: Fact) -> Figure | None:
    value = fact.value
    if value is None or value.amount is None:
        return None
    return compared_unit(value.unit), value.period or "", value.amount


def parts_and_totals(facts: Iterable[Fact]) -> set[frozenset[Figure]]:
    """Each part with its total, as pairs of figures: of each source's figures, two that add up to a third."""
    by_source: dict[str, set[Figure]] = {}
    for fact in facts:
        if (figure := _figure(fact)) is not None:
            by_source.setdefault(fact.source, set()).add(figure)
    found: set[frozenset[Figure]] = set()
    for figures in by_source.values():
        for total in figures:
            for a, b in itertools.combinations(figures - {total}, 2):
                if a[:2] == b[:2] == total[:2] and abs(a[2] + b[2] - total[2]) <= SUM_SHARE * total[2]:
                    found |= {frozenset((a, total)), frozenset((b, total))}
    return found


def part_and_total(a: Fact, b: Fact, pairs: set[frozenset[Figure]]) -> bool:
    """Whether one fact's figure is a part of the other's, as some page adds it up (see :func:`parts_and_totals`)."""
    figure_a, figure_b = _figure(a), _figure(b)
    return figure_a is not None and figure_b is not None and frozenset((figure_a, figure_b)) in pairs


def apart_sides(discrepancy: Discrepancy, facts: Mapping[str, Fact], pairs: set[frozenset[Figure]]) -> Discrepancy | None:
    """A figure conflict without the sides that are only a part against its total; None when no other pair is left.

    Only sides from different sources whose figures differ are weighed: two sides that agree never made the conflict.
    """
    members = [facts[f] for f in discrepancy.fact_ids if f in facts]
    standing: set[str] = set()
    for a, b in itertools.combinations(members, 2):
        if a.value is None or b.value is None or a.source == b.source or values_agree(*in_one_unit(a.value, b.value)):
            continue
        if not part_and_total(a, b, pairs):
            standing |= {a.id, b.id}
    if not standing:
        return None
    if len(standing) == len(discrepancy.fact_ids):
        return discrepancy
    kept = [(f, said) for f, said in zip(discrepancy.fact_ids, discrepancy.statements, strict=True) if f in standing]
    return replace(discrepancy, fact_ids=tuple(f for f, _ in kept), statements=tuple(said for _, said in kept))
