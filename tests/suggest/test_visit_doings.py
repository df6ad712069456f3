"""A meal, a walk, a gift, ties raised and an entourage, each named, are drafted; the same words unnamed or hoped for are not.

Sentences from the labelled pages of half A, where the act was labelled and refused as "no act", and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.visit_doings import relations_raised, visit_doing
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import drafted

DONE = [
    "In Mongolian capital Ulaanbaatar, Macron dined at the museum of Genghis Khan to signify a historic moment.",
    "Head of State Ratu Wiliame Katonivere has presented the Companion of the Order Fiji to India’s President Droupadi Murmu.",
    "He will then have dinner with Federal Chancellor Olaf Scholz (SPD).",
    "Joining Lula's entourage were Congressional Speakers Hugo Motta (Lower House) and Davi Alcolumbre (Senate).",
    "The two countries have resolved to elevate their ties to a strategic partnership level.",
    "The two presidents greeted vendors and passersby while strolling through the Khan El-Khalili market.",
    "Instead, he was flanked by Foreign Secretary Vikram Misri and NSA Ajit Doval.",
    "Both leaders also exchanged views on India’s initiatives under its G20 presidency, UN Security Council reform, "
    "and regional developments including the Indo-Pacific.",
]

NOT_DONE = [
    "Warmly greeted by President Droupadi Murmu and PM Narendra Modi at the forecourt of Rashtrapati Bhavan",
    "The two leaders hope to elevate their ties to a comprehensive strategic partnership.",
    "The delegations later had dinner together.",
    "The leaders walked through the market, interacting with vendors.",
    "Relations could be upgraded to a strategic partnership next year.",
]


@pytest.mark.parametrize("sentence", DONE)
def test_a_named_doing_of_the_visit_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert visit_doing(sentence)
    assert check_worthy(sentence)
    assert [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", NOT_DONE)
def test_an_unnamed_hoped_or_subjectless_doing_is_not(sentence: str) -> None:
    assert not visit_doing(sentence)


def test_a_ceremony_stays_ceremony_whatever_it_names() -> None:
    assert not check_worthy("The President was accorded a guard of honour and had dinner with Prime Minister Modi in his honour.")


@pytest.mark.parametrize(
    "text",
    [
        # half A (the Indian Awaaz, Free Press Journal): refused before as generic prose
        "Both leaders welcomed the elevation of bilateral ties to Enhanced Partnership.",
        "Notably, the talks resulted in the elevation of India-Egypt relations to a 'Strategic Partnership', underscoring the "
        "mutual commitment to further cooperation and collaboration.",
    ],
)
def test_relations_raised_to_a_named_level_told_as_a_noun_are_drafted(text: str) -> None:
    assert relations_raised(text)
    assert check_worthy(text)


@pytest.mark.parametrize(
    "text",
    [
        "The visit will lead to the elevation of ties to a new level.",
        "They may discuss the elevation of relations to a Strategic Partnership.",
    ],
)
def test_relations_raised_to_no_named_level_or_in_doubt_are_not(text: str) -> None:
    assert not relations_raised(text)
