"""A named leader's stand toward a named party ("Dahl dismissed Lund's accusations …") is drafted.

Invented text: Olaf Dahl leads Vestria, hosting Norland's President Anna Berg; Maren Lund leads Ostria.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.stances import stance_taken
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_after_visit_lede

STAND = "Dahl dismissed Lund's accusations against Norland as “absurd.”"


def test_the_stand_is_drafted_and_the_thanks_beside_it_are_not() -> None:
    spans = spans_after_visit_lede(STAND, "Berg thanked Dahl for the warm hospitality of his hosts.")
    assert "Dahl dismissed Lund's accusations" in spans
    assert "hospitality" not in spans


@pytest.mark.parametrize(
    "sentence",
    [
        STAND,
        "PM Dahl urged Norland to open its market to Vestria's salmon and timber.",
        "Berg then declined Lund's proposals for a ceasefire.",
        "However, Dahl rejected suggestions his government might give Ostria a naval foothold in the region.",
        "President Berg praised Vestria’s efforts to de-escalate tensions and provide humanitarian aid.",
        "When asked about Ostria's demands, the Vestrian prime minister praised Norland's new Arctic strategy.",
        "Both Berg and Dahl urged the Nordic Council to issue new rules for cross-border mergers.",
        "Mr. Dahl has denied any hostile intent in his criticism of Ostria.",
        "President Berg further pressed on the need for the safety of citizens in the fight against terrorism.",
    ],
)
def test_a_named_leaders_stand_is_worth_drafting(sentence: str) -> None:
    assert stance_taken(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun: whose stand it is lies in the sentence before
        "He dismissed Lund's accusations against Norland as “absurd.”",
        # a country: a government's record, not a leader's word at the visit
        "Romania denied Ukraine's claim that drones had exploded on its territory.",
        "The United States has criticized Ostria for its debt diplomacy.",
        # urging both sides is a wish for the ties
        "Dahl called on both sides to build on the momentum and strengthen unity.",
        # praise of a country's progress, not of a named party's effort
        "Berg praised Vestria's positive and comprehensive transformation.",
        # no stand taken
        "Dahl received Berg at the palace.",
    ],
)
def test_pronouns_countries_wishes_and_praise_are_no_stance(sentence: str) -> None:
    assert not stance_taken(sentence)
