"""The sides of a proposal's conflict: only facts that state the same part of the occasion are set against each other.

The wording is that of real reports, cut to the words that matter.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.corpus.sides import dated_sides, measures, near_sides
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "figure", **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, kind=kind, **value)


def figure_conflict(*facts: Fact) -> Discrepancy:
    return Discrepancy(kind="figure", key="m", fact_ids=tuple(f.id for f in facts), statements=tuple(f.id for f in facts))


def date_conflict(*facts: Fact) -> Discrepancy:
    return Discrepancy(kind="date", key="e", fact_ids=tuple(f.id for f in facts), statements=tuple(str(f.date) for f in facts))


def by_id(*facts: Fact) -> dict[str, Fact]:
    return {f.id: f for f in facts}


def test_one_count_stated_as_28_and_29_stays_a_conflict() -> None:
    a = fact("pti", "pti", "Pakistan and Uzbekistan on Thursday signed 28 agreements and MoUs", "2026-02-05", amount=28, unit="agreements")
    b = fact("pt", "pt", "signing 29 memoranda of understanding and agreements", "2026-02-05", amount=29, unit="agreements")
    assert near_sides(figure_conflict(a, b), by_id(a, b)) == figure_conflict(a, b)


def test_a_figure_far_from_every_other_outlets_is_another_figure_of_the_occasion() -> None:
    deals = fact("ahram", "eir", "Egypt has inked deals to inject $15 billion", "2024-10", amount=15_000_000_000, unit="USD")
    fund = fact("radar", "radar", "as Saudi Arabia prepares to put $5 billion in Egypt", "2024-10", amount=5_000_000_000, unit="USD")
    assert near_sides(figure_conflict(deals, fund), by_id(deals, fund)) is None


def test_the_far_figure_leaves_the_near_ones_in_conflict() -> None:
    nine = fact("aj", "aljazeera", "The leaders witnessed the signing of nine new agreements", "2024-11", amount=9, unit="agreements")
    eight = fact("hdn", "hurriyet", "The leaders witnessed the signing of eight agreements", "2024-11", amount=8, unit="agreements")
    other = fact("ot", "other", "Deals worth 30 agreements in all were signed over the years", "2024-11", amount=30, unit="agreements")
    found = near_sides(figure_conflict(nine, eight, other), by_id(nine, eight, other))
    assert found is not None and found.fact_ids == ("aj", "hdn")


def test_trade_is_not_investment() -> None:
    assert measures("the Kingdom is Egypt's second trading partner, with trading worth $5.209bn") == {"trade"}
    trade = fact("cbe", "senenews", "a top trading partner, trading worth $5.209bn", "2024", amount=5_209_000_000, unit="USD")
    fund = fact("trt", "trt", 'directed the fund to "pump $5 billion in investments in Egypt"', "2024-09", amount=5_000_000_000, unit="USD")
    assert near_sides(figure_conflict(trade, fund), by_id(trade, fund)) is None


def test_a_plan_is_not_set_against_what_was_done() -> None:
    meeting = fact("nation", "nation", "a review meeting on his recent visit to Azerbaijan on Tuesday", "2025-03-04", "event")
    plan = fact("urdupoint", "urdupoint", "Aliyev on Monday expressed his willingness to visit Islamabad this April", "2025-04", "plan")
    assert dated_sides(date_conflict(meeting, plan), by_id(meeting, plan), set()) is None
    later_plan = fact("other", "other", "Aliyev will visit Islamabad in May", "2025-05", "plan")
    found = dated_sides(date_conflict(meeting, plan, later_plan), by_id(meeting, plan, later_plan), set())
    assert found is not None and found.fact_ids == ("urdupoint", "other")


def test_a_fact_that_dates_nothing_is_no_side_of_the_conflict_that_stands() -> None:
    caption = fact("geo", "geo", "welcome Mirziyoyev in Islamabad on February 5, 2025.", "2025-02-05", "event")
    summit = fact("nca", "nca", "On 5 February 2026, summit talks took place in Islamabad", "2026-02-05", "event")
    page_dated = fact("ary", "ary", "The MoUs were signed during the two-day state visit", "2026-02-05", "event")
    found = dated_sides(date_conflict(caption, page_dated, summit), by_id(caption, page_dated, summit), {"ary"})
    assert found is not None and found.fact_ids == ("geo", "nca") and found.statements == ("2025-02-05", "2026-02-05")
    assert dated_sides(date_conflict(caption, page_dated), by_id(caption, page_dated), {"ary"}) is None


def test_a_quote_naming_no_one_measure_is_compared_without_reading_the_others(monkeypatch: Any) -> None:
    from briefgen.corpus import sides

    read: list[str] = []
    real = sides.measures

    def reading(text: str) -> frozenset[str]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(sides, "measures", reading)
    plain = fact("a", "a", "the two sides signed a deal worth $5bn", "2024", amount=5_000_000_000, unit="USD")
    fund = fact("trt", "trt", "pump $5 billion in investments in Egypt", "2024-09", amount=5_000_000_000, unit="USD")
    trade = fact("cbe", "cbe", "trading worth $5.209bn", "2024", amount=5_209_000_000, unit="USD")
    assert not sides._different_measures(plain, fund)
    assert read == [plain.quote]
    assert sides._different_measures(trade, fund) and not sides._different_measures(fund, fund)
    assert read == [plain.quote, trade.quote, fund.quote, fund.quote, fund.quote]
