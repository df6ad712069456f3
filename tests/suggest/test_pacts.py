"""What a treaty, a pact or a roadmap holds, or work on one, is drafted; a pact only mentioned is weighed by its other words.

Sentences from the development sets (intake_final12, intake_final28, intake_final50, intake_final66).
"""

from __future__ import annotations

import functools

import pytest

from briefgen.suggest.pacts import states_a_pact
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

HOLDS = (
    "The treaty will include measures to improve citizens' contacts between the two countries, "
    "for example by simplifying border procedures for school trips"
)
PROVISIONS = (
    "This pact includes provisions for military training, technology sharing, and enhanced collaboration to ensure regional stability"
)
ROADMAP = (
    "In their delegation-level talks, the two prime ministers discussed a roadmap to strengthen the strategic partnership in "
    "diverse areas including trade, investment, energy, defence, security, health, education, technology and people-to-people ties"
)
MENTIONED = "Atomic weapons are not explicitly mentioned in the new treaty, according to the German official"
BODY = (
    "German Chancellor Friedrich Merz and British Prime Minister Keir Starmer signed a friendship treaty in London on Thursday.\n\n"
    f"{HOLDS}.\n\n"
    f"{MENTIONED}.\n\n"
    "I’m indebted to Nicolai von Ondarza of Chatham house for his analysis of the treaty."
)


_drafted = functools.partial(spans_drafted, ref_year=2025)


def test_what_the_treaty_holds_is_drafted_and_a_courtesy_naming_it_is_not() -> None:
    drafted = _drafted(BODY)
    assert HOLDS in drafted
    assert MENTIONED in drafted
    assert not any("indebted" in text for text in drafted)


STRENGTHENS = "The treaty strengthens their transport, trade, energy, military, and education ties"


@pytest.mark.parametrize("sentence", [PROVISIONS, ROADMAP, STRENGTHENS])
def test_a_pacts_content_or_work_on_it_anchors_words_that_are_generic_alone(sentence: str) -> None:
    assert check_worthy(sentence + ".")


@pytest.mark.parametrize(
    "sentence",
    [
        # the pact's role judged, not what it holds
        "He emphasized the importance of strengthening ties in politics, security, trade, transport, and energy, "
        "highlighting the treaty’s role in deepening cooperation between the two nations.",
        # a forecast of a roadmap
        "It would be an opportunity to chart a roadmap for a futuristic partnership for the benefit of our people and the region.",
        # a treaty named as a title
        "The Treaty of Friendship includes a clause on the two countries' cultural exchanges.",
    ],
)
def test_a_pact_only_mentioned_or_named_as_a_title_states_none(sentence: str) -> None:
    assert not states_a_pact(sentence)
