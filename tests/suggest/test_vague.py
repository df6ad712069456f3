"""Round 12's loose sentences: things uncounted and unnamed, others present unnamed.

Invented sentences (countries, people and places), so that each rule is tested as a class of
English with the words that rescue a sentence of its class.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.vague import is_uncounted, is_unnamed_presence
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "During the meeting, our head of state outlined a number of priority tasks.",
        "They are setting some targets.",
        "The two countries would also promote cooperation in several areas, one of them being the economic sector.",
    ],
)
def test_things_neither_counted_nor_named_are_vague(sentence: str) -> None:
    assert is_uncounted(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides have discussed several projects in the areas of energy and defence, the visiting minister said.",
        "Osei outlined a number of tasks for the Vantaa port authority.",
        "They set some targets, among them 5 billion euros of trade by 2030.",
        "The ministers signed several agreements on fisheries.",
    ],
)
def test_a_speaker_a_name_a_figure_or_a_signing_says_which(sentence: str) -> None:
    assert not is_uncounted(sentence)


def test_others_present_unnamed_are_no_claim() -> None:
    sentence = "Other cabinet ministers were also present at the meeting."
    assert is_unnamed_presence(sentence)
    assert not check_worthy(sentence)
    assert not is_unnamed_presence("Foreign Minister Lindqvist was also present at the meeting.")


def test_areas_of_cooperation_agreed_on_and_not_named_are_vague() -> None:
    sentence = "The two leaders agreed on areas of cooperation to be strengthened between the two countries in the coming time."
    assert is_uncounted(sentence)
    assert not check_worthy(sentence)
    assert not is_uncounted("The two leaders agreed on areas of cooperation such as the Vantaa port and the Osei railway.")
