"""Same figure means the same parties in the same roles: whose partner is ranked, where goods go.

Invented countries (Norland, Sudmark, Ostmark) in sentences of the shape
real reports give; each fact carries a metric of its own, as drafts accepted
unchanged do, so nothing is wired by hand.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.roles import opposed, roles
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...] = ("Norland", "Sudmark"), **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind="figure" if value else "statement", **value)


def linked(found: list[Any], a: str, b: str) -> bool:
    return any(a in p.fact_ids and b in p.fact_ids for p in found)


NORLAND_RANKS = "Sudmark is Norland’s third-largest trading partner for the year 2030-31 and Norland’s second-largest export destination."
SUDMARK_RANKS = "Likewise, Norland holds the position of Sudmark’s second-largest trading partner."


def test_a_rank_says_whose_it_is_however_it_is_worded() -> None:
    assert ("rank", "partner", "norland") in roles(NORLAND_RANKS)
    assert ("rank", "partner", "sudmark") in roles(SUDMARK_RANKS)
    assert ("rank", "investor", "norland") in roles("Sudmark was also the fourth-largest investor in Norland in 2031.")
    assert ("rank", "partner", "norland") in roles("Sudmark is the biggest trading partner of Norland.")
    assert roles("The minister will visit Sudmark next week.") == frozenset()


def test_two_ranks_of_different_countries_partners_are_two_figures_not_a_conflict() -> None:
    a = fact("norland-rank", "outlet-a", NORLAND_RANKS, "2031-02-14", amount=3, unit="rank")
    b = fact("sudmark-rank", "outlet-b", SUDMARK_RANKS, "2031-02-14", amount=2, unit="rank")
    found = propose_links([a, b], LinkDecisions())
    assert not linked(found, "norland-rank", "sudmark-rank")
    assert possible_conflicts([a, b], found) == []


def test_one_countrys_rank_stated_differently_by_two_outlets_is_still_a_conflict() -> None:
    a = fact("third", "outlet-a", NORLAND_RANKS, "2031-02-14", amount=3, unit="rank")
    b = fact(
        "second",
        "outlet-b",
        "Sudmark is Norland’s second-largest trading partner for the year 2030-31.",
        "2031-02-14",
        amount=2,
        unit="rank",
    )
    found = propose_links([a, b], LinkDecisions())
    assert linked(found, "third", "second")
    [conflict] = possible_conflicts([a, b], found)
    assert set(conflict.discrepancy.fact_ids) == {"third", "second"}


def test_a_flow_says_where_it_goes_and_opposite_flows_are_opposed() -> None:
    assert roles("Norland's exports to Sudmark rose to $3 billion") == {("flow", "origin", "norland"), ("flow", "destination", "sudmark")}
    assert opposed("Norland's exports to Sudmark reached $3 billion", "Sudmark's exports to Norland reached $3.1 billion")
    assert not opposed("Norland's exports to Sudmark reached $3 billion", "Sudmark's imports from Norland reached $3.1 billion")
    assert not opposed("Norland's exports to Sudmark reached $3 billion", "Bilateral trade reached $3.1 billion")


def test_opposite_flows_of_one_year_are_not_linked() -> None:
    a = fact(
        "out",
        "outlet-a",
        "Norland's exports to Sudmark reached $3 billion in 2030, the ministry said.",
        "2030",
        amount=3000000000,
        unit="USD",
        period="2030",
    )
    b = fact(
        "in",
        "outlet-b",
        "Sudmark's exports to Norland reached $3.1 billion in 2030, the ministry said.",
        "2030",
        amount=3100000000,
        unit="USD",
        period="2030",
    )
    found = propose_links([a, b], LinkDecisions())
    assert not linked(found, "out", "in")
    assert possible_conflicts([a, b], found) == []


TWO_FIGURES = "He said Norland's state company Nordatom is building at least 20 power units abroad, with contracts signed for six more."


def test_a_sentence_of_two_figures_in_two_outlets_does_not_set_one_figure_against_the_other() -> None:
    facts = [
        fact(f"{outlet}-{n}", outlet, TWO_FIGURES, "2031-05-27", **value)
        for outlet in ("outlet-a", "outlet-b")
        for n, value in enumerate(({"low": 20, "unit": "power units"}, {"amount": 6, "unit": "power units"}))
    ]
    found = propose_links(facts, LinkDecisions())
    assert linked(found, "outlet-a-0", "outlet-b-0") or linked(found, "outlet-a-0", "outlet-b-1")
    assert possible_conflicts(facts, found) == []
    # one outlet's sentence stating another figure still conflicts
    changed = fact("outlet-b-1", "outlet-b", TWO_FIGURES.replace("six", "seven"), "2031-05-27", amount=7, unit="power units")
    other = [facts[1], changed]
    found = propose_links(other, LinkDecisions())
    assert linked(found, "outlet-a-1", "outlet-b-1")
    assert possible_conflicts(other, found) != []


def test_a_party_spelled_out_or_by_its_initials_is_one_party() -> None:
    spelled = "Norland is the second-largest trading partner of the United Sud Republics."
    initials = "Norland is the USR’s second-largest trading partner."
    assert not opposed(spelled, initials)
    assert opposed(spelled, "The USR is Norland’s third-largest trading partner.")
