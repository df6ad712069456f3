"""One figure across outlets, whatever ``suggest`` names it: rounding, the latest period, targets, the article's parties.

The facts are written here for the rules they test (invented outlets and
relations, figures of the shape real reports give); each carries a metric
of its own, as drafts accepted unchanged do, so nothing is wired by hand.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from briefgen.corpus.clash import is_target
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact, Value
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import LinkProposal, _grouped, propose_links
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...] = (), **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, **value)


def usd(amount: str, approximate: bool = False) -> Value:
    return Value.model_validate({"metric": "m", "amount": amount, "unit": "USD", "approximate": str(approximate).lower()})


def proposals(*facts: Fact) -> list[LinkProposal]:
    return propose_links(list(facts), LinkDecisions())


def linked(found: list[LinkProposal], a: str, b: str) -> bool:
    return any(a in p.fact_ids and b in p.fact_ids for p in found)


def test_an_approximate_figure_holds_the_figures_it_rounds_and_a_plain_one_does_not() -> None:
    assert values_agree(usd("500000000", approximate=True), usd("461900000"))  # "about $500 million": 450-550 million
    assert not values_agree(usd("500000000"), usd("461900000"))  # "$500 million", stated plainly
    assert values_agree(usd("64000000000", approximate=True), usd("64400000000"))  # "nearly $64 billion" rounds to the billion
    assert not values_agree(usd("64000000000", approximate=True), usd("65000000000"))
    # a round figure does not hold everything near it: at most a tenth either side
    hundred = Value(metric="m", amount=Decimal(100), unit="agreements", approximate=True)
    assert not values_agree(hundred, Value(metric="m", amount=Decimal(140), unit="agreements"))


# Two outlets on one year's trade between two invented countries; the first states no period.
PLAIN = "The leaders noted that the volume of bilateral trade grew by 30% to reach $800 million."
RECORD = "In 2030, bilateral trade volume grew by 30 percent, reaching a record $731.4 million."
ROUNDED = "By the end of 2030, the bilateral trade volume between the countries approached the $700 million mark"
PARTIES = ("Norland", "Sudmark")


def test_a_figure_with_no_period_reported_months_later_is_the_years_figure_and_its_conflict_is_reported() -> None:
    plain = fact("plain", "outlet-a", PLAIN, "2031-04-10", PARTIES, amount=800000000, unit="USD")
    record = fact("record", "outlet-b", RECORD, "2030", PARTIES, amount=731400000, unit="USD", period="2030")
    found = proposals(plain, record)
    assert linked(found, "plain", "record")
    [conflict] = possible_conflicts([plain, record], found)
    assert conflict.discrepancy.kind == "figure" and set(conflict.discrepancy.fact_ids) == {"plain", "record"}


def test_an_approximate_figure_is_linked_to_the_figure_it_rounds_and_does_not_conflict_with_it() -> None:
    rounded = fact("rounded", "outlet-c", ROUNDED, "2030", PARTIES, amount=700000000, unit="USD", approximate="true", period="2030")
    record = fact("record", "outlet-b", RECORD, "2030", PARTIES, amount=731400000, unit="USD", period="2030")
    found = proposals(rounded, record)
    assert linked(found, "rounded", "record")
    assert possible_conflicts([rounded, record], found) == []  # "about $700 million" holds $731.4 million


def test_a_figure_reported_long_after_its_period_is_not_that_periods_figure() -> None:
    plain = fact("plain", "outlet-a", PLAIN, "2033-04-10", PARTIES, amount=800000000, unit="USD")
    record = fact("record", "outlet-b", RECORD, "2030", PARTIES, amount=731400000, unit="USD", period="2030")
    assert possible_conflicts([plain, record], proposals(plain, record)) == []


def test_a_target_never_conflicts_with_the_figure_reached() -> None:
    target = fact(
        "target",
        "outlet-a",
        "The leaders set their sights on increasing bilateral trade volume to $780 million, reaching a record",
        "2030-06",
        PARTIES,
        amount=780000000,
        unit="USD",
    )
    record = fact("record", "outlet-b", RECORD, "2030", PARTIES, amount=731400000, unit="USD", period="2030")
    assert possible_conflicts([target, record], proposals(target, record)) == []


# One target, worded apart by two outlets: the only words they share are the figure's.
ADDED = "Nord added that this figure could be increased to $3 billion."
AGREED = "The parties agreed to widen the range of goods in order to bring the turnover to US $ 3 billion."


def test_one_figure_in_two_articles_about_the_same_parties_days_apart_is_one_figure() -> None:
    a = fact("added", "outlet-a", ADDED, "2031-04-10", ("Nord",), amount=3000000000, unit="USD")
    b = fact("agreed", "outlet-b", AGREED, "2031-04-11", PARTIES, amount=3000000000, unit="USD")
    # the rest of each article: what it is about
    a_talks = fact(
        "a-talks", "outlet-a", "Nord held talks with Sud in Norcity on Monday.", "2031-04-10", ("Nord", "Sud", "Norcity", *PARTIES)
    )
    b_talks = fact("b-talks", "outlet-b", "Sud arrived in Norcity for talks with Nord.", "2031-04-10", ("Nord", "Sud", "Norcity"))
    found = proposals(a, b, a_talks, b_talks)
    [figure] = [p for p in found if "added" in p.fact_ids]
    assert set(figure.fact_ids) == {"added", "agreed"} and figure.kind == "metric"


def test_one_figure_in_articles_about_different_partners_or_weeks_apart_is_not_linked() -> None:
    a = fact("added", "outlet-a", ADDED, "2031-04-10", ("Nord", "Norland", "Sudmark"), amount=3000000000, unit="USD")
    other_partner = fact(
        "other", "outlet-b", "Nord and Ostmark agreed on $3 billion of investment", "2031-04-11", ("Nord", "Norland", "Ostmark"),
        amount=3000000000, unit="USD",
    )  # fmt: skip
    assert not linked(proposals(a, other_partner), "added", "other")
    later = fact("agreed", "outlet-b", AGREED, "2031-06-20", ("Nord", "Norland", "Sudmark"), amount=3000000000, unit="USD")
    assert not linked(proposals(a, later), "added", "agreed")


def _pair(a: str, b: str, score: float) -> tuple[Fact, Fact, float, str]:
    return fact(a, f"s-{a}", "x", "2030"), fact(b, f"s-{b}", "x", "2030"), score, ""


def test_overlapping_groups_that_all_pair_are_one_link_and_a_chain_is_not() -> None:
    everyone = [_pair("a", "b", 0.9), _pair("c", "d", 0.8)] + [_pair(x, y, 0.5) for x in "ab" for y in "cd"]
    [group] = _grouped(everyone)
    assert {f.id for pair in group for f in pair[:2]} == {"a", "b", "c", "d"}
    chain = [_pair("a", "b", 0.9), _pair("b", "c", 0.8)]  # a and c merely share b
    assert len(_grouped(chain)) == 2


def test_raising_something_to_a_level_is_a_target_and_a_rise_by_so_much_or_a_past_rise_is_not() -> None:
    def target(quote: str) -> bool:
        said = fact("x", "s", quote, "2030", amount=5000000000, unit="USD")
        return is_target(said, prepare(said).word_set)

    assert target("The two sides have set sights on increasing their bilateral trade to $5 billion")
    assert target("Nord added that this figure could be increased to $5 billion.")
    assert target("we will further raise the bar to the level of $5 billion")
    assert target("The prime minister hoped the two sides would ink agreements worth $5 billion")
    assert not target("with the volume of bilateral trade increasing by 40% to reach $5 billion")
    assert not target("In 2030, trade increased to $5 billion")
