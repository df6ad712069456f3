"""benchmarks/linking_quality.py: a labelled conflict's expected pairs are its sides that disagree.

A conflict of three sides or more may hold two that agree; their pair is no conflict and is left out of
the expected pairs, read from the set's own labels.  A side whose value the labels do not give keeps
its pairs.  Every case is a real conflict of the labelled sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO, load_benchmark

linking_quality = load_benchmark("linking_quality")
FIXTURES = REPO / "tests" / "fixtures"


def _conflict(labelled_set: str, conflict_id: str) -> tuple[dict[str, Any], dict[Any, Any]]:
    folder: Path = FIXTURES / labelled_set
    gold = yaml.safe_load((folder / "links.yaml").read_text(encoding="utf-8"))
    conflict = next(c for c in gold["conflicts"] if c["id"] == conflict_id)
    return conflict, linking_quality._labelled_claims(folder)


def _articles(pairs: set[frozenset[tuple[str, str]]]) -> set[frozenset[str]]:
    return {frozenset(article.split("-")[0] for article, _ in pair) for pair in pairs}


def test_two_sides_giving_one_length_of_a_visit_are_not_a_conflict_pair() -> None:
    # "his two-day visit" (1lurer) against "a three-day visit" (the ministry) and "his three-day visit" (AFP, inkl)
    conflict, claims = _conflict("intake_final102", "can-deu-visit-length")
    assert _articles(linking_quality.agreeing_pairs(conflict, claims)) == {frozenset({"bmwk", "inkl"})}
    assert _articles(linking_quality.conflict_pairs(conflict, claims)) == {frozenset({"1lurer", "bmwk"}), frozenset({"1lurer", "inkl"})}


def test_sides_on_one_day_agree_and_the_side_on_another_day_conflicts_with_each() -> None:
    # the Modi-Milei talks "on Friday" (The Hawk) against "on Saturday" (NDTV, Hindustan Times, TUKO)
    conflict, claims = _conflict("intake_final85", "arg-ind-talks-day-thehawk")
    assert len(linking_quality.agreeing_pairs(conflict, claims)) == 3
    assert len(linking_quality.conflict_pairs(conflict, claims)) == 3
    assert all("thehawk" in pair for pair in _articles(linking_quality.conflict_pairs(conflict, claims)))


def test_a_figure_among_several_is_read_by_the_unit_of_the_conflict() -> None:
    # "11 bilateral agreements" and "12 ... jets" (Politico) against "over a dozen agreements" twice (Xinhua)
    conflict, claims = _conflict("intake_final78", "srb-fra-agreement-count-politico-xinhua")
    assert _articles(linking_quality.agreeing_pairs(conflict, claims)) == {frozenset({"menafn", "socialnews"})}
    # no side states a single figure: the unit every side states (euros) is the one in conflict
    conflict, claims = _conflict("intake_final78", "srb-fra-rafale-value-kvia-signing")
    assert _articles(linking_quality.agreeing_pairs(conflict, claims)) == {frozenset({"eurasia", "lagacetademexico"})}


def test_an_amount_and_a_range_around_it_are_not_one_value() -> None:
    # $64 billion (Business Today), $68 billion (Hindustan Times), "around $64-$65 billion" (Anadolu)
    conflict, claims = _conflict("intake_eval", "ind-rus-2024-trade-volume")
    assert not linking_quality.agreeing_pairs(conflict, claims)
    assert len(linking_quality.conflict_pairs(conflict, claims)) == 3


def test_a_pair_is_kept_when_the_value_read_is_not_the_one_in_conflict() -> None:
    # both pages have "nearly 7,000 jobs"; the conflict is the investment ($1.7 billion against GBP 1 billion)
    conflict, claims = _conflict("intake_final23", "uk-ind-indian-investment-ht-vs-jang")
    assert len(linking_quality.conflict_pairs(conflict, claims)) == 1
    # "on September 10-11" is labelled with its first day, which "on Sept. 10" shares: the days differ
    conflict, claims = _conflict("intake_final31", "vnm-usa-visit-days-ap-sggp")
    assert len(linking_quality.conflict_pairs(conflict, claims)) == 1


def test_a_side_with_no_labelled_date_keeps_its_pairs() -> None:
    # the UK welcome "on Monday" / "on Tuesday" / "on Tuesday morning" on undated pages, one dated Tuesday
    conflict, claims = _conflict("intake_final53", "kor-gbr-welcome-day")
    assert not linking_quality.agreeing_pairs(conflict, claims)
    assert len(linking_quality.conflict_pairs(conflict, claims)) == 6
