"""Sentence ends a copied page hides behind a glued quotation mark or the network "X" (briefgen.text.lost_breaks).

The splitting cases are lines of half A's pages where the lost end kept a labelled claim from being drafted
(Business Standard on India–Oman, Current India on India–Ethiopia, The Statesman on India–Tanzania); the unchanged
cases are lines of the engineer's own sample on relations no set uses (Nigeria–Ghana, Brazil–Portugal).
"""

from __future__ import annotations

import pytest

from briefgen.suggest.sentences import split_sentences
from briefgen.text.english import sentence_spans
from briefgen.text.lost_breaks import lost_breaks, network_named


def _glued(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, glued=True)]


def test_the_network_x_ends_its_sentence() -> None:
    text = (
        "The youth of both nations will greatly benefit,” Prime Minister Narendra Modi said on X. Under the deal, Indian "
        "exports worth $3.64 billion, currently facing 5 per cent import duty in Oman, will move to zero per cent duty."
    )
    assert _glued(text)[1].startswith("Under the deal, Indian exports worth $3.64 billion")
    assert network_named(text, text.index("X.") + 1)


def test_a_closing_mark_glued_to_the_next_sentence_ends_the_first() -> None:
    text = (
        "In 2023, during India’s G20 Presidency, the African Union was admitted as a permanent member of the G20.”The "
        "Prime Minister is also expected to address a joint session of the Ethiopian Parliament."
    )
    assert _glued(text) == [
        "In 2023, during India’s G20 Presidency, the African Union was admitted as a permanent member of the G20.”",
        "The Prime Minister is also expected to address a joint session of the Ethiopian Parliament.",
    ]


def test_a_closing_mark_set_where_the_opening_one_belongs_opens_the_next_sentence() -> None:
    body = (
        "The PM said India and Tanzania were important partners for mutual trade and investment. ”Both sides are working "
        "on an agreement to increase trade in local currencies. We will continue to explore new opportunities,” he added."
    )
    assert [s.text for s in split_sentences(body)][:2] == [
        "The PM said India and Tanzania were important partners for mutual trade and investment.",
        "”Both sides are working on an agreement to increase trade in local currencies.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“Both leaders pledged to intensify bilateral cooperation for the benefit and development of the sub-region,’’ he said.",
        "President Mahama said, “We’ve also agreed as two brotherly nations to encourage closer cooperation between the "
        "intelligence and anti-graft institutions of our two nations.”",
        "The president Luiz Inacio Lula da Silva (PT) announced this Saturday (22.Apr.2023) the installation of an office "
        "for ApexBrasil (Brazilian Trade and Investment Promotion Agency) in Lisbon, Portugal.",
        "Nigerian President Muhammadu Buhari held a closed door meeting with President Nana Akufo-Addo of Ghana on Sunday "
        "night at the Presidential Villa, Abuja.The Personal Assistant on New Media to the Nigerian President, Mr. Bashir "
        "Ahmad, who confirmed the visit and meeting of the two leaders on his Twitter handle on Monday, did not give any "
        "details on what they discussed.",
    ],
)
def test_lines_with_no_lost_end_keep_their_sentences(text: str) -> None:
    assert lost_breaks(text) == []


def test_a_single_capital_not_after_on_stays_an_initial() -> None:
    text = "Mr. Bashir Ahmad confirmed it on his Twitter handle, quoting President Muhammadu B. Buhari."
    assert not network_named(text, text.index("B.") + 1)


def test_a_straight_mark_glued_to_the_next_word_is_left_alone() -> None:
    text = 'The visit was announced on Thursday."This visit aims to consolidate the partnership," the presidency said.'
    assert lost_breaks(text) == []
