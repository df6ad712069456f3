"""A conflict keeps the pairs of sides a rule does not drop, and is gone when none is left (made-up facts)."""

from __future__ import annotations

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.dropped_sides import without_dropped_pairs
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import PossibleConflict
from tests.corpus.builders import make_fact


def _fact(fact_id: str, source: str, date: str) -> Fact:
    return make_fact(fact_id, source, f"President Valen arrived in Norvik, {source} said", date, entities=("Valen", "Norvik"))


def _conflict(kind: str, *facts: Fact) -> PossibleConflict:
    statements = tuple(str(f.date) for f in facts)
    return PossibleConflict(Discrepancy(kind=kind, key="valen-visit", fact_ids=tuple(f.id for f in facts), statements=statements), ())


def _months_differ(a: Fact, b: Fact) -> bool:
    return (a.date.year, a.date.month) != (b.date.year, b.date.month)


def _drops_c(a: Fact, b: Fact) -> bool:
    return a.id == "c"


A, B, C = _fact("a", "gazette", "2024-05-02"), _fact("b", "herald", "2024-06-03"), _fact("c", "courier", "2024-07-04")
FACTS = {f.id: f for f in (A, B, C)}


def test_a_conflict_no_dropped_pair_touches_stands_whole() -> None:
    found = [_conflict("date", A, B, C)]
    assert without_dropped_pairs(found, FACTS, "date", _months_differ, lambda a, b: False) == found


def test_only_the_sides_of_the_pairs_left_stand() -> None:
    [left] = without_dropped_pairs([_conflict("date", A, B, C)], FACTS, "date", _months_differ, _drops_c)
    assert left.discrepancy.fact_ids == ("a", "b")


def test_a_conflict_with_no_pair_left_is_gone_and_another_kind_is_not_this_rules() -> None:
    assert without_dropped_pairs([_conflict("date", A, C)], FACTS, "date", _months_differ, _drops_c) == []
    figure = _conflict("figure", A, C)
    assert without_dropped_pairs([figure], FACTS, "date", _months_differ, _drops_c) == [figure]
