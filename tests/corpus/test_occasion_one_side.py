"""A leader at a visit who names only one side still speaks to the other: "our", "with", or the other named in words.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  At a meeting of two, a side
speaking in the first person plural ("our partnership", "we will") speaks to
the other; so does a side naming the other as its partner ("ties with") or a
statement naming the other side in its words though its entities leave it out.
A side's remark on its own affairs, or a figure, stays out as before.
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


def test_one_side_on_its_own_affairs_or_a_figure_stays_out() -> None:
    found = members(
        guest_said("c-own", "Oskaro said Sudmark will dredge its own harbours."),
        guest_said("c-figure", "Oskaro said we will build 14 barges in our yards."),
        guest_said("c-june", "Oskaro said our partnership can carry the river trade.", "2031-06-20"),
    )
    assert "a-arrive" in found
    assert not {"c-own", "c-figure", "c-june"} & found
