"""Eight figures closing the story's words, year first, date an otherwise undated page when the text names the year;
without it, or with figures that make no day, they give nothing.  A "/202001/09/" folder pair is the address readers'
now, read without the text's word.  The addresses and lines are made up."""

from __future__ import annotations

from briefgen.ingest.addressstamps import stamped_address_date
from briefgen.ingest.urldates import date_in_address

_SAID = "PORT AVEL — Westmark will sign the trade agreement with Eastland next week, the ministry said on Jan 9."
_SUMMIT = "They were speaking after a meeting on the fringes of the Avel Summit 2011 on Saturday."


def test_a_month_folder_and_a_day_folder_are_read_by_the_address_readers_without_the_texts_word() -> None:
    # "said on Monday" names neither the day, the year nor the weekday: the folders alone date the page.
    text = "Westmark will sign the trade agreement with Eastland next week, the ministry said on Monday."
    address = "http://english.example.gov/statecouncil/202001/09/content_WS5e17.html"
    found = date_in_address(address, text)
    assert found is not None and found[0].isoformat() == "2020-01-09"
    assert stamped_address_date(address, text) == []


def test_eight_closing_figures_with_the_texts_year() -> None:
    [found] = stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20110709", _SUMMIT)
    assert found.value == "2011-07-09"


def test_eight_closing_figures_without_the_year_or_a_real_day_give_nothing() -> None:
    plain = "They were speaking after a meeting on the fringes of the summit on Saturday."
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20110709", plain) == []
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20111309", _SUMMIT) == []
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/20110709", _SUMMIT) == []
