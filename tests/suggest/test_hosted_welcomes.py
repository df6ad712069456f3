"""A welcome ceremony with its host named is drafted; a ceremony with no host stays undrafted.

Sentences from the labelled pages, where the named host's welcome was labelled and went undrafted.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.hosted_welcomes import hosted_welcome
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted

HOSTED = [
    "Japanese Prime Minister Kishida Fumio and his spouse hosted a welcome ceremony for Thuong and his spouse.",
    "On his arrival, the Chinese leader attended a welcome ceremony held by Cambodian King Norodom Sihamoni.",
    "President Lương Cường chaired the official welcome ceremony and state banquet in honour of President Macron and his spouse.",
    "Xi attended a grand welcome ceremony hosted by Boluarte.",
]

UNHOSTED = [
    "A smartly turned out contingent of Azerbaijan armed forces presented a guard of honour to the Prime Minister.",
    "Guards of honor lined up on both sides of the red carpet, and local youths in beautiful national costumes "
    "lined the road to welcome them.",
    "On his arrival at the venue, the prime minister was warmly received and also given a guard of honour.",
    "An official welcome ceremony was held at the palace.",
]


@pytest.mark.parametrize("sentence", HOSTED)
def test_the_welcome_of_a_named_host_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert hosted_welcome(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", UNHOSTED)
def test_a_ceremony_with_no_host_named_stays_ceremony(sentence: str) -> None:
    assert not hosted_welcome(sentence)
    assert not check_worthy(sentence)


HOSTED_MEALS = [
    "President Berg and her husband later hosted a state banquet in their honour.",
    "After the talks, Prime Minister Dahl will host a lunch in his honour.",
    "President Berg will hold a welcome ceremony and banquet for President Dahl.",
    "A formal dinner was held in his honour at the Kalvik palace, hosted by President Berg.",
    # the guest named between the host and the meal, and a meal given "in honor of" the guest by name
    "President Berg would host President Dahl to a state dinner in his honour at the Kalvik conference centre later in the evening.",
    "Following the talks, President Berg hosted a dinner in honor of Dahl, underscoring the deepening friendship between the two nations.",
]

UNHOSTED_MEALS = [
    "A dinner was given in his honour.",
    "The two delegations attended a welcome ceremony at the palace.",
]


@pytest.mark.parametrize("sentence", HOSTED_MEALS)
def test_a_meal_or_a_welcome_given_by_a_named_host_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert hosted_welcome(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", UNHOSTED_MEALS)
def test_a_meal_with_no_host_named_stays_ceremony(sentence: str) -> None:
    assert not hosted_welcome(sentence)
    assert not check_worthy(sentence)
