"""A figure reached is not made a target by a hope or an expectation said of something else.

Real sentences of development sets (intake_final78, intake_final82, intake_final108), each a fact as a draft accepted unchanged
is: a claim marked ``[draft]``, no entities, a metric of its own, dated as ``suggest`` dated it; the other
figures are invented to show what still is an aim.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.clash import is_target
from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_found, make_fact

RT = (
    "The Russian president described the UAE as Moscow’s “main trade partner in the Arab world,” noting that trade turnover"
    " between the pair had increased by 67% in 2022, and expressing hope that this trend would accelerate"
)
TELESUR = "Last year, bilateral trade volume increased by 68 percent"
KVIA = (
    "Macron is to meet populist President Aleksandar Vucic in Belgrade on Thursday evening, when the deal reportedly"
    " worth 3 billion euros ($3.3 billion) is expected to be announced"
)
SIGNED = "Serbian President Aleksandar Vucic said the deal was worth 2.7 billion euros ($3 billion)"


def draft(fact_id: str, quote: str, date: str, kind: str = "figure", **value: Any) -> Fact:
    return make_fact(fact_id, f"outlet-{fact_id}", quote, date, kind=kind, claim=f"[draft] {quote}.", **value)


def target(quote: str, **value: Any) -> bool:
    said = draft("x", quote, "2030", **(value or {"amount": 5000000000, "unit": "USD"}))
    return is_target(said, prepare(said).word_set)


def test_a_hope_in_a_later_clause_leaves_the_growth_reached_to_conflict_with_another_outlets() -> None:
    rt = draft("rt", RT, "2022", kind="plan", amount=67, unit="percent", period="2022")
    telesur = draft("telesur", TELESUR, "2022", amount=68, unit="percent")
    assert not target(RT, amount=67, unit="percent")
    [conflict] = conflicts_found(rt, telesur)
    assert conflict.kind == "figure" and set(conflict.fact_ids) == {"rt", "telesur"}


def test_a_deals_worth_is_not_aimed_at_by_the_announcement_expected_of_the_deal() -> None:
    expected = draft("kvia", KVIA, "2024-08-29", kind="plan", amount=3000000000, unit="EUR")
    signed = draft("signed", SIGNED, "2024-08-29", amount=2700000000, unit="EUR")
    assert not target(KVIA, amount=3000000000, unit="EUR")
    [conflict] = conflicts_found(expected, signed)
    assert set(conflict.fact_ids) == {"kvia", "signed"}


def test_what_aims_at_the_figure_before_it_or_in_its_own_clause_still_makes_it_a_target() -> None:
    assert target("The prime minister hoped the two sides would ink agreements worth $5 billion, saying more would follow")
    assert target("The two leaders highlighted progress toward their $5 billion trade volume target")
    assert target("Both sides expect trade of $5-billion by 2030")
    assert target("More than 30 agreements are planned to be signed", low=30, unit="agreements")
    # named an aim in apposition, after a dash
    assert target(
        "Members should spend at least 5 percent of GDP on defence — a goal leaders are expected to endorse", low=5, unit="percent"
    )
    # a figure not found written: the whole sentence is read, as before
    assert target("Trade will reach five billions, as both sides plan")


FOUR_AGREEMENTS = (
    "The decision was announced as Indonesia and Brazil concluded the signing of four agreements - in the fields of science,"
    " technology and innovation; energy and mineral resources; sanitary and phytosanitary measures; and, statistical cooperation"
)
EIGHT_DEALS = (
    "The leaders witnessed the signing of eight key deals aimed at significantly enhancing bilateral ties across multiple"
    " sectors, marking a pivotal moment in the relationship between the two prominent Global South nations."
)


def test_what_the_things_counted_are_for_does_not_make_their_count_an_aim() -> None:
    assert not target(EIGHT_DEALS, amount=8, unit="deals")
    agreements = draft("fpj", FOUR_AGREEMENTS, "2025-10-23", amount=4, unit="agreements")
    deals = draft("supremacy", EIGHT_DEALS, "2025-10-23", amount=8, unit="deals")
    pa, pb = prepare(agreements), prepare(deals)
    assert counts_clash(agreements, deals, pa.word_set, pb.word_set, lambda: 8)  # one signing, counted two ways
    # a count that is itself aimed at stays an aim, whatever its things are for
    assert target("The two sides aim to sign eight key deals aimed at enhancing bilateral ties", amount=8, unit="deals")
