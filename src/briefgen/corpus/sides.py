"""Which facts of a proposal's conflict are its sides: those that state the same part of the occasion.

A proposal (:mod:`briefgen.corpus.proposals`) says that facts are of one
occasion, or one measure; applied alone, it makes every pair of them that
differs a conflict.  Yet one occasion holds many figures and many days: the
deals signed and the sum a fund "prepares to invest", the visit planned for
April and the review meeting held after another visit, the trade of a
quarter and an investment announced last month.  Two facts are set
against each other only when both speak of the same thing:

* **dates** — both date the event (:func:`dated_sides` is told which facts
  do not), and both are plans or neither is: a plan that slipped is not an
  outlet's mistake about the day it happened;
* **figures** — the figures are near enough to be one figure reported
  twice (:data:`NEAR_PROPOSED`), and, for money or shares, their words do
  not speak of different measures (trade against investment,
  :func:`measures`); a count of things is named by its unit, and "771
  Turkish companies" in a sentence on an investment fund counts the same
  companies as "over 1,000" in one on trade; two figures each written
  before a name, the names sharing no word, are of two things ("480 MW
  Phukot Karnali", "490 MW Arun-4").

A conflict keeps as its sides the facts of the pairs that stand (for dates,
every fact that dates the event at the same stage, plan or done); with none
left, it is no conflict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterable

from briefgen.corpus.clash import RANGE_SHARE, gap_share, generic_unit
from briefgen.corpus.discrepancies import Discrepancy, with_sides
from briefgen.corpus.figure_names import named_apart
from briefgen.corpus.measure_units import in_one_unit
from briefgen.corpus.measured_from import measured_from_two_places
from briefgen.corpus.models import Fact
from briefgen.corpus.scales import on_two_scales
from briefgen.corpus.spans import over_other_spans
from briefgen.corpus.tours import named_tour_and_visit, tour_and_visit

#: Largest gap between two figures, as a share of the larger, that a proposal alone makes one figure stated
#: differently: the share within which two ranges, or two counts, are still read as one
#: (:data:`~briefgen.corpus.clash.RANGE_SHARE`).  "$15 billion of deals" against "prepares to invest
#: $5 billion" at one meeting are two figures of one occasion, not one figure reported twice.
NEAR_PROPOSED = RANGE_SHARE

#: Words of a measure, by the measure they name: a figure of trade is not a figure of investment.
_MEASURES = (
    ("trade", re.compile(r"\b(?:trade|traded|trading|turnover|exports?|imports?)\b", re.IGNORECASE)),
    ("investment", re.compile(r"\b(?:invest|invests|invested|investing|investments?|investors?)\b", re.IGNORECASE)),
)


def measures(text: str) -> frozenset[str]:
    """The measures a quote's words name ("trading worth $5.209bn": trade; "pump $5 billion in investments": investment)."""
    return frozenset(name for name, words in _MEASURES if words.search(text))


def _different_measures(a: Fact, b: Fact) -> bool:
    """Whether each quote names one measure, and not the same one."""
    said_a = measures(a.quote)
    if len(said_a) != 1:  # the other quote is not read
        return False
    said_b = measures(b.quote)
    return len(said_b) == 1 and said_a != said_b


def _standing(members: Iterable[Fact], stands: Callable[[Fact, Fact], bool]) -> set[str]:
    """The facts of every pair from different sources that ``stands``."""
    found: set[str] = set()
    for a, b in itertools.combinations(members, 2):
        if a.source != b.source and stands(a, b):
            found |= {a.id, b.id}
    return found


def dated_sides(discrepancy: Discrepancy, facts: dict[str, Fact], left_out: Container[str]) -> Discrepancy | None:
    """A date conflict with only the facts that date the event as its sides; None when it does not stand without the others.

    ``suggest`` dates a fact of an undated source by the first year its
    article mentions (a guess the editor has to check), a statement by the
    day it was made ("Aliyev on Monday expressed his willingness to
    visit"), not the day of what it speaks of, and a sentence with no date
    words by its publication date: none is a dating of the event to set
    against another outlet's (``left_out``).  Nor is such a fact a side of
    the conflict that stands: "the MoUs were signed during the two-day state
    visit", dated by its page, does not say the caption's year was wrong.
    A plan and what was done are set apart too: "willing to visit this April"
    against a meeting held in March is a plan that was not kept, or another
    visit, not two datings of one.
    """
    members = [facts[f] for f in discrepancy.fact_ids if f in facts and f not in left_out]

    def stands(a: Fact, b: Fact) -> bool:
        return (a.kind == "plan") == (b.kind == "plan") and (a.date.year, a.date.month) != (b.date.year, b.date.month)

    standing = _standing(members, stands)
    if not standing:
        return None
    stages = {facts[f].kind == "plan" for f in standing}
    return with_sides(discrepancy, {m.id for m in members if (m.kind == "plan") in stages})


def near_sides(discrepancy: Discrepancy, facts: dict[str, Fact]) -> Discrepancy | None:
    """A figure conflict of a proposal with only the figures near another outlet's as its sides; None if none is.

    The proposal says the facts are of one occasion or one measure, not
    that each figure of it is the same figure: a figure far from every
    other outlet's (:data:`NEAR_PROPOSED`), or of another measure
    (:func:`measures`), is something else.
    """

    def near(a: Fact, b: Fact) -> bool:
        if a.value is None or b.value is None or (generic_unit(a.value.unit) and _different_measures(a, b)):
            return False
        if tour_and_visit(a, b) or named_tour_and_visit(a, b):  # the days of a tour and of one visit on it (:mod:`.tours`)
            return False
        if named_apart(a, b):  # "480 MW Phukot Karnali", "490 MW Arun-4": two plants (:mod:`.figure_names`)
            return False
        if measured_from_two_places(a, b):  # distances from two places (:mod:`.measured_from`)
            return False
        if over_other_spans(a, b):  # "the 30-year total", "over the last 16 years": two periods (:mod:`.spans`)
            return False
        share = gap_share(*in_one_unit(a.value, b.value))
        return share is None or share <= NEAR_PROPOSED or on_two_scales(a.value, b.value)  # "$450 billion", "$450 million"

    members = [facts[f] for f in discrepancy.fact_ids if f in facts]
    kept = _standing(members, near)
    if len({facts[f].source for f in kept}) < 2:
        return None
    return with_sides(discrepancy, kept)
