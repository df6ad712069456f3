"""Acts that leave a trace without a verb of signing or meeting: who travels with a leader, a text adopted,
goods provided, an intention stated, the next stops of a tour.

Invented sentences (countries, people and places), each class beside the near miss that must
still get no draft.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        # the members of a delegation, named: who was there is checkable
        "President Doe was accompanied by Minister of Foreign Affairs Jane Roe and Governor Tom Smith of Aven, among others.",
        "The Prime Minister will be accompanied by the Minister of Foreign Affairs, Jane Roe, and the Minister of Culture, Tom Smith.",
        "State media reported that Doe's entourage included Tom Smith, a senior party official, and Foreign Minister Jane Roe.",
        # a text adopted, goods provided, an intention, a tour's next stops
        "The countries also adopted a 'Comprehensive Maritime Partnership' to guide their navies.",
        "Norland has provided Sudria with armoured vehicles used along the northern border.",
        "In the near future, the parties intend to double this figure.",
        "Following Sudria, President Doe will continue his tour to Aventia and Lumen.",
    ],
)
def test_a_named_delegation_or_a_text_adopted_is_drafted(sentence: str) -> None:
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a companion with no name is no list of who came
        "The president was accompanied by a sense of optimism about the future of the partnership.",
        # a wish to deepen ties is still generic, whatever is intended or adopted
        "The sides intend to further strengthen friendship and cooperation in various fields.",
        "The leaders thanked each other for the warm and friendly approach adopted during the talks.",
    ],
)
def test_an_unnamed_companion_or_a_generic_intention_gets_no_draft(sentence: str) -> None:
    assert not check_worthy(sentence)


def test_a_delegation_listed_with_titles_of_office_is_one_sentence_and_drafted() -> None:
    body = (
        "President Doe was accompanied by Minister of Culture Jane Roe, Sen. Tom Smith, Governor of Aven, "
        "and Gov. Ann Lee of Lumen, among others. The talks began at noon."
    )
    first = split_sentences(body)[0].text
    assert first.endswith("among others.")
    assert check_worthy(first)
