"""One sum written with the same digits on two scales ("$380 billion" against "$380 million") is one sum misreported.

Invented reports of a fund's investment in Kenya's ports, in the shape of half A's intake_final62 (The National's
"$450 billion worth of investments" against Trump's "they put up $450 million").
"""

from __future__ import annotations

from briefgen.corpus.evidence import article_context, prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact, Value
from briefgen.corpus.pairing import SCALE_CLASH, clash_reason, unchecked_clash
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.scales import on_two_scales, scales_clash
from tests.corpus.builders import make_fact

PARTIES = ("Kenya", "Ruto", "Gulf", "Mombasa")

BILLIONS = "Ruto noted that the Gulf fund made $380 billion worth of investments in railways and harbours before his visit."
MILLIONS = "“Last time the Gulf fund came to Mombasa, they put up $380 million in investments in railways and harbours,” Ruto said."


def value(amount: str, scale: str | None, unit: str = "USD", **more: str) -> Value:
    return Value.model_validate({"metric": "investment-value", "amount": amount, "unit": unit, "scale": scale, **more})


def fact(fact_id: str, source: str, quote: str, date: str, amount: str, scale: str, **more: str) -> Fact:
    return make_fact(
        fact_id,
        source,
        quote,
        date,
        entities=PARTIES,
        topics=("investment",),
        metric="investment-value",
        amount=amount,
        unit="USD",
        scale=scale,
        **more,
    )


def test_the_same_digits_of_one_currency_on_two_scales_are_one_sum() -> None:
    assert on_two_scales(value("380000000000", "billion"), value("380000000", "million"))
    assert on_two_scales(value("1500000000", "billion"), value("1500000", "million"))


def test_other_figures_are_not_read_as_one_sum_on_two_scales() -> None:
    assert not on_two_scales(value("2000000000", "billion"), value("2000000", "million"))  # one digit: as often two sums
    assert not on_two_scales(value("380000000000", "billion"), value("380000000000", "billion"))  # one scale
    assert not on_two_scales(value("380000000000", "billion"), value("370000000", "million"))  # other digits
    assert not on_two_scales(value("380000000000", "billion", "EUR"), value("380000000", "million"))  # two currencies
    assert not on_two_scales(value("380000000000", "billion"), value("380000000", None))  # a scale not written
    assert not on_two_scales(value("380000000000", "billion", "tonnes"), value("380000000", "million", "tonnes"))  # no money
    assert not on_two_scales(value("380000000000", "billion", period="2024"), value("380000000", "million"))
    assert not on_two_scales(value("380000000000", "billion", "CO2"), value("380000000", "million", "CO2"))  # no code


def test_a_currency_written_by_its_name_is_money_too() -> None:
    assert on_two_scales(value("380000000000", "billion", "yuan"), value("380000000", "million", "yuan"))


def test_two_reports_of_one_sum_on_two_scales_clash_whatever_their_dates() -> None:
    a = fact("nation-d1", "nation", BILLIONS, "2025-04-01", "380000000000", "billion")
    b = fact("wire-d1", "wire", MILLIONS, "2026", "380000000", "million")  # an undated page: a year guessed
    pa, pb = prepare(a), prepare(b)
    assert scales_clash(a, b, pa.word_set, pb.word_set, lambda: 5)
    assert not scales_clash(a, b, pa.word_set, pb.word_set, lambda: 1)  # articles about other people
    article_context([pa, pb])
    assert clash_reason(pa, pb) == SCALE_CLASH
    assert unchecked_clash(pa, pb)  # one metric, as suggest names it: compared only if proposed


def test_a_sum_aimed_at_is_not_one_reached_on_another_scale() -> None:
    target = "The Gulf fund set a target of $380 billion of investments in railways and harbours, Ruto said before his visit."
    a = fact("nation-d1", "nation", target, "2025-04-01", "380000000000", "billion")
    b = fact("wire-d1", "wire", MILLIONS, "2026", "380000000", "million")
    pa, pb = prepare(a), prepare(b)
    assert not scales_clash(a, b, pa.word_set, pb.word_set, lambda: 5)


def test_check_proposes_the_two_sums_as_one_figure_and_reports_the_conflict() -> None:
    facts = [
        fact("nation-d1", "nation", BILLIONS, "2025-04-01", "380000000000", "billion"),
        fact("wire-d1", "wire", MILLIONS, "2026", "380000000", "million"),
    ]
    proposals = propose_links(facts, LinkDecisions())
    assert [(p.kind, set(p.fact_ids)) for p in proposals] == [("metric", {"nation-d1", "wire-d1"})]
    found = possible_conflicts(facts, proposals)
    assert [(c.discrepancy.kind, set(c.discrepancy.fact_ids)) for c in found] == [("figure", {"nation-d1", "wire-d1"})]
