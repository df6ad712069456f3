"""Two year-first address forms date an otherwise undated page when the text agrees: a "/202001/09/" folder pair with
the text's month and day, year or the day's weekday, and eight figures closing the story's words with the text's year.
Without the text's word, or with figures that make no day, they give nothing.  The addresses and lines are made up."""

from __future__ import annotations

from briefgen.ingest.addressstamps import stamped_address_date

_SAID = "PORT AVEL — Westmark will sign the trade agreement with Eastland next week, the ministry said on Jan 9."
_SUMMIT = "They were speaking after a meeting on the fringes of the Avel Summit 2011 on Saturday."


def test_a_month_folder_and_a_day_folder_with_the_texts_day() -> None:
    [found] = stamped_address_date("http://english.example.gov/statecouncil/202001/09/content_WS5e17.html", _SAID)
    assert found.value == "2020-01-09"


def test_a_month_folder_without_the_texts_day_year_or_weekday_gives_nothing() -> None:
    text = "Westmark will sign the trade agreement with Eastland next week, the ministry said on Monday."
    assert stamped_address_date("http://english.example.gov/statecouncil/202001/09/content_WS5e17.html", text) == []


def test_a_month_folder_with_the_days_weekday() -> None:
    # 30 August 2019 was a Friday: "said Friday" settles the folders (round 91).
    text = "BEIJING -- Westmark's special envoy will visit Eastland early next month, a spokesperson said Friday."
    [found] = stamped_address_date("http://www.mirror.example/a/201908/30/WS5d69053ea310cf3e35568e17.html", text)
    assert found.value == "2019-08-30"


def test_eight_closing_figures_with_the_texts_year() -> None:
    [found] = stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20110709", _SUMMIT)
    assert found.value == "2011-07-09"


def test_eight_closing_figures_without_the_year_or_a_real_day_give_nothing() -> None:
    plain = "They were speaking after a meeting on the fringes of the summit on Saturday."
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20110709", plain) == []
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/leaders-say-deal-model-for-others-20111309", _SUMMIT) == []
    assert stamped_address_date("https://portal.example.hr/vijesti/clanak/20110709", _SUMMIT) == []
