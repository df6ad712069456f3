"""A dateline that writes the page's full date between dashes after the country, or before the place in brackets, dates
the page (and, for the date first, places it); a date in a sentence does not.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.dateddatelines import dated_dateline
from tests.ingest.dry_run import dry_add


def test_the_date_between_dashes_after_the_country_is_read() -> None:
    found = dated_dateline(["Port Avel, Westmark – March 27, 2024 – President Anna Vell arrived in Port Avel today for talks."])
    assert found["published"].value == "2024-03-27"
    assert "place" not in found  # the shaped dateline reads the place


def test_the_date_before_the_place_in_brackets_gives_both() -> None:
    found = dated_dateline(
        [
            "Westmark Tribune",
            "Plural news and views on Westmark",
            "Vell to visit Port Avel on Thursday",
            "July 18, 2024 (PORT AVEL) – President Anna Vell will arrive in Port Avel on Thursday on her first visit.",
        ]
    )
    assert found["published"].value == "2024-07-18"
    assert found["place"].value == "Port Avel"


def test_a_date_in_a_sentence_or_below_the_report_is_not_a_dateline() -> None:
    assert dated_dateline(["On March 27, 2024 (a Thursday) – the talks began, officials said."]) == {}
    long_paragraph = " ".join(["The talks covered shipping, customs and fisheries."] * 8)
    assert dated_dateline([long_paragraph, "July 18, 2024 (PORT AVEL) – More talks followed."]) == {}


def test_a_day_after_the_page_could_be_saved_gives_nothing() -> None:
    assert dated_dateline(["July 18, 2131 (PORT AVEL) – President Anna Vell will arrive on Thursday."]) == {}


def test_the_dateline_dates_the_page_over_a_date_banner(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Friday, March 29, 2025\n\n"
        "Westmark Tribune\n\n"
        "Plural news and views on Westmark\n\n"
        "Vell to visit Port Avel on Thursday\n\n"
        "July 18, 2024 (PORT AVEL) – President Anna Vell will arrive in Port Avel on Thursday on her first visit since her"
        " re-election, her ambassador told the official news agency.\n\n"
        "The two sides will discuss trade and the shared border, he said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://tribune.example/spip.php?article64029")
    assert fields["published"] == "2024-07-18"
    assert fields["place"] == "Port Avel"


def test_an_agencys_credit_in_the_brackets_is_no_place() -> None:
    assert dated_dateline(["July 18, 2024 (AFP) – President Anna Vell will arrive in Port Avel on Thursday."]) == {}
    assert dated_dateline(["July 18, 2024 (KUNA) – President Anna Vell will arrive in Port Avel on Thursday."]) == {}


def test_a_place_the_page_does_not_name_again_is_not_read() -> None:
    assert dated_dateline(["July 18, 2024 (WESTMARK TODAY) – President Anna Vell will arrive on Thursday."]) == {}


def test_the_date_before_an_agencys_initials_between_dashes_is_read() -> None:
    found = dated_dateline(
        [
            "List News    News",
            "Vell to visit Velmora October 9",
            "October 7, 2024 – OAP - Prime Minister Anna Vell will head a delegation on a working visit to Velmora on Sunday.",
        ]
    )
    assert found["published"].value == "2024-10-07"
    assert "place" not in found


def test_a_label_word_between_dashes_is_no_agency() -> None:
    assert dated_dateline(["October 7, 2024 – UPDATE - Prime Minister Anna Vell will head a delegation to Velmora."]) == {}


def test_the_day_and_year_after_a_slash_with_an_agencys_initials_gives_both() -> None:
    # The Ethiopian News Agency's dateline: "Addis Ababa October 6/2022 (ENA) Prime Minister …".
    found = dated_dateline(["Port Avel October 6/2023 (WNA) President Anna Vell held talks with the visiting delegation."])
    assert found["published"].value == "2023-10-06"
    assert found["place"].value == "Port Avel"


def test_a_slashed_day_inside_a_sentence_dates_nothing() -> None:
    assert dated_dateline(["The talks held on October 6/2031 (WNA) ended without a statement from either side."]) == {}


def test_the_weekday_before_the_date_after_the_country_gives_both() -> None:
    found = dated_dateline(["PORT AVEL, Westmark, Tuesday July 19, 2016 – They met. They talked. They will talk some more."])
    assert found["published"].value == "2016-07-19"
    assert found["place"].value == "Port Avel"


def test_a_weekday_is_no_place_before_the_date() -> None:
    assert dated_dateline(["Tuesday, Westmark, Friday July 22, 2016 – They met and talked about the border."]) == {}


def test_the_day_in_figures_with_full_stops_is_read_day_first() -> None:
    found = dated_dateline(["PORT AVEL, 01.06.2022 (NIAT Westmark) – At the invitation of the President, the guest will visit."])
    assert found["published"].value == "2022-06-01"
    assert found["place"].value == "Port Avel"


def test_the_agencys_name_between_slashes_after_the_figures_is_read_too() -> None:
    found = dated_dateline(["PORT AVEL, 18.04.2024 /NIAT «Westmark»/. On April 18, the President of Ostland arrived on a state visit."])
    assert (found["published"].value, found["place"].value) == ("2024-04-18", "Port Avel")


def test_figures_that_are_no_day_give_nothing() -> None:
    assert dated_dateline(["PORT AVEL, 31.06.2022 (NIAT Westmark) – At the invitation of the President, the guest will visit."]) == {}


def test_figures_in_a_sentence_are_no_dateline() -> None:
    assert dated_dateline(["The visit, on 01.06.2022 (a Monday), was the first of its kind, the ministry said in a statement."]) == {}


def test_a_signed_byline_with_its_place_and_day_gives_both() -> None:
    found = dated_dateline(["BY OPU,PORT AVEL,4TH APRIL,2021-Ostland and Westmark have signed a deal for a gas pipeline."])
    assert found["published"].value == "2021-04-04"
    assert found["place"].value == "Port Avel"
    assert dated_dateline(["By the way, Port Avel, 4 April 2021 - a day to remember for the harbour."]) == {}


def test_the_sites_name_before_a_bracketed_place_and_date_gives_both() -> None:
    found = dated_dateline(
        [
            "Harbour Foreign Affairs (PORT AVEL, 13 November 2024) – Vice-president Jon Vell paid a courtesy call on "
            "visiting President Anna Rask here this afternoon."
        ]
    )
    assert found["published"].value == "2024-11-13"
    assert found["place"].value == "Port Avel"


def test_a_name_before_brackets_without_a_dated_place_is_no_dateline() -> None:
    assert dated_dateline(["Harbour Foreign Affairs (HFA) – Vice-president Jon Vell met President Anna Rask today."]) == {}
