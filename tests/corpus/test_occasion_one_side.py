"""A leader at a visit who names only one side speaks at it: what one side said there is a part of the occasion.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031), and real sentences of two
reports of Biden's meeting with Xi at Woodside on 15 November 2023
(tests/fixtures/intake_final64).  At a meeting of two, a side speaking in the
first person plural ("our partnership", "we will") speaks to the other; so
does a side naming the other as its partner ("ties with").  Since round 46 a
side's remark on anything else ("Biden opened his remarks by saying that
tensions should 'not veer into conflict'") joins too: the labels hold it as
said at the occasion.  A figure in reported speech told after it ("..., Oskaro said"), or a remark on another
day, stays out as before; a line opening on its speaker is said there whatever it tells (since round 73: see
test_speaker_first), and so is a figure in the leader's own words (see test_quoted_figures).
"""

from __future__ import annotations

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, ended, occasion, visit


def guest_said(fact_id: str, quote: str, date: str = "2031-03-04") -> Fact:
    """A statement whose only entity is the guest leader."""
    return make_fact(fact_id, "herald", quote, date, entities=(GUEST[0],), kind="statement", topics=("visits",))


def members(*extra: Fact) -> set[str]:
    return set(occasion(propose_links([*visit(), ended(), *extra], LinkDecisions())).fact_ids)


def test_one_side_speaking_in_the_first_person_plural_joins_the_visit() -> None:
    found = members(guest_said("c-our", "Oskaro said the river trade shows what our partnership can carry, and we will widen it."))
    assert "c-our" in found and "a-arrive" in found


def test_one_side_naming_the_other_as_its_partner_joins_the_visit() -> None:
    found = members(guest_said("c-with", "Oskaro said he values the close ties with the host and its river pilots."))
    assert "c-with" in found and "a-arrive" in found


def test_the_other_side_named_in_the_words_but_not_the_entities_joins_the_visit() -> None:
    found = members(guest_said("c-words", "Oskaro said a new chapter opens in relations between Sudmark and Norland."))
    assert "c-words" in found and "a-arrive" in found


def test_one_side_on_its_own_affairs_joins_the_visit_but_a_figure_told_before_its_speaker_or_another_day_stays_out() -> None:
    found = members(
        guest_said("c-own", "Oskaro said Sudmark will dredge its own harbours."),
        guest_said("c-figure", "Sudmark will build 14 barges in its yards, Oskaro said."),
        guest_said("c-june", "Oskaro said our partnership can carry the river trade.", "2031-06-20"),
    )
    assert {"c-own", "a-arrive"} <= found
    assert not {"c-figure", "c-june"} & found


def test_a_figure_in_a_line_opening_on_its_speaker_joins_the_visit() -> None:
    found = members(guest_said("c-figure", "Oskaro said Sudmark will build 14 barges in its yards."))
    assert {"c-figure", "a-arrive"} <= found


def woodside(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2023-11-15", entities=entities, kind=kind, topics=("meetings",))


BIDEN, XI = "Joe Biden", "Xi Jinping"


def test_a_leaders_remark_naming_only_himself_joins_the_meeting_reported_by_another_outlet() -> None:
    """TAG24's "Biden opened his remarks by saying..." names Biden alone: it joins the meeting The National reports."""
    tag24 = [
        woodside(
            "t-met",
            "tag24",
            "President Joe Biden and Chinese President Xi Jinping shook hands and pledged to steer their countries away from "
            "conflict Wednesday as they met for the first time in a year at a high-stakes summit in California.",
            (BIDEN, XI, "California"),
        ),
        woodside(
            "t-greeting",
            "tag24",
            "The hotly anticipated meeting began with Biden greeting Xi as he stepped out of a black limousine at the scenic "
            "Filoli country estate near San Francisco",
            (BIDEN, XI, "Filoli", "San Francisco"),
        ),
        woodside(
            "t-talks",
            "tag24",
            "The two leaders then headed inside for painstakingly choreographed closed-door talks on issues including Taiwan, "
            "sanctions, and trade that have roiled relations between the world's largest economies.",
            (BIDEN, XI, "Taiwan"),
        ),
        woodside(
            "t-remarks",
            "tag24",
            'Biden opened his remarks by saying that tensions should "not veer into conflict."',
            (BIDEN,),
            kind="statement",
        ),
    ]
    national = [
        woodside(
            "n-agreed",
            "thenationalnews",
            "US President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military-to-military "
            "communications and work to curb fentanyl production, two major outcomes from their first face-to-face talks in a year.",
            (BIDEN, XI),
        ),
        woodside(
            "n-met",
            "thenationalnews",
            "The two leaders met for about four hours on the outskirts of San Francisco, speaking on issues that have strained "
            "US-Chinese relations, and agreed to commit to closer communication.",
            (BIDEN, XI, "San Francisco"),
        ),
    ]
    found = set(occasion(propose_links([*tag24, *national], LinkDecisions())).fact_ids)
    assert {"t-remarks", "t-met", "n-agreed", "n-met"} <= found
