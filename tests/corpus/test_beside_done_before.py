"""Background beside a meeting: an act others did before the visit began, and the meeting before this one.

Real sentences of half-A sets (intake_final94, intake_final70, intake_final76,
intake_final50, intake_final34).  Each carries the occasion's words and parties
("arrival", "visit", "met"), yet reports another happening: it is left out of
the occasion's proposal, while the meeting's own parts stay in.
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

MEETING = PartialDate.parse("2025-08-31")


def test_an_act_done_before_the_visit_began_is_beside_it() -> None:
    assert beside_the_visit(
        "Prior to Orban's arrival on Thursday, a bipartisan group of US senators introduced a resolution "
        "calling on Hungary to end its dependence on Russian energy."
    )
    assert beside_the_visit("Ahead of President Dissanayake’s visit, the Cabinet approved a series of new agreements with China.")


def test_words_said_before_the_visit_and_the_visits_own_order_stay_with_it() -> None:
    assert not beside_the_visit("Ahead of his visit, Mr. Modi said Poland was India's key economy partner in Central Europe.")
    assert not beside_the_visit(
        "Before PM Modi's visit, the MEA said that discussions are underway between both nations on a bilateral investment treaty."
    )
    assert not beside_the_visit(
        "Prior to the meeting the Sisi, Modi on Sunday visited the Heliopolis War Cemetery in Cairo "
        "and paid tribute to the Indian soldiers."
    )


def test_the_meeting_before_this_one_is_dated_elsewhere() -> None:
    assert elsewhen("Modi and Xi had last met in Kazan, Russia, on the sidelines of the Brics summit.", MEETING)
    assert not elsewhen(
        "Prime Minister Narendra Modi and Chinese President Xi Jinping held a bilateral meeting in Tianjin on Sunday, "
        "the first such engagement between the two leaders in nearly a year.",
        MEETING,
    )


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...]) -> Fact:
    return make_fact(fact_id, source, quote, "2025-08-31", entities=entities, kind="event", topics=("visits",))


def test_the_meetings_proposal_leaves_out_where_the_two_last_met() -> None:
    facts = [
        fact(
            "a-talks",
            "businesstoday",
            "Prime Minister Narendra Modi and Chinese President Xi Jinping held a bilateral meeting in Tianjin on Sunday.",
            ("Narendra Modi", "Xi Jinping", "Tianjin"),
        ),
        fact(
            "a-arrive",
            "businesstoday",
            "Prime Minister Narendra Modi reached Tianjin on Saturday evening, marking his first trip to China in over seven years.",
            ("Narendra Modi", "Xi Jinping", "Tianjin"),
        ),
        fact(
            "b-met",
            "businessstandard",
            "The two leaders met on the sidelines of the Shanghai Cooperation Organisation (SCO) summit in Tianjin.",
            ("Narendra Modi", "Xi Jinping", "Tianjin"),
        ),
        fact(
            "b-kazan",
            "businessstandard",
            "Modi and Xi had last met in Kazan, Russia, on the sidelines of the Brics summit.",
            ("Narendra Modi", "Xi Jinping", "Kazan"),
        ),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-talks", "a-arrive", "b-met"}]
