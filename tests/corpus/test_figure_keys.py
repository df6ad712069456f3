"""The quick reading of two figures answers only what the full clash test answers, and spares it the far pairs."""

from __future__ import annotations

import itertools
from typing import Any

from briefgen.corpus.clash import figures_clash, figures_match, same_reported_figure
from briefgen.corpus.evidence import prepare
from briefgen.corpus.figure_keys import amounts_differ, figure_keys, too_far_to_clash
from briefgen.corpus.models import Fact
from briefgen.corpus.pairing import FIGURE_CLASH, clash_reason
from tests.corpus.builders import make_fact

# "volumes reaching $64 billion last year, Putin noted" and "last year the Russian Indian trade volume reached
# $68 billion": the clash module's own example, one figure stated differently.
NOTED = "Bilateral trade volumes reaching $64 billion last year, Putin noted at the talks with Modi."
REACHED = "Last year the Russian Indian trade volume reached $68 billion, Putin noted at the talks with Modi."


def figure(fact_id: str, source: str, quote: str = NOTED, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, "2024-07-09", entities=("Putin", "Modi"), **value)


def keys(fact: Fact) -> Any:
    assert fact.value is not None
    return figure_keys(fact.value)


def test_one_figure_stated_differently_is_left_to_the_full_test_which_finds_the_clash() -> None:
    a = figure("a", "outlet-a", NOTED, amount=64000000000, unit="USD")
    b = figure("b", "outlet-b", REACHED, amount=68000000000, unit="USD")
    assert not too_far_to_clash(keys(a), keys(b))
    assert clash_reason(prepare(a), prepare(b)) == FIGURE_CLASH


def test_figures_far_apart_and_figures_of_other_units_are_told_apart_at_once() -> None:
    a = figure("a", "outlet-a", NOTED, amount=64000000000, unit="USD")
    far = figure("b", "outlet-b", REACHED, amount=12000000000, unit="USD")
    tractors = figure("c", "outlet-b", REACHED, amount=68000000000, unit="tractors")
    assert too_far_to_clash(keys(a), keys(far)) and too_far_to_clash(keys(a), keys(tractors))
    assert clash_reason(prepare(a), prepare(far)) == clash_reason(prepare(a), prepare(tractors)) == ""


def test_units_of_one_measure_are_converted_by_the_full_test_not_read_here() -> None:
    miles = figure("a", "outlet-a", "The pipeline will run 217 miles across the border.", amount=217, unit="miles")
    km = figure("b", "outlet-b", "The pipeline will run 300 km across the border.", amount=300, unit="km")
    assert not too_far_to_clash(keys(miles), keys(km))


VALUES: list[dict[str, Any]] = [
    *({"amount": n, "unit": unit} for n in (0, 28, 29, 31, 40, 44, 45, 60, 61, 80, 85, 100) for unit in ("USD", "agreements")),
    {"amount": 100, "unit": "USD", "approximate": "true"},
    {"amount": 500, "unit": "agreements", "approximate": "true"},
    {"low": 40, "high": 70, "unit": "USD"},
    {"low": 64, "high": 65, "unit": "USD"},
    {"low": 1000, "unit": "agreements"},
    {"high": 500, "unit": "USD"},
    {"low": 160, "unit": "USD"},
    {"amount": 80, "unit": "km"},
    {"amount": 50, "unit": "miles"},
    {"amount": 80, "unit": "kilometres"},
]


def test_every_pair_the_quick_reading_tells_apart_is_one_the_full_test_finds_no_clash_in() -> None:
    facts = [figure(f"f{n}", f"outlet-{n}", NOTED, **value) for n, value in enumerate(VALUES)]
    told_apart = 0
    for a, b in itertools.permutations(facts, 2):
        clash = figures_clash(a, b, prepare(a).word_set, prepare(b).word_set)
        if too_far_to_clash(keys(a), keys(b)):
            told_apart += 1
            assert not clash, (a.value, b.value)
    assert told_apart > len(facts) * (len(facts) - 1) // 2  # most pairs: the full test is spared them


def test_every_pair_of_amounts_told_apart_is_one_the_tests_of_one_figure_stated_alike_reject() -> None:
    facts = [figure(f"f{n}", f"outlet-{n}", NOTED, **value) for n, value in enumerate(VALUES)]
    alike = told_apart = 0
    for a, b in itertools.permutations(facts, 2):
        words_a, words_b = prepare(a).word_set, prepare(b).word_set
        one = figures_match(a, b, words_a, words_b) or same_reported_figure(a, b, words_a, words_b, lambda: 99)
        alike += one
        if amounts_differ(keys(a), keys(b)):
            told_apart += 1
            assert not one, (a.value, b.value)
    assert alike and told_apart > len(facts) * (len(facts) - 1) // 2
