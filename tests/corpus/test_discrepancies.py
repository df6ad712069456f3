"""Where sources disagree: figures for one measure and period, dates of one event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen.corpus.discrepancies import Discrepancy, find_discrepancies
from briefgen.corpus.loader import Corpus, Origin
from briefgen.corpus.models import Fact, Vocabulary
from briefgen.errors import Severity


def fact(fid: str, source: str, date: str, **extra: Any) -> Fact:
    return Fact.model_validate(
        {"id": fid, "claim": "A claim.", "source": source, "quote": "a quote", "date": date, "topics": ["trade"], **extra}
    )


def figure(fid: str, source: str, amount: str, *, metric: str = "trade-volume", period: str | None = "2019", unit: str = "USD") -> Fact:
    value = {"metric": metric, "amount": amount, "unit": unit, **({"period": period} if period is not None else {})}
    return fact(fid, source, "2019", kind="figure", value=value)


def discrepancies_in(corpus: Corpus) -> list[Discrepancy]:
    return find_discrepancies(corpus.facts_in_date_order())


def corpus_of(*facts: Fact) -> Corpus:
    return Corpus(
        root=Path(),
        sources={},
        facts={f.id: f for f in facts},
        drafts={},
        vocabulary=Vocabulary(topics={"trade": "Trade."}),
        origins={f.id: Origin("facts/x.yaml", 10 + i) for i, f in enumerate(facts)},
    )


def test_figures_that_differ_are_a_discrepancy() -> None:
    [found] = discrepancies_in(corpus_of(figure("a", "s1", "50200000"), figure("b", "s2", "19050000"), figure("c", "s3", "50200000")))
    assert found.kind == "figure"
    assert found.key == "trade-volume (2019)"
    assert found.fact_ids == ("a", "b", "c")
    assert found.statements == ("50200000 USD", "19050000 USD", "50200000 USD")
    assert found.describe() == (
        "sources disagree on figures for trade-volume (2019): 'a' says 50200000 USD; 'b' says 19050000 USD; 'c' says 50200000 USD"
    )


def test_same_amounts_are_no_discrepancy() -> None:
    assert discrepancies_in(corpus_of(figure("a", "s1", "50200000"), figure("b", "s2", "50200000"))) == []


def test_same_amount_written_differently_is_no_discrepancy() -> None:
    assert discrepancies_in(corpus_of(figure("a", "s1", "50200000"), figure("b", "s2", "50200000.00"), figure("c", "s3", "5.02e7"))) == []


def test_figures_without_a_period_are_not_compared() -> None:
    assert discrepancies_in(corpus_of(figure("a", "s1", "1", period=None), figure("b", "s2", "2", period=None))) == []
    assert discrepancies_in(corpus_of(figure("a", "s1", "1", period=""), figure("b", "s2", "2", period=""))) == []


def test_figures_for_different_metric_period_or_unit_are_not_compared() -> None:
    facts = [
        figure("a", "s1", "1"),
        figure("b", "s2", "2", metric="exports"),
        figure("c", "s3", "3", period="2020"),
        figure("d", "s4", "4", unit="percent"),
    ]
    assert discrepancies_in(corpus_of(*facts)) == []


def test_one_fact_alone_is_no_discrepancy() -> None:
    assert discrepancies_in(corpus_of(figure("a", "s1", "1"), fact("e", "s1", "2024-11", event="visit"))) == []


def test_event_dated_in_different_months_by_different_sources() -> None:
    [found] = discrepancies_in(corpus_of(fact("plan", "s1", "2024-11", event="visit"), fact("done", "s2", "2024-12-02", event="visit")))
    assert found.kind == "date"
    assert found.key == "visit"
    assert found.fact_ids == ("plan", "done")
    assert found.statements == ("2024-11", "2024-12-02")
    assert found.describe() == "sources disagree on dates for event 'visit': 'plan' says 2024-11; 'done' says 2024-12-02"


def test_event_in_different_years_is_a_discrepancy() -> None:
    assert len(discrepancies_in(corpus_of(fact("a", "s1", "2024", event="visit"), fact("b", "s2", "2025-01", event="visit")))) == 1


def test_same_month_different_days_is_no_discrepancy() -> None:
    facts = [
        fact("arrive", "s1", "2024-11-25", event="visit"),
        fact("sign", "s2", "2024-11-27", event="visit"),
        fact("m", "s3", "2024-11", event="visit"),
    ]
    assert discrepancies_in(corpus_of(*facts)) == []


def test_days_of_one_visit_over_the_turn_of_a_month_agree_and_a_month_against_a_day_does_not() -> None:
    over_the_turn = [fact("arrive", "s1", "2024-11-29", event="visit"), fact("leave", "s2", "2024-12-02", event="visit")]
    assert discrepancies_in(corpus_of(*over_the_turn)) == []
    weeks_apart = [fact("arrive", "s1", "2024-11-20", event="visit"), fact("leave", "s2", "2024-12-02", event="visit")]
    assert [d.kind for d in discrepancies_in(corpus_of(*weeks_apart))] == ["date"]
    month_only = [fact("arrive", "s1", "2024-11-29", event="visit"), fact("later", "s2", "2024-12", event="visit")]
    assert [d.kind for d in discrepancies_in(corpus_of(*month_only))] == ["date"]


def test_a_year_agrees_with_any_month_of_it() -> None:
    assert discrepancies_in(corpus_of(fact("a", "s1", "2024", event="visit"), fact("b", "s2", "2024-11-25", event="visit"))) == []


def test_same_source_is_no_discrepancy() -> None:
    # One article dating a plan and its outcome in different months is a sequence, not a disagreement.
    assert discrepancies_in(corpus_of(fact("plan", "s1", "2024-11", event="visit"), fact("done", "s1", "2025-01", event="visit"))) == []


def test_one_disagreeing_pair_reports_the_whole_event() -> None:
    facts = [
        fact("a", "s1", "2024-11", event="visit"),
        fact("b", "s1", "2025-01", event="visit"),
        fact("c", "s2", "2024-11-26", event="visit"),
    ]
    [found] = discrepancies_in(corpus_of(*facts))
    assert found.fact_ids == ("a", "c", "b")  # in date order


def test_facts_without_an_event_are_not_compared() -> None:
    assert discrepancies_in(corpus_of(fact("a", "s1", "2024-11"), fact("b", "s2", "2025-12"))) == []


def test_order_is_stable_figures_then_dates() -> None:
    facts = [
        fact("e2", "s1", "2024-01", event="zeta"),
        fact("e3", "s2", "2024-03", event="zeta"),
        fact("e0", "s1", "2024-01", event="alpha"),
        fact("e1", "s2", "2024-02", event="alpha"),
        figure("f0", "s1", "1", metric="trade-volume"),
        figure("f1", "s2", "2", metric="trade-volume"),
        figure("g0", "s1", "1", metric="exports"),
        figure("g1", "s2", "2", metric="exports"),
    ]
    found = discrepancies_in(corpus_of(*facts))
    assert [(d.kind, d.key) for d in found] == [
        ("figure", "exports (2019)"),
        ("figure", "trade-volume (2019)"),
        ("date", "alpha"),
        ("date", "zeta"),
    ]


def test_warning_and_dict() -> None:
    corpus = corpus_of(figure("a", "s1", "1"), figure("b", "s2", "2.5"))
    [found] = discrepancies_in(corpus)
    warning = corpus.discrepancy_warning(found)
    assert warning.severity is Severity.WARNING
    assert (warning.path, warning.line) == ("facts/x.yaml", 10)
    assert (
        warning.format() == "facts/x.yaml:10: warning: sources disagree on figures for trade-volume (2019): "
        "'a' says 1 USD (outlet not stated, undated: \"a quote\"); 'b' says 2.5 USD (outlet not stated, undated: \"a quote\")"
    )
    assert found.as_dict() == {
        "kind": "figure",
        "key": "trade-volume (2019)",
        "facts": ["a", "b"],
        "statements": ["1 USD", "2.5 USD"],
        "message": found.describe(),
    }


def test_drafts_are_not_compared() -> None:
    corpus = corpus_of(figure("a", "s1", "1"))
    corpus.drafts["b"] = figure("b", "s2", "2")
    assert discrepancies_in(corpus) == []


def test_corpus_discrepancies_are_worked_out_once() -> None:
    corpus = corpus_of(figure("a", "s1", "1"), figure("b", "s2", "2"))
    first = corpus.discrepancies()
    assert first == discrepancies_in(corpus)
    first.clear()  # the caller's list is its own
    assert corpus.discrepancies() == [Discrepancy("figure", "trade-volume (2019)", ("a", "b"), ("1 USD", "2 USD"))]


# Ranges, bounds and approximate figures -------------------------------------------------------


def ranged(fid: str, source: str, *, low: str | None = None, high: str | None = None, approximate: bool = False) -> Fact:
    value: dict[str, Any] = {"metric": "trade-volume", "unit": "USD", "period": "2024"}
    value |= {k: v for k, v in (("low", low), ("high", high)) if v is not None}
    if approximate:
        value["approximate"] = "true"
    return fact(fid, source, "2024", kind="figure", value=value)


def single(fid: str, source: str, amount: str) -> Fact:
    return figure(fid, source, amount, period="2024")


def test_overlapping_ranges_agree() -> None:
    # India–Russia trade in 2024 as three reports give it: "$64-$65 billion" and "$64-66 billion" can both be true.
    assert (
        discrepancies_in(
            corpus_of(ranged("a", "s1", low="64000000000", high="65000000000"), ranged("b", "s2", low="64500000000", high="66000000000"))
        )
        == []
    )


def test_a_figure_inside_a_range_agrees_and_one_outside_does_not() -> None:
    inside = corpus_of(ranged("a", "s1", low="64000000000", high="65000000000", approximate=True), single("b", "s2", "64000000000"))
    assert discrepancies_in(inside) == []
    [found] = discrepancies_in(
        corpus_of(ranged("a", "s1", low="64000000000", high="65000000000", approximate=True), single("c", "s3", "68000000000"))
    )
    assert sorted(found.statements) == ["68000000000 USD", "about 64000000000-65000000000 USD"]


def test_bounds_agree_with_figures_on_their_side() -> None:
    # "up to $2 billion" and "$2bn"; "less than $100 million" against $150 million does not hold.
    assert discrepancies_in(corpus_of(ranged("a", "s1", high="2000000000"), single("b", "s2", "2000000000"))) == []
    [found] = discrepancies_in(corpus_of(ranged("a", "s1", high="100000000"), single("b", "s2", "150000000")))
    assert sorted(found.statements) == ["150000000 USD", "up to 100000000 USD"]
    assert discrepancies_in(corpus_of(ranged("a", "s1", low="120"), ranged("b", "s2", high="200"))) == []


def test_disjoint_ranges_disagree() -> None:
    [found] = discrepancies_in(corpus_of(ranged("a", "s1", low="1", high="2"), ranged("b", "s2", low="3", high="4")))
    assert found.describe() == "sources disagree on figures for trade-volume (2024): 'a' says 1-2 USD; 'b' says 3-4 USD"


def test_a_long_quote_in_a_conflict_line_is_cut_around_the_figure_it_states() -> None:
    from briefgen.corpus.conflicts import QUOTE_CHARS, _short

    opening = "The two delegations met in the capital for a second round of talks on customs, banking and rail links, and "
    quote = opening + "said trade reached 1250 million dollars in 2024, up from 980 million the year before, officials added."
    shown = _short(quote, "1250 million USD")
    assert shown.startswith("…") and "1250 million" in shown and len(shown) <= QUOTE_CHARS
    # a figure whose digits only appear inside a longer number is not looked for there
    assert _short(opening + "x" * 60, "250 USD").startswith("The two delegations")
    assert _short("Trade reached 75 million.", "75 million USD") == "Trade reached 75 million."
