"""Round 14's page furniture and weighed ties: captions, section questions, list lead-ins, biographies, sourcing
lines, words to the guest, ties weighed; and the real claims the old furniture pattern dropped.

Invented sentences (people, places and bodies), so that each rule is tested as a class.
"""

from __future__ import annotations

import functools

from briefgen.suggest.courtesies import is_weighed_ties
from briefgen.suggest.furniture import (
    is_author_biography,
    is_list_lead_in,
    is_picture_caption,
    is_section_question,
    is_sourcing_line,
)
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted


def test_a_caption_in_the_present_tense_of_a_picture_is_not_drafted() -> None:
    for caption in (
        "PM Lena Osei welcomes Norland President Erik Lindqvist at Vantaa House ahead of the bilateral talks",
        "(Source: Foreign Ministry spokesperson/X) PM Lena Osei greets President Erik Lindqvist at Vantaa House",
        "Prime Minister Lena Osei is also seen with the visiting delegation | anna berg",
    ):
        assert is_picture_caption(caption)
        assert not check_worthy(caption)


def test_the_same_event_told_in_the_past_tense_is_drafted() -> None:
    sentence = "PM Lena Osei welcomed Norland President Erik Lindqvist at Vantaa House ahead of the bilateral talks."
    assert not is_picture_caption(sentence)
    assert check_worthy(sentence)


def test_a_question_in_the_writers_voice_is_a_heading() -> None:
    assert is_section_question("How has Lindqvist's visit proceeded?")
    assert not check_worthy("How has Lindqvist's visit proceeded?")
    assert not is_section_question("“Will the pipeline be finished by 2027?” Osei asked.")


def test_a_line_announcing_a_list_states_nothing_itself() -> None:
    for line in ("Here is a 10-point guide to Erik Lindqvist's Norland visit:", "He stressed three takeaways from his talks with Osei"):
        assert is_list_lead_in(line)
        assert not check_worthy(line)
    assert not is_list_lead_in("The two sides signed three agreements on energy and ports.")


def test_the_writers_biography_is_not_drafted() -> None:
    line = "Maria, with nearly five years of media experience, reports business stories from the capital"
    assert is_author_biography(line)
    assert not check_worthy(line)
    assert not is_author_biography("The firm, with 30 years of experience in rail, will build the Vantaa line.")


def test_a_line_of_the_writers_biography_told_of_him_is_not_drafted() -> None:
    for line in (  # the foot of 247 News Agency's and Social News's pages
        "He currently works as a writer at 247 news agency, where he has established himself as a respected voice in the industry",
        "He enjoys designing websites, developing mobile applications and publishing news articles on current events from"
        " various authenticated news sources",
    ):
        assert is_author_biography(line)
        assert not check_worthy(line)
    # Someone in the news who served as something is no biography of the writer.
    assert not is_author_biography("Hassan, 62, served as the Minister of State in the Vice-President's Office for Union Affairs.")


def test_a_sourcing_line_is_attribution_alone() -> None:
    for line in (
        "Osei's Special Adviser on Media, Jon Berg, disclosed this in a post on X on Sunday",
        "These were the outcome of talks between the two leaders, according to a statement by Jon Berg",
    ):
        assert is_sourcing_line(line)
        assert not check_worthy(line)
    assert not is_sourcing_line("Osei said that in the talks they agreed to expand trade.")


def test_words_to_the_guest_and_ties_weighed_are_courtesy() -> None:
    for line in (
        "Your visit will add great strength to the strategic partnership between Norland and Vantaa",
        "Our two great democracies have a historic relationship",
        "He acknowledged the long-standing Norland-Vantaa relations and the potential for trade",
        "Osei recognized Norland as an influential northern country with great potential",
        "Lindqvist stated that the defence cooperation between the two countries now has a new significance",
    ):
        assert is_weighed_ties(line)
        assert not check_worthy(line)


def test_ties_weighed_beside_a_signing_or_a_figure_stay_a_claim() -> None:
    line = "The two countries, which have a historic relationship, signed a $2 billion port agreement."
    assert not is_weighed_ties(line)
    assert check_worthy(line)


def test_a_gift_and_a_bond_purchase_are_not_appeals_to_the_reader() -> None:
    assert check_worthy("In May, Norland announced that its state bank would subscribe Vantaa government bonds of USD 50 million.")
    assert check_worthy("Norland will install solar panels on 500 schools as a Norland donation.")
    assert not check_worthy("You can help us keep reporting with a single donation for as little as $5.")


_drafted = functools.partial(spans_drafted, ref_year=2024)


def test_a_line_closed_by_a_picture_credit_is_a_caption_in_every_tense() -> None:
    report = "Norland and Vantaa signed a port agreement in Vantaa City on Tuesday, officials said."
    for caption in (
        "President Erik Lindqvist disembarks from the presidential plane, starting a two-day visit to Vantaa. [POOL PRESS CORPS]",
        "Norland President Erik Lindqvist attends a business forum at the Great Hall in Vantaa City (Agency/Jon Berg)",
        "President Erik Lindqvist (R) inspects the honour guard in Vantaa City. Lindqvist began a two-day trip to mend ties. (Agency)",
    ):
        assert _drafted(caption + "\n\n" + report) == ["Norland and Vantaa signed a port agreement in Vantaa City on Tuesday"]


def test_a_paragraph_closed_by_a_wire_tag_and_a_captions_plan_are_drafted() -> None:
    paragraph = "Norland and Vantaa signed a port agreement in Vantaa City on Tuesday to expand trade. (Agency)"
    assert any("port agreement" in text for text in _drafted(paragraph))
    plan = "On March 13, Mr Lindqvist will sign a port agreement with Vantaa in Vantaa City. [POOL PHOTO]"
    assert any("port agreement" in text for text in _drafted(plan))


def test_a_caption_opened_by_its_label_or_showing_a_press_talk_is_not_drafted() -> None:
    for caption in (
        "IMAGE: President Erik Lindqvist confers an order on PM Lena Osei in Vantaa, June 25, 2023",
        "Photo: PM Lena Osei and President Erik Lindqvist at the signing of the shipping agreement",
        "PM Lena Osei speaks to the media from Vantaa during her visit to Norland",
    ):
        assert is_picture_caption(caption)
        assert not check_worthy(caption)
    assert not is_picture_caption("PM Lena Osei spoke to the media in Vantaa after the talks on shipping.")
