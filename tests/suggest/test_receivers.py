"""The person who received a visitor is drafted, warmth and ceremony around it; a caption, a guard or a reaction is not.

Sentences from the labelled pages of half A, where the reception was labelled and went undrafted, and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.receivers import received_by_name
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted

RECEIVED = [
    "She was received by the Prime Minister Sitiveni Rabuka of Fiji at the airport and accorded ceremonial welcome.",
    "Upon arrival at the Federal Chancellery, Prime Minister was received by Prime Minister Donald Tusk and accorded a ceremonial welcome.",
    "As a special gesture, the PM was warmly received by his Croatian counterpart Andrej Plenkovic at the Franjo "
    "Tudman Airport with a ceremonial welcome.",
    "On his arrival, Modi was welcomed at the airport by Croatian Prime Minister Andrej Plenkovic whom he thanked for the warm gesture.",
    "Upon his arrival at the airport, he was received by Murlidhar Mohol, Minister of State for Civil Aviation, before "
    "being accorded a ceremonial Guard of Honour.",
]

NOT_RECEIVED = [
    "Kenyan President William Samoei Ruto being welcomed by Prime Minister Narendra Modi during a meeting at the "
    "Hyderabad house in New Delhi",
    "President Lee Jae Myung is welcomed by U.S. President Donald Trump right after arriving at the White House",
    "Putin's overtures have been warmly welcomed by Baku.",
    "The President was welcomed by a Guard of Honour and a ceremonial welcome.",
    "Prabowo was welcomed by the Indonesian diaspora consisting of children, parents and young people.",
]


@pytest.mark.parametrize("sentence", RECEIVED)
def test_the_person_who_received_the_visitor_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert received_by_name(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", NOT_RECEIVED)
def test_a_caption_a_guard_a_crowd_or_a_reaction_names_no_receiver(sentence: str) -> None:
    assert not received_by_name(sentence)


def test_a_ceremony_with_no_receiver_stays_ceremony() -> None:
    assert not check_worthy("The President was welcomed by a Guard of Honour and a ceremonial welcome.")
