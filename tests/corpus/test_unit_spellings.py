"""One figure whose unit two outlets spell two ways: "cubic meters" and "cubic metres", "metric tons" and "tonnes".

The wording is that of real reports of one gas contract and one rice donation, cut to the words that matter.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.unit_spellings import one_spelling
from tests.corpus.builders import conflicts_described, make_fact

GAS = "Gazprom and CNPC have signed a long-term agreement on the supply of {} of natural gas via the Far Eastern route."
RICE = "Sri Lanka will be receiving {} of rice from China as a donation, says the Cabinet Spokesperson Minister."


def fact(fact_id: str, source: str, quote: str, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, "2022-02-04", topics=("energy",), **value)


def test_a_british_and_an_american_spelling_are_one_unit() -> None:
    assert unit_key("cubic metres") == unit_key("cubic meters")
    assert unit_key("migration centres") != unit_key("centers")  # the other words of a unit still count
    assert unit_key("centres") == unit_key("Centers")
    assert one_spelling({"acre"}) == {"acre"} and one_spelling({"genre"}) == {"genre"}  # no "-er" spelling of these


def test_a_metric_ton_is_a_tonne_and_a_ton_is_left_as_written() -> None:
    assert unit_key("metric tons") == unit_key("tonnes") == unit_key("metric tonnes")
    assert unit_key("tons") != unit_key("tonnes")  # short, long or metric: the page does not say


def test_one_gas_volume_in_two_spellings_that_differ_is_a_conflict() -> None:
    tass = fact("tass", "tass", GAS.format("10 bln cubic meters"), amount=10_000_000_000, unit="cubic meters")
    upstream = fact("upstream", "upstream", GAS.format("11 billion cubic metres"), amount=11_000_000_000, unit="cubic metres")
    [message] = conflicts_described(tass, upstream)
    assert message.endswith("'tass' says 10000000000 cubic meters, no period; 'upstream' says 11000000000 cubic metres, no period")


def test_one_donation_in_metric_tons_and_in_tonnes_is_proposed_as_one_figure() -> None:
    day = "2022-01-19"
    derana = make_fact("derana", "adaderana", RICE.format("1 million metric tons"), day, amount=1_000_000, unit="metric tons")
    onlanka = make_fact("onlanka", "onlanka", RICE.format("one million metric tonnes"), day, amount=1_000_000, unit="metric tonnes")
    [proposal] = propose_links([derana, onlanka], LinkDecisions())
    assert set(proposal.fact_ids) == {"derana", "onlanka"}
    assert conflicts_described(derana, onlanka) == []
