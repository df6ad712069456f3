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


def test_a_side_named_by_an_adjective_its_dependencies_share_keeps_the_draft() -> None:
    """The adjective "French" is Réunion's too; in the news it is France's."""
    lede = (
        "France and Indonesia have signed a preliminary defence pact that could lead to new orders of French military "
        "equipment, including Rafale fighter jets and Scorpene submarines, French President Emmanuel Macron said on Wednesday."
    )
    sides = page_sides("Macron hints at Rafale orders under France-Indonesia pact", lede, [lede])
    assert not third_party_background("The French president is scheduled to fly to Singapore on Thursday.", sides)
    assert third_party_background("Singapore has long bought its own jets elsewhere.", sides)


def test_a_part_of_a_side_names_the_side() -> None:
    """Wales is the United Kingdom's, under its ISO code: the Welsh Guards are a side's troops."""
    lede = (
        "King Charles and Keir Starmer welcomed Qatar’s emir, Sheikh Tamim bin Hamad Al Thani, for a state visit to Britain "
        "on Tuesday that the prime minister hopes will help build on the Gulf state’s investment in the country."
    )
    arrival = "The emir arrived by car at Horse Guards Parade in London with Prince William and his wife Kate."
    sides = page_sides("King Charles welcomes Qatar's emir as state visit begins", lede, [lede, arrival])
    sentence = "Charles, who is continuing his own treatment for cancer, and the emir inspected the 1st Battalion Welsh Guards."
    assert not third_party_background(sentence, sides)


def test_the_two_governments_are_the_sides() -> None:
    lede = "Japan and Germany vowed to deepen cooperation on defence and climate protection."
    sides = page_sides("Germany, Japan vow to deepen ties on defence, raw materials", lede, [lede])
    sentence = "In a declaration issued after the summit, the two governments condemned Russia’s war in Ukraine."
    assert not third_party_background(sentence, sides)


def test_a_side_spelt_with_its_accents_is_named() -> None:
    title = "Erdogan, Anwar Pledge to Double Türkiye-Malaysia Trade, Call for Action on Gaza Crisis"
    lede = "Malaysian Prime Minister Anwar Ibrahim welcomed the visit."  # the page names Türkiye only with its accent here
    sides = page_sides(title, lede, [lede])
    sentence = "He reiterated Türkiye’s longstanding support for a two-state solution based on the 1967 borders, with Palestine."
    assert not third_party_background(sentence, sides)


def test_a_region_named_by_a_countrys_adjective_is_not_that_country() -> None:
    """The words "North American" name a continent's trade pact: the United States stays a third country of a Mexico–Canada page."""
    title = "Sheinbaum and Carney unite to strengthen North American trade pact"
    lede = (
        "Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney vowed to strengthen their trade "
        "alliance, pledging to coordinate closely ahead of the scheduled 2026 review of the North American trade pact."
    )
    sides = page_sides(title, lede, [lede])
    sentence = (
        "U.S. President Donald Trump has reintroduced tariff measures and questioned whether the trade deal truly benefits his country."
    )
    assert third_party_background(sentence, sides)
