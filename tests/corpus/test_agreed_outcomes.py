"""Plans agreed at a visit, even those due months later, are parts of its occasion; plans of another trip are not.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  In: a plan in an article about
the visit, dated on its days or later, in words that name no visit ("Sudmark will
complete its formalities in May").  Out: the visitor's next stop, a plan recalled
from last year, a plan dated before the visit, a plan of someone else, a sum for one
side alone.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.outcomes import agreed_there
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, occasion, visit

SIDES = frozenset({party_key("Norland"), party_key("Sudmark"), party_key(HOST[0]), party_key(GUEST[0])})
MARCH = PartialDate.parse("2031-03-03")


def plan(quote: str, date: str = "2031-05", entities: tuple[str, ...] = ("Sudmark",), **value: Any) -> Fact:
    return make_fact("p", "gazette", quote, date, entities=entities, kind="plan", topics=("visits",), **value)


def agreed(fact: Fact) -> bool:
    return agreed_there(prepare(fact), MARCH, SIDES, party_key)


def test_a_plan_due_after_the_visit_in_words_that_name_no_visit_was_agreed_there() -> None:
    assert agreed(plan("Sudmark will complete its internal formalities in May."))
    assert agreed(plan("A joint working group to be established to draw up a five-year roadmap.", "2031-03-04", ()))
    assert agreed(plan("Update the inspection rules for grain exports.", "2031-03-04", ("Norland", "Sudmark")))


def test_a_plan_of_another_trip_another_time_or_someone_else_was_not_agreed_there() -> None:
    assert not agreed(plan("Oskaro will then head to Westmark for a state visit.", "2031-03-05", GUEST))
    assert not agreed(plan("Last year the two sides pledged to double the grain trade.", "2031-03-03", ("Norland", "Sudmark")))
    assert not agreed(plan("Sudmark will complete its formalities.", "2031-01"))  # dated before the visit
    assert not agreed(plan("He plans to announce an aid package for Ostmark.", "2031-03-04", ("Premier Lo Vantz", "Ostmark")))
    one_side = plan("with the potential to build 2000 megawatts of such plants in Sudmark.", amount=2000, unit="megawatts")
    assert not agreed(one_side)
    assert not agreed(make_fact("s", "gazette", "Sudmark will grow.", "2031-05", entities=("Sudmark",), kind="statement"))


def test_a_plan_agreed_at_the_visit_and_due_later_joins_its_occasion() -> None:
    due = make_fact(
        "a-due",
        "gazette",
        "Sudmark will complete its internal formalities in May, and Norland has already completed them.",
        "2031-05",
        entities=("Sudmark", "Norland"),
        kind="plan",
        topics=("visits",),
    )
    onward = make_fact(
        "a-onward", "gazette", "Oskaro will then head to Westmark.", "2031-03-05", entities=GUEST, kind="plan", topics=("visits",)
    )
    members = set(occasion(propose_links([*visit(), due, onward], LinkDecisions())).fact_ids)
    assert "a-due" in members and "a-arrive" in members
    assert "a-onward" not in members
