"""What the sides decided at a visit, though it is a later visit or session, is a part of its occasion.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  In: a plan the sides decided there,
due months later ("the two sides decided to hold the next session in June"), and the
plans of an article that lists the visit's outcomes with one line on the visit itself.
Out: a later visit no one decided ("accepted the invitation to make another visit").
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.outcomes import decided_together
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, occasion, visit

BOTH = ("Norland", "Sudmark")


def plan(fact_id: str, quote: str, date: str, entities: tuple[str, ...] = BOTH, source: str = "gazette") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind="plan", topics=("visits",))


def test_a_plan_the_sides_decided_is_told_from_a_visit_no_one_decided() -> None:
    assert decided_together(prepare(plan("d", "They also decided to undertake a joint visit to Velt next month.", "2031-04")))
    assert decided_together(prepare(plan("d", "Both parties agreed to hold the next session in June.", "2031-06")))
    assert not decided_together(prepare(plan("i", "Oskaro accepted the invitation to make another official visit.", "2031-09")))
    assert not decided_together(prepare(plan("w", "Oskaro will visit Velt in June.", "2031-06", GUEST)))


def test_a_later_session_the_sides_decided_joins_the_visit_and_another_visit_does_not() -> None:
    session = plan("a-session", "The two sides decided to hold the next session of their joint commission in June.", "2031-06")
    again = plan(
        "a-again", "Oskaro accepted the invitation by Marden to make another official visit to Norland.", "2031-09", (GUEST[0], HOST[0])
    )
    members = set(occasion(propose_links([*visit(), session, again], LinkDecisions())).fact_ids)
    assert "a-session" in members and "a-arrive" in members
    assert "a-again" not in members


def test_an_article_listing_the_visits_outcomes_gives_its_plans_though_one_line_tells_the_visit() -> None:
    outcomes = [
        make_fact("d-talks", "digest", "Marden and Oskaro held talks on 3 March.", "2031-03-03", entities=(HOST[0], GUEST[0])),
        plan("d-rules", "Sudmark will notify its grain rules in April.", "2031-04", ("Sudmark",), source="digest"),
        plan("d-forms", "Sudmark will complete its internal formalities in May, and Norland has done so.", "2031-05", source="digest"),
        plan("d-fairs", "Norland and Sudmark to organise trade fairs in each other's capitals.", "2031-03-04", source="digest"),
        plan("d-plan", "Norland and Sudmark to prepare a roadmap for river transport.", "2031-03-04", source="digest"),
        plan("d-ports", "Norland and Sudmark to open two river ports to each other's barges.", "2031-03-04", source="digest"),
        plan("d-seeds", "Sudmark to buy seed grain from Norland's breeders.", "2031-03-04", source="digest"),
    ]
    members = set(occasion(propose_links([*visit(), *outcomes], LinkDecisions())).fact_ids)
    assert {"d-rules", "d-forms", "d-fairs", "d-plan"} <= members
