"""Where sources disagree: different figures for one measure, different dates for one event.

Disagreement is information, not an error: a brief should show it with both
sources cited.  Two kinds are found:

* **figures** — facts with the same ``value.metric`` and ``value.period`` that
  state figures which cannot both be true (two different amounts, or an amount
  outside the other's range; overlapping ranges agree);
* **dates** — facts from different sources marked with the same ``event``
  whose dates fall in different months (``2024-11`` against ``2024-12``;
  ``2024-11`` and ``2024-11-26`` agree, and so do two days of one visit);
* **stays** — facts of one event that end the stay on different days
  ("until Saturday" against "until Friday, December 9"), found by
  :mod:`briefgen.corpus.stays`;
* **days** — facts of one event that give one act (talks held, a meeting,
  a signing, a remark) two different days, found by
  :mod:`briefgen.corpus.act_days`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from briefgen.corpus.models import Fact, Value


@dataclass(frozen=True)
class Discrepancy:
    """A set of facts that state one thing differently."""

    kind: Literal["figure", "date", "not-comparable", "stay", "day"]
    key: str  # metric@period, or the event id
    fact_ids: tuple[str, ...]
    statements: tuple[str, ...]  # what each fact states, in the same order

    def describe(self) -> str:
        pairs = "; ".join(f"'{fid}' says {said}" for fid, said in zip(self.fact_ids, self.statements, strict=True))
        if self.kind == "not-comparable":
            return f"figures for {self.key} are not comparable (one states a period, the other none): {pairs}"
        if self.kind == "stay":
            end = "first day (the arrival)" if self.statements[0].startswith(("arrived", "from")) else "last day"
            return f"sources disagree on the {end} of the stay for event '{self.key}': {pairs}"
        if self.kind == "day":
            return f"sources disagree on the day of one act for event '{self.key}': {pairs}"
        what = f"figures for {self.key}" if self.kind == "figure" else f"dates for event '{self.key}'"
        return f"sources disagree on {what}: {pairs}"

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "key": self.key,
            "facts": list(self.fact_ids),
            "statements": list(self.statements),
            "message": self.describe(),
        }


def with_sides(discrepancy: Discrepancy, kept: set[str]) -> Discrepancy | None:
    """The discrepancy with only the facts ``kept`` as its sides, each with its statement; None when fewer than two are.

    The rules that narrow a conflict to the sides that truly disagree (:mod:`briefgen.corpus.sides`,
    :mod:`briefgen.corpus.foretold`) all end here, so that a narrowed conflict keeps its facts and statements paired.
    """
    if len(kept) < 2:
        return None
    if len(kept) == len(discrepancy.fact_ids):
        return discrepancy
    pairs = [(f, said) for f, said in zip(discrepancy.fact_ids, discrepancy.statements, strict=True) if f in kept]
    return replace(discrepancy, fact_ids=tuple(f for f, _ in pairs), statements=tuple(said for _, said in pairs))


def describe_value(value: Value) -> str:
    """A value as the discrepancy message states it: 64000000000, 64000000000-65000000000, up to …, about …."""
    if value.amount is not None:
        text = f"{value.amount:f}"
    elif value.low is not None and value.high is not None:
        text = f"{value.low:f}-{value.high:f}"
    elif value.high is not None:
        text = f"up to {value.high:f}"
    else:
        text = f"at least {value.low:f}"
    return f"{'about ' if value.approximate else ''}{text} {value.unit}"


#: Largest rounding read into an approximate figure, as a share of it: "about $500 million" holds
#: $461.9 million (a tenth either side), "about 100 agreements" does not hold 140.
ROUNDING_SHARE = Decimal("0.1")


def rounding(amount: Decimal) -> Decimal:
    """How far an approximate figure may be from the figure it rounds: half a unit of its last significant digit.

    "About $500 million" rounds to the hundred million (450-550 million),
    "nearly $64 billion" to the billion; capped at :data:`ROUNDING_SHARE` of
    the figure, so a round number does not hold everything near it.
    """
    if amount == 0:
        return Decimal(0)
    exponent = amount.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return min(Decimal(5) * Decimal(10) ** (exponent - 1), abs(amount) * ROUNDING_SHARE)


def stated_bounds(value: Value) -> tuple[Decimal | None, Decimal | None]:
    """The interval a value states; an approximate one widened by the rounding its digits show."""
    low, high = value.bounds
    if not value.approximate:
        return low, high
    return (None if low is None else low - rounding(low)), (None if high is None else high + rounding(high))


def values_agree(a: Value, b: Value) -> bool:
    """Whether two statements of one measure can both be true.

    Each value is an interval (one figure is a point; "up to" and "more than"
    leave one end open): overlapping ranges agree, a figure inside a range
    agrees, two different single figures do not.  An approximate figure
    ("about", "nearly", "approached the half-billion mark") holds the figures
    it rounds (:func:`rounding`): a careful reader does not call "about $500
    million" and "$461.9 million" a conflict, but does "$500 million" and
    "$461.9 million", stated plainly.
    """
    a_low, a_high = stated_bounds(a)
    b_low, b_high = stated_bounds(b)
    below = a_high is not None and b_low is not None and a_high < b_low
    above = b_high is not None and a_low is not None and b_high < a_low
    return not (below or above)


def _figure_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.value is not None and fact.value.period:
            groups[(fact.value.metric, fact.value.period, fact.value.unit)].append(fact)
    found = []
    # A figure alone under its metric, period and unit disagrees with nothing: such groups (on the 50,000-fact
    # benchmark corpus, 9,768 of 9,775) are left out before the sort, and the others keep their order.  With the
    # same cut in ``conflicts._extra_figure_conflicts``, ``find_conflicts`` there takes 0.067 s of CPU, not 0.093 s.
    for (metric, period, _unit), members in sorted(item for item in groups.items() if len(item[1]) > 1):
        values = [(m, m.value) for m in members if m.value is not None]
        if any(not values_agree(a, b) for i, (_, a) in enumerate(values) for _, b in values[i + 1 :]):
            found.append(
                Discrepancy(
                    kind="figure",
                    key=f"{metric} ({period})",
                    fact_ids=tuple(m.id for m, _ in values),
                    statements=tuple(describe_value(v) for _, v in values),
                )
            )
    return found


#: Most days apart two dates of one event, each given to the day, may be and still agree (the days of one visit).
DAYS_OF_ONE_VISIT = 7


def _same_month(a: Fact, b: Fact) -> bool:
    """Whether two dates of one event agree, to the month.

    An event such as a three-day visit spans days, and one source dates its
    arrival while another dates its signing ceremony; only a different month
    (or year) is a real disagreement.  A visit over the turn of a month
    ("arrived on 30 March", "the final day, 1 April") is dated to the day by
    both: two days at most :data:`DAYS_OF_ONE_VISIT` apart agree whatever
    their months.  A date known to the month only still disagrees with a day
    of another month ("December 2024" against "25 November").
    """
    if a.date.day is not None and b.date.day is not None and abs((a.date.first_day - b.date.first_day).days) <= DAYS_OF_ONE_VISIT:
        return True
    # the two months overlap: one year, and one month or a year on either side (no dates made: asked of every pair of an event)
    return a.date.year == b.date.year and (a.date.month is None or b.date.month is None or a.date.month == b.date.month)


def _date_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.event:
            groups[fact.event].append(fact)
    found = []
    for event, members in sorted(groups.items()):
        conflicting = any(a.source != b.source and not _same_month(a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        if conflicting:
            found.append(
                Discrepancy(kind="date", key=event, fact_ids=tuple(m.id for m in members), statements=tuple(str(m.date) for m in members))
            )
    return found


def find_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    """Every disagreement among the given (non-draft) facts, in date order, in a stable order."""
    return _figure_discrepancies(facts) + _date_discrepancies(facts)
