"""A page that announces a visit months ahead is of the visit: dated by the visit's days, not by its own.

Real sentences of half A (``intake_final64``, ``intake_final2``): the Nation's page of
16 February 2024 announcing Ruto's state visit to Washington in May, a report of
the visit on 23 May, and a report of Erdogan's visit to Cairo in February 2024
that mentions Sisi's invitation to Turkey "next April" (see :mod:`briefgen.corpus.announced`).
"""

from __future__ import annotations

from briefgen.corpus.announced import announced_visit
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

RUTO = ("William Ruto", "Joe Biden", "Kenya", "United States")


def fact(fact_id: str, source: str, quote: str, date: str, kind: str, entities: tuple[str, ...] = RUTO) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def announcement() -> list[Fact]:
    """The Nation's page of 16 February: one plan dated 23 May, its other lines dated by the page."""
    return [
        fact(
            "n-scheduled",
            "nation",
            "President William Ruto is scheduled to be in Washington, US, on May 23, 2024 on an official State visit "
            "where he will be hosted by US President Joe Biden.",
            "2024-05-23",
            "plan",
        ),
        fact(
            "n-upcoming",
            "nation",
            "“The upcoming visit will mark the 60th anniversary of US-Kenya diplomatic relations and will celebrate a "
            "partnership that is delivering for the people of the United States and Kenya.",
            "2024-02-16",
            "statement",
        ),
        fact(
            "n-strengthen",
            "nation",
            "The visit will strengthen our shared commitment to advance peace and security, expand our economic ties, "
            "and stand together in defense of democratic values.”",
            "2024-02-16",
            "statement",
        ),
        fact("n-first", "nation", "This will be the first official visit by the head of state to the United States.", "2024-02-16", "plan"),
    ]


def report_of_the_visit() -> list[Fact]:
    """Swissinfo's page of 23 May, on the visit."""
    return [
        fact(
            "s-arrived",
            "swissinfo",
            "Ruto arrived in the U.S. on Wednesday as part of three-day state visit that includes bilateral talks "
            "with Biden on Thursday followed by a lavish state dinner in the evening.",
            "2024-05-22",
            "event",
        ),
        fact(
            "s-announce",
            "swissinfo",
            "U.S. President Joe Biden and Kenyan President William Ruto will announce on Thursday investments in green "
            "energy and health manufacturing in the east African nation and a plan to reduce its debt burden,",
            "2024-05-23",
            "plan",
        ),
    ]


def occasion_members(facts: list[Fact]) -> set[str]:
    """The facts of the event proposals that join both sources."""
    found: set[str] = set()
    for proposal in propose_links(facts, LinkDecisions()):
        sources = {f.split("-")[0] for f in proposal.fact_ids}
        if proposal.kind == "event" and len(sources) >= 2:
            found |= set(proposal.fact_ids)
    return found


def test_the_page_announcing_a_visit_in_february_joins_the_report_of_it_in_may() -> None:
    found = occasion_members(announcement() + report_of_the_visit())
    assert {"n-strengthen", "n-upcoming", "n-scheduled", "s-arrived"} <= found


def test_the_announced_visit_is_dated_by_its_plan_not_by_the_page() -> None:
    facts = [prepare(f) for f in announcement()]
    plans = announced_visit(facts[1:], facts, PartialDate.parse("2024-02-16"))
    assert [p.fact.id for p in plans] == ["n-scheduled"]


def test_a_report_of_a_visit_that_mentions_the_next_one_announces_nothing() -> None:
    cairo = ("Recep Tayyip Erdogan", "Abdel Fattah al-Sisi", "Egypt", "Türkiye")
    facts = [
        prepare(fact(fact_id, "exbulletin", quote, date, kind, cairo))
        for fact_id, quote, date, kind in [
            (
                "e-arrived",
                "Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday for in-depth talks with his "
                "Egyptian counterpart, President Abdel Fattah El-Sisi.",
                "2024-02-14",
                "event",
            ),
            (
                "e-chapter",
                "During a press conference at Al-Ittihadiya Palace in Cairo on Wednesday, Sisi stressed that Egypt and "
                "Turkey are “opening a new chapter together” to enrich their bilateral relations",
                "2024-02-14",
                "statement",
            ),
            (
                "e-april",
                "The Egyptian president said he received an invitation from President Erdogan to visit Turkey next April "
                "to continue efforts to improve the two countries' relations in various fields.",
                "2024-04",
                "plan",
            ),
        ]
    ]
    assert announced_visit(facts[:2], facts, PartialDate.parse("2024-02-14")) == []


def test_a_page_telling_the_last_visit_before_announcing_the_next_announces_nothing() -> None:
    """The National Herald of 22 January 2024 (``intake_final54``): Modi's visit to Athens, told by the page's day."""
    athens = ("Narendra Modi", "Kyriakos Mitsotakis", "Greece", "India")
    facts = [
        prepare(fact(fact_id, "nationalherald", quote, date, kind, athens))
        for fact_id, quote, date, kind in [
            (
                "h-directed",
                "In Modi’s visit to Athens, he and Mitsotakis directed officials to ensure dialogue in the areas including "
                "political, economic, defense, security and public diplomacy and encourage direct flights between Greece and India.",
                "2024-01-22",
                "event",
            ),
            (
                "h-entrepreneurs",
                "A meeting of Greek and Indian entrepreneurs was held during Modi’s visit to seek business deals and "
                "contacts between Greek and Indian companies,",
                "2024-01-22",
                "event",
            ),
            (
                "h-due",
                "Prime Minister Kyriakos Mitsotakis is due to visit India in February to meet Prime Minister Narendra Modi, "
                "who came to Greece in 2023 where they talked about a strategic partnership.",
                "2024-02",
                "plan",
            ),
        ]
    ]
    assert announced_visit(facts[:2], facts, PartialDate.parse("2024-01-22")) == []
