"""Sums told twice: a sum of money two reports of one occasion give alike joins the occasion.

Real sentences of the reports of Ferdinand Marcos Jr's state visit to Indonesia, September 2022
(tests/fixtures/intake_final128): Manila Bulletin and GMA both tell the $7 billion of infrastructure investment
pledged during the trip, and the occasion of their arrival and talks leaves the figure out.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.sums_told_twice import sums_told_twice
from tests.corpus.builders import make_fact

NAMES = ("Ferdinand Marcos Jr", "Joko Widodo", "Indonesia", "Philippines")


def fact(fact_id: str, source: str, quote: str, date: str = "2022-09-06", **value: str) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=NAMES, topics=("visits",), **value)


MB_TALKS = fact("mb-talks", "mb", "President Marcos and President Widodo held bilateral talks at the Bogor Palace on Monday.")
GMA_TALKS = fact("gma-talks", "gma", "Marcos met with Indonesian President Joko Widodo at the Bogor Palace on Monday.")
MB_SUM = fact(
    "mb-sum",
    "mb",
    "$7 billion in infrastructure for unsolicited private-public partnerships such as a C-5 4-level elevated expressway",
    unit="USD",
    amount="7000000000",
)
GMA_SUM = fact(
    "gma-sum",
    "gma",
    "This includes $7 billion in investments in infrastructure for unsolicited private-public partnerships, including "
    "the C-5 four-level elevated expressway.",
    unit="USD",
    amount="7000000000",
)


def run(metrics: list[list[Fact]], occasions: list[list[Fact]] | None = None) -> list[list[str]]:
    told = occasions if occasions is not None else [[MB_TALKS, GMA_TALKS]]
    every = {f.id: f for facts in [*told, *metrics] for f in facts}
    prepared = {i: prepare(f) for i, f in every.items()}
    found = sums_told_twice([(facts, "one occasion") for facts in told], [[f.id for f in facts] for facts in metrics], prepared)
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_sum_two_of_the_occasions_reports_give_alike_joins_it() -> None:
    told = [[MB_TALKS, GMA_TALKS]]
    every = {f.id: prepare(f) for f in [MB_TALKS, GMA_TALKS, MB_SUM, GMA_SUM]}
    found = sums_told_twice([(told[0], "one occasion")], [["mb-sum", "gma-sum"]], every)
    assert [sorted(f.id for f in members) for members, _ in found] == [["gma-sum", "gma-talks", "mb-sum", "mb-talks"]]
    assert found[0][1] == "one occasion; with 2 sum(s) of money its reports give alike"


def test_a_sum_over_a_period_is_the_relations_background() -> None:
    # the year named by the sentence before, as a label gives it
    yearly = {"unit": "USD", "amount": "9420000000", "period": "2022"}
    mb = fact("mb-trade", "mb", "Trade between the two neighbours amounted to $9.42 billion.", **yearly)
    gma = fact("gma-trade", "gma", "Total trade amounted to $9.42 billion, up by a fifth.", **yearly)
    assert run([[mb, gma]]) == [["gma-talks", "mb-talks"]]


def test_a_count_of_other_things_stays_beside() -> None:
    mb = fact("mb-students", "mb", "There are over 18,000 Indonesian students in the Philippines.", unit="students", amount="18000")
    gma = fact("gma-students", "gma", "Some 18,000 Indonesian students study in the Philippines.", unit="students", amount="18000")
    assert run([[mb, gma]]) == [["gma-talks", "mb-talks"]]


def test_a_sum_told_by_a_page_outside_the_occasion_stays_beside() -> None:
    quote = "$7 billion in infrastructure for unsolicited private-public partnerships"
    other = fact("inq-sum", "inquirer", quote, unit="USD", amount="7000000000")
    assert run([[MB_SUM, other]]) == [["gma-talks", "mb-talks"]]


def test_pages_that_tell_two_occasions_say_not_which_the_sum_is_of() -> None:
    later_mb = fact("mb-singapore", "mb", "Marcos met Singapore's Prime Minister Lee Hsien Loong at the Istana.", date="2022-09-07")
    later_gma = fact("gma-singapore", "gma", "Marcos held talks with Lee Hsien Loong in Singapore.", date="2022-09-07")
    found = run([[MB_SUM, GMA_SUM]], [[MB_TALKS, GMA_TALKS], [later_mb, later_gma]])
    assert found == [["gma-talks", "mb-talks"], ["gma-singapore", "mb-singapore"]]
