"""A named side's readiness to work with the other, or one leader's expressed wish, is drafted; the same words from a
pronoun, from both sides, through a country's possessive or cut off mid-phrase are not.

Sentences of half A's labelled pages (Global Times, CGTN, the Tribune, Xinhua's reprints, Bernama) and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.dispositions import expressed_wish, named_readiness, stated_disposition
from briefgen.suggest.worth import check_worthy

READY = [
    "China stands ready to work with Mexico to uphold mutual respect and equal treatment, and bring bilateral relations to a new level.",
    "Xi said that China is ready to work with Egypt to deepen mutual trust, advance cooperation and contribute to world peace.",
    "Chinese President, Xi Jinping has reiterated his readiness to work closely with President Bola Tinubu to fully unleash "
    "the exemplary roles of China-Nigeria diplomatic friendship.",
    "The Chinese side attaches importance to growing relations with Kuwait and is ready to work with the Kuwaiti side to "
    "take bilateral relations to higher levels.",
    "Vestria is willing to work with Norland to open a new chapter of friendship.",
]

WISHED = [
    "Marcos expressed his desire to explore “fresh opportunities” that could benefit both Vietnam and the Philippines.",
    "President Lourenço expressed hope for future cooperation with Brazil, suggesting it becomes a gateway to the Mercosur.",
    "He also expressed his hope for a future visit from President Al-Sisi to Malaysia.",
    "Al-Sharaa also voiced desire to transform relations with Türkiye into strategic partnership in all fields.",
]

NEITHER = [
    # a pronoun stands for the ready side: judged a generic pledge
    "He expressed readiness to work with Tinubu to fully unleash the exemplary role of China-Nigeria cooperation.",
    # the page cut the sentence mid-phrase: what the work was for is lost
    "China is ready to work with Egypt to tap the potential of cooperation in traditional areas such",
    # a country's readiness or wish said through its possessive
    "Li expressed Beijing’s willingness to work with Addis Ababa to support mutual efforts to ensure stability.",
    "Xi expressed China’s willingness to strengthen strategic cooperation with Vestria.",
    # both sides' shared wish: the generic account of the talks
    "Both sides expressed a strong desire to further deepen cooperation across the entire spectrum of bilateral relations.",
    "The two leaders expressed hope that relations would grow stronger.",
    # readiness with no side named to work with
    "Norland is ready to work with all partners to promote peace.",
]


@pytest.mark.parametrize("text", READY)
def test_a_named_sides_readiness_is_drafted(text: str) -> None:
    assert named_readiness(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", WISHED)
def test_one_leaders_expressed_wish_is_drafted(text: str) -> None:
    assert expressed_wish(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NEITHER)
def test_a_pronoun_both_sides_a_possessive_or_a_cut_line_is_not(text: str) -> None:
    assert not stated_disposition(text)
    assert not check_worthy(text)
