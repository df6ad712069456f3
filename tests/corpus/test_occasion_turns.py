"""Occasions joined across what the older rules kept apart: the turn of a month, a party named only in a quote.

Invented leaders and countries.  Each outlet reports other parts of one
visit, so that no two facts share a rare word: only the parties, the
occasion words and the dates can bring them together.
"""

from __future__ import annotations

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import quoted_parties
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def occasions(facts: list[Fact]) -> list[set[str]]:
    return [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if p.kind == "event" and "one occasion" in p.evidence]


def two_outlets(first_day: str, second_day: str) -> list[Fact]:
    """Oskaro's visit to Norland as two outlets report it, the first on ``first_day``, the second on ``second_day``."""
    return [
        fact(
            "a-arrive", "gazette", "Tal Oskaro landed at Brenn airport for a state visit to Norland.", first_day, ("Tal Oskaro", "Norland")
        ),
        fact("a-talks", "gazette", "Oskaro held talks with Ivo Marden about grain.", first_day, ("Tal Oskaro", "Ivo Marden", "Norland")),
        fact("b-sign", "courier", "Marden and Oskaro signed nine memorandums at the palace.", second_day, ("Ivo Marden", "Tal Oskaro")),
        fact("b-leave", "courier", "Norland bade farewell to Oskaro at the end of his visit.", second_day, ("Norland", "Tal Oskaro")),
    ]


def test_the_days_of_one_visit_over_the_turn_of_a_month_are_one_occasion() -> None:
    assert occasions(two_outlets("2031-03-30", "2031-04-01")) == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]


def test_days_weeks_apart_in_two_months_are_not_one_occasion() -> None:
    assert occasions(two_outlets("2031-03-10", "2031-04-01")) == []


def test_a_month_only_date_does_not_reach_beyond_a_week_into_the_next_month() -> None:
    """A page with no day of its own meets a day a week either side of its month (see :mod:`briefgen.corpus.month_pages`), no further."""
    assert occasions(two_outlets("2031-03", "2031-04-10")) == []
    assert occasions(two_outlets("2031-03", "2031-04-01")) == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]


def capital_and_country() -> list[Fact]:
    """One outlet tags the country and the visitor; the other, writing from the capital, tags the capital and the host."""
    return [
        fact("a-begin", "gazette", "Tal Oskaro began his first official visit to Norland.", "2031-03-03", ("Tal Oskaro", "Norland")),
        fact(
            "a-meet",
            "gazette",
            "Oskaro will meet Norland's leaders in Brenn on Tuesday.",
            "2031-03-03",
            ("Tal Oskaro", "Norland"),
            kind="plan",
        ),
        fact(
            "b-arrive",
            "courier",
            "Tal Oskaro arrived here on Monday to continue his official visit to Norland.",
            "2031-03-03",
            ("Tal Oskaro", "Brenn"),
        ),
        fact("b-greet", "courier", "Ivo Marden greeted Oskaro at Brenn airport.", "2031-03-03", ("Ivo Marden", "Tal Oskaro", "Brenn")),
    ]


def test_a_party_an_article_names_only_in_its_quotes_still_joins_the_occasion() -> None:
    assert occasions(capital_and_country()) == [{"a-begin", "a-meet", "b-arrive", "b-greet"}]


def test_a_party_named_nowhere_in_the_other_article_keeps_it_apart() -> None:
    facts = capital_and_country()
    facts[2] = fact(
        "b-arrive", "courier", "Tal Oskaro arrived here on Monday for an official visit.", "2031-03-03", ("Tal Oskaro", "Brenn")
    )
    assert occasions(facts) == []


def test_quoted_parties_are_the_capitalised_words_cut_as_party_keys() -> None:
    keys = quoted_parties(["Oskaro arrived in Norland, the Sudmarkian leader said.", "Both sides met in the palace."])
    assert {"oskar", "norla", "sudma", "both"} <= keys
    assert "palac" not in keys and "arriv" not in keys
