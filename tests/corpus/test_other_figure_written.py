"""A sentence drafted as one figure that also writes the other outlet's figure is not set against it."""

from __future__ import annotations

from decimal import Decimal

from briefgen.corpus.models import Value
from briefgen.corpus.written import writes_figure
from tests.corpus.builders import conflicts_found, make_fact

BOTH_FIGURES = (
    "President Solen on Monday (October 7) thanked Nordland for its decision to provide USD 360 million"
    " in addition to USD 400 million bilateral currency swap agreement"
)
SWAP_ONLY = "Nordland and Sudland today signed a bilateral currency swap agreement worth USD 400 million"
OTHER_SUPPORT = "Nordland decided to provide USD 380 million in support, in addition to the currency swap agreement"


def test_a_figure_whose_sentence_also_writes_the_other_outlets_figure_is_no_conflict() -> None:
    support = make_fact("fp", "freepress", BOTH_FIGURES, "2024-10-07", kind="figure", amount=360000000, unit="USD")
    swap = make_fact("ds", "dailystar", SWAP_ONLY, "2024-10-07", kind="figure", amount=400000000, unit="USD")
    assert conflicts_found(support, swap) == []


def test_a_figure_neither_sentence_writes_twice_still_conflicts() -> None:
    support = make_fact("fp", "freepress", BOTH_FIGURES, "2024-10-07", kind="figure", amount=360000000, unit="USD")
    other = make_fact("ds", "dailystar", OTHER_SUPPORT, "2024-10-07", kind="figure", amount=380000000, unit="USD")
    [found] = conflicts_found(support, other)
    assert found.kind == "figure" and set(found.fact_ids) == {"fp", "ds"}


def test_a_figure_is_found_scaled_or_before_its_unit_but_not_as_a_date_or_a_count_of_other_things() -> None:
    assert writes_figure("support of USD 360 mn in addition to a swap", Value(amount=Decimal(360000000), unit="USD", metric="amount"))
    assert writes_figure("a five-day state visit", Value(amount=Decimal(5), unit="days", metric="visit-length"))
    assert not writes_figure(
        "on Monday (October 7) signed six agreements", Value(amount=Decimal(7), unit="agreements", metric="agreements")
    )
    assert not writes_figure("signed on 7 October", Value(amount=Decimal(7), unit="agreements", metric="agreements"))
    assert not writes_figure(
        "the deal was worth 2.7 billion euros ($3 billion)", Value(amount=Decimal(3000000000), unit="EUR", metric="amount")
    )
    assert not writes_figure(
        "a three-day visit to expand ties between the two countries", Value(amount=Decimal(2), unit="days", metric="visit-length")
    )
