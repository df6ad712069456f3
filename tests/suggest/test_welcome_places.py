"""Where a visitor was welcomed is drafted, however ceremonial; a welcome with no place, only a city, or a link is not.

Sentences from the labelled pages of half A, where the welcome was labelled and went undrafted, and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.welcome_places import welcomed_at_named_place
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted

WELCOMED_AT = [
    "William Ruto was accorded a ceremonial welcome at the forecourt of the Rashtrapati Bhavan.",
    "Later, Prime Minister Modi was given a ceremonial welcome at the National Palace, where he inspected the Guard of Honour.",
    "Macron's day began by inspecting the guard of honor at Rashtrapati Bhavan.",
    "The official welcome ceremony will take place at Akorda, the residence of the Kazakh leader.",
    "He is set to receive a ceremonial welcome at the forecourt of Rashtrapati Bhawan on Tuesday.",
    "Earlier, Chinese Prime Minister Li Qiang welcomed PM Oli at the Great Hall of the People in Beijing.",
    "Xi welcomed Ramaphosa to the Great Hall of the People in a red-carpet ceremony with a guard of honor.",
    "Sultan Ibrahim and Raja Zarith Sofiah will be accorded a state welcoming ceremony at Istana Nurul Iman.",
]

NOT_WELCOMED_AT = [
    "He also inspected a Guard of Honour.",
    "PM Modi was accorded a ceremonial welcome in Warsaw.",
    "On his arrival at the venue, the prime minister was warmly received and also given a guard of honour.",
    "Also Read Video: Saudi Crown Prince accorded ceremonial reception at Rashtrapati Bhavan",
    "After receiving a ceremonial welcome at Rashtrapati Bhavan, Ruto said that India and Kenya need to consolidate the relationship.",
    "The President welcomed PM Anwar Ibrahim's commitment to protect migrant workers at Kuala Lumpur.",
    "The guard of honour was presented at President Xi's invitation.",
]


@pytest.mark.parametrize("sentence", WELCOMED_AT)
def test_a_welcome_at_a_named_place_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert welcomed_at_named_place(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", NOT_WELCOMED_AT)
def test_a_welcome_with_no_place_only_a_city_or_a_link_is_not(sentence: str) -> None:
    assert not welcomed_at_named_place(sentence)


def test_a_welcome_in_a_city_stays_ceremony() -> None:
    assert not check_worthy("PM Modi was accorded a ceremonial welcome in Warsaw.")


def test_a_welcome_at_a_named_place_is_an_event_of_its_day(corpus: Corpus) -> None:
    sentence = "Kenyan President William Ruto was on Tuesday accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan."
    (draft,) = drafted(corpus, sentence)
    assert (draft.fields["kind"], draft.fields["date"]) == ("event", "2025-09-16")


def test_a_welcome_told_with_an_arrival_at_a_named_place_is_drafted_for_the_arrival() -> None:
    assert check_worthy("The MEA said Prime Minister Modi arrived in Ethiopia on Tuesday and was accorded a warm welcome.")
    assert not check_worthy("On arrival, the Prime Minister was accorded a warm welcome.")
