"""A sentence of background on a third country gets no draft; a near miss naming a side keeps its draft."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.third_parties import Sides, page_sides, third_party_background

_TITLE = "China, Bangladesh sign nine deals as Yunus meets Xi"
_LEDE = "Chinese President Xi Jinping met Bangladesh's chief adviser Muhammad Yunus in Beijing on Friday."
_BODY = [
    _LEDE,
    "Dhaka and Beijing signed nine agreements on water and health.",
    "The previous Hasina government wanted India to do the Teesta river basin project.",
]


def _sides() -> Sides:
    return page_sides(_TITLE, _LEDE, _BODY)


def test_background_on_a_third_country_gets_no_draft() -> None:
    assert third_party_background("The previous Hasina government wanted India to do the Teesta river basin project.", _sides())


def test_a_side_named_by_its_capital_or_adjective_keeps_the_draft() -> None:
    sides = _sides()
    assert not third_party_background("Beijing wants India to join the Teesta project.", sides)
    assert not third_party_background("Bangladeshi officials say India offered to fund the Teesta project.", sides)


def test_a_side_named_by_its_leader_keeps_the_draft() -> None:
    assert not third_party_background("Xi said India had offered to fund the Teesta project.", _sides())


def test_a_meeting_with_a_third_country_keeps_the_draft() -> None:
    assert not third_party_background("India is yet to confirm the meeting at the BIMSTEC summit.", _sides())


def test_a_sentence_naming_no_country_is_left_to_the_other_rules() -> None:
    assert not third_party_background("The Teesta river basin project was proposed in 2016.", _sides())


def test_the_drafts_of_a_page_leave_out_the_third_country_background() -> None:
    body = "\n\n".join(
        [
            _LEDE,
            "Dhaka and Beijing signed nine agreements on water and health worth $2.1 billion.",
            "The previous Hasina government wanted India to do the Teesta river basin project.",
            "Bangladesh wants China to fund the Teesta river basin project.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2025, 3, 28), 2025, _TITLE)
    drafted = " ".join(span.text for _, span, _ in spans)
    assert "Hasina government wanted India" not in drafted
    assert "Bangladesh wants China to fund" in drafted
    assert "signed nine agreements" in drafted


_PH_TITLE = "Philippines, Japan sign reciprocal access agreement"
_PH_LEDE = "Japan and the Philippines signed a defence pact in Manila on Monday."
_PH_BODY = [
    _PH_LEDE,
    "Marcos, the Philippine president, welcomed the pact.",
    "Spain's Prime Minister Pedro Sánchez was in Beijing the same week.",
]


def test_a_leader_the_page_names_after_the_side_keeps_the_draft() -> None:
    sides = page_sides(_PH_TITLE, _PH_LEDE, _PH_BODY)
    assert not third_party_background("Marcos said Vietnam had protested the incident too.", sides)


def test_a_leader_the_page_names_with_a_possessive_title_keeps_the_draft() -> None:
    lede = "Spain's Prime Minister Pedro Sánchez met Chinese President Xi Jinping in Beijing on Friday."
    sides = page_sides("Spain and China talk trade", lede, [lede])
    assert not third_party_background("Sánchez said Morocco would host the football World Cup with Portugal.", sides)
    assert third_party_background("The European Union imposed tariffs on cars made in the United States.", sides)


def test_a_third_countrys_leader_stays_a_third_party() -> None:
    sides = page_sides(_PH_TITLE, _PH_LEDE, _PH_BODY)
    assert third_party_background("Sánchez has long urged Spain to trade more with Latin America.", sides)
