"""A side's description of the visit, an accord, the ties or someone in its own quoted words is drafted; the talks
described, words of courtesy and the writer's praise of a side are not.

Sentences of the engineer's own sample (nambc.org on Mongolia and the United States, Vietnam+ on Laos and Vietnam) and
of half A's labelled pages (Caspian News, Astana Times, Global Legal Review, the Hindustan Times, TechJuice), with the
invented ones of the worth test's earlier rounds.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.descriptions import described_span, without_description
from briefgen.suggest.worth import check_worthy

DESCRIBED = [
    'Biden described Mongolia as "an emerging leader in the worldwide democratic movement, a responsible actor on the '
    'world stage and a close friend and partner of the United States ."',
    "At a joint press conference, Prime Minister al-Sudani described the signed agreements as a roadmap for enhancing Iran-Iraq relations.",
    "Tokayev emphasized the historical significance of Scholz’s visit, describing it as a significant opportunity to "
    "elevate Kazakh-German relations.",
    "Following the talks, President Prabowo described the bilateral relationship as “getting stronger again.”",
    "A statement from Sharif’s office described it as “a project of strategic importance.”",
    "It will become a hub of high-quality education not only for Tanzania but for students from regional countries,” "
    "Modi said, describing Tanzania as India’s “largest and closest development partner in Africa”.",
]

NOT_DESCRIBED = [
    # a mechanism praised, in the writer's words (own sample, Vietnam+)
    "Welcoming Minh’s official visit, the top leaders of Laos described the political consultation between the foreign "
    "ministers as an important cooperation mechanism for both sides to discuss strategic issues so that the foreign "
    "ministries can coordinate effectively to advise their respective Party and State leaders about diplomatic works.",
    # the talks described, and a side praised in the writer's words
    'Putin described his talks with Mirziyoyev as "constructive" and "very useful."',
    "Kallas said the talks were productive and described Latvia as a brotherly nation.",
    # a meeting's courtesy, whatever it is said of
    "Sharing departure photographs from Jordan on X, PM Modi described the visit as “immensely productive” and said it "
    "further strengthened India-Jordan ties across key sectors.",
]


@pytest.mark.parametrize("sentence", DESCRIBED)
def test_a_sides_description_is_found_and_drafted(sentence: str) -> None:
    assert described_span(sentence) is not None
    assert check_worthy(sentence)


@pytest.mark.parametrize("sentence", NOT_DESCRIBED)
def test_the_talks_courtesy_and_praise_are_no_description(sentence: str) -> None:
    assert described_span(sentence) is None
    assert not check_worthy(sentence)


def test_the_rest_of_the_sentence_is_weighed_without_the_description() -> None:
    sentence = "Following the talks, President Prabowo described the bilateral relationship as “getting stronger again.”"
    assert "describ" not in without_description(sentence)
    assert without_description("The leaders met in the capital.") == "The leaders met in the capital."
