"""A participant's own words recall what they like: only the reporter's words date the saying.

Real sentences of half A: Modi to Xi Jinping at Tianjin, 31 August 2025 (intake_final94), whose
quotation names "Last year in Kazan"; Xi's condolences to López Obrador "in San Francisco last month",
recalled in a report of Bárcena's visit to Beijing in December 2023 (intake_final36), where the date is
the reporter's and names another meeting.
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.own_words import dated_words, outside_quotations
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

KAZAN = (
    '"Last year in Kazan, we had very fruitful discussions which gave a positive direction to our relations. After the'
    ' disengagement on the border, an atmosphere of peace and stability has been created," he added.'
)
SAN_FRANCISCO = (
    "At a meeting with López Obrador in San Francisco last month, Xi, according to Chinese state news agency Xinhua,"
    " conveyed his condolences “for the recent hurricane disaster on the Pacific coast of Mexico"
)


def test_modis_recollection_of_kazan_in_his_own_words_is_dated_at_tianjin() -> None:
    said = make_fact("s", "zeenews", KAZAN, "2025-08-31", entities=("Narendra Modi", "Xi Jinping"), kind="statement")
    assert elsewhen(said.quote, PartialDate.parse("2025-08-31"))
    assert not elsewhen(dated_words(said), PartialDate.parse("2025-08-31"))


def test_the_reporters_last_month_still_dates_xis_condolences_away_from_beijing() -> None:
    said = make_fact("s", "page", SAN_FRANCISCO, "2023-12", entities=("Xi Jinping", "Andrés Manuel López Obrador"), kind="statement")
    assert elsewhen(dated_words(said), PartialDate.parse("2023-12"))


def test_an_event_is_dated_by_all_its_words_and_a_quotation_open_to_the_end_is_left_out() -> None:
    told = make_fact("e", "zeenews", KAZAN, "2025-08-31", entities=("Narendra Modi", "Xi Jinping"), kind="event")
    assert dated_words(told) == KAZAN
    assert outside_quotations('"The interests of 2.8 billion people of both countries are linked to our cooperation.').strip() == ""
    closed = "The dragon and the elephant must walk together as good neighbours, partners, and friends.” Xi said."
    assert outside_quotations(closed).strip() == "Xi said."
