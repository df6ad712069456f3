"""Talks told with what they are about named are drafted; talks in general words, or spread over everything, are not.

Sentences of half A's labelled pages (`intake_final14` to `intake_final138`) and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.named_agendas import held_over_fields, planned_agenda
from briefgen.suggest.worth import check_worthy

PLANNED = [
    "According to the Kremlin, the pair will discuss bilateral cooperation in trade, economic, and investment areas, "
    "as well as regional and international issues.",
    "Both leaders are expected to review the progress of Bangladesh-Malaysia relations, particularly in the areas of "
    "trade and investment, labour, education, tourism and defence.",
    "The leaders will also review expanding cooperation in trade, industry, transport and logistics, energy, "
    "agriculture and water management.",
    "The talks will focus on bilateral economic relations and the war in Ukraine, as India maintains close relations with the Kremlin.",
    "Anwar and Marcos will also talk about regional issues, especially those relating to the South China Sea.",
    "The two ministers are scheduled to discuss energy and tourism on Friday.",
]

NOT_PLANNED = [
    # spread over everything: the fields listed are examples of everything
    "Discussions will focus on reviewing the entire gamut of bilateral relations and identifying new avenues to further "
    "deepen cooperation in diverse sectors, including trade, energy and defence.",
    "The forum is expected to discuss various aspects of China-Arab relations and ways to further advance them.",
    "During the bilateral meeting, the two leaders will discuss all aspects of bilateral relations including political, "
    "security, defence, trade, and economic ties.",
    "Additionally, they will exchange views on pressing international and regional issues.",
    # what the talks span, not what the sides will take up (tests/suggest/test_worth.py keeps it refused)
    "The talks will cover political, economic, cultural and humanitarian matters.",
    # in doubt
    "It is likely that the two leaders will discuss trade, energy and defence.",
    "If they meet, they would discuss trade and energy.",
    # nothing named
    "The visit is expected to focus on strengthening bilateral ties between both countries.",
    # talks held, not planned
    "The two leaders discussed trade and energy.",
]

HELD = [
    "During their talks, the two leaders discussed ways to expand bilateral cooperation across various sectors, "
    "including defence, maritime security, digital technology, agriculture and health.",
    "The two leaders took stock of bilateral relations including in areas of defence, trade and investment, energy, "
    "space technology, health and pharmaceuticals.",
    "The two Presidents engaged in discussions on a wide range of areas, including economic and trade enhancement, "
    "investment, tourism, digital transformation, and culture.",
]

NOT_HELD = [
    # fewer than three fields, or none given as examples
    "PM Donald Tusk and I also discussed ways to expand cooperation in defence and security.",
    "The two leaders discussed ways to further deepen the India-Fiji relationship.",
    "The two sides discussed a range of topics related to boosting bilateral ties and cooperation.",
    # an agenda, not talks held
    "The leaders will review cooperation, including in trade.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_talks_planned_over_named_things_are_drafted(text: str) -> None:
    assert planned_agenda(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_PLANNED)
def test_agendas_in_general_words_are_no_planned_agenda(text: str) -> None:
    assert not planned_agenda(text)


@pytest.mark.parametrize("text", HELD)
def test_talks_held_over_fields_given_as_examples_are_drafted(text: str) -> None:
    assert held_over_fields(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_HELD)
def test_talks_over_fewer_fields_are_not_read_as_held_over_examples(text: str) -> None:
    assert not held_over_fields(text)


def test_general_agendas_stay_refused() -> None:
    assert not check_worthy("The forum is expected to discuss various aspects of China-Arab relations and ways to further advance them.")
    assert not check_worthy("The two leaders discussed ways to further deepen the India-Fiji relationship.")
