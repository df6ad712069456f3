"""A bound on a count of things against one count: "over 1,000 Turkish companies" against "771 Turkish companies".

The wording is that of real reports of one leaders' meeting, cut to the words that matter.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_described, make_fact

OVER = (
    "Bilateral trade between the two countries has surged fivefold over the past decade,"
    " with over 1,000 {} companies now operating in Qatar"
)
COUNTED = (
    "The Qatar Investment Authority manages large-scale projects in Turkiye, with 200 Qatari companies operating"
    " in the Turkish market and 771 {} companies active in Qatar."
)


def fact(fact_id: str, source: str, quote: str, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, "2024-11-15", topics=("trade",), **value)


def test_more_than_a_thousand_against_771_companies_of_one_country_is_a_conflict() -> None:
    over = fact("hurriyet", "hurriyetdailynews", OVER.format("Turkish"), low=1000, unit="companies")
    counted = fact("gulfpress", "gulfpress", COUNTED.format("Turkish"), amount=771, unit="companies")
    [message] = conflicts_described(over, counted)
    assert message.startswith("sources disagree on figures for ")
    assert message.endswith("'gulfpress' says 771 companies, no period; 'hurriyet' says at least 1000 companies, no period")


def test_companies_of_another_country_are_another_count() -> None:
    over = fact("hurriyet", "hurriyetdailynews", OVER.format("Turkish"), low=1000, unit="companies")
    counted = fact("gulfpress", "gulfpress", COUNTED.format("Iranian"), amount=771, unit="companies")
    assert conflicts_described(over, counted) == []


def test_a_bound_on_money_still_holds_only_a_near_figure() -> None:
    said = "Bilateral trade between Turkiye and Qatar reached {} last year, the ministry said."
    over = fact("a", "aa", said.format("more than $1 billion"), low=1000000000, unit="USD", period="2023")
    far = fact("b", "dailysabah", said.format("$771 million"), amount=771000000, unit="USD", period="2023")
    assert conflicts_described(over, far) == []
