"""A visitor's address to an audience, or time with it, is drafted; addressing an issue or a caption's present is not.

Sentences from the labelled pages of half A, where the address was labelled and went undrafted, and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.audiences import addresses_audience
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted

ADDRESSED = [
    "In the next engagement, the President addressed the Parliament of Fiji.",
    "The morning of pageantry was followed by a trip to Westminster where the emir addressed both chambers of the Houses of Parliament.",
    "He will also interact with business leaders from both countries as well as with the Indian community in Greece.",
    "He is also scheduled to address a gathering of the Indian diaspora.",
    "Prime Minister Modi also interacted with Indians in Austria and other members of the community.",
    "Furthermore, the two leaders are also expected to address business leaders from Norland and Vestria.",
]

NO_AUDIENCE = [
    "Macron did not address Trump's attacks on Canada but noted that the talks were long.",
    "French President Emmanuel Macron interacts with students at Bikaner House",
    "Addressing the gathering, the King said that the award is a gift from the people.",
    "The two leaders agreed to address the concerns of the business community later.",
    "She assured the Fijian parliamentarians that India stands with Fiji.",
]


@pytest.mark.parametrize("sentence", ADDRESSED)
def test_an_address_to_a_named_audience_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert addresses_audience(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", NO_AUDIENCE)
def test_an_issue_addressed_a_caption_or_a_speech_opening_names_no_audience(sentence: str) -> None:
    assert not addresses_audience(sentence)


def test_the_address_alone_rescues_no_courtesy() -> None:
    """Warm words around an address stay courtesy: the rule only weighs what no other class refused."""
    assert not check_worthy("He thanked the lawmakers warmly for the honour after he addressed the parliament.")
