"""A date banner above the headline: a section's label with its day is one; it dates a page that gives no other date,
gives way to a byline's date, and with the time of day it is a clock that dates nothing.  On a page that kept no
headline, a date line right over the lede dates it.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("President's News - 2023.2.2", "date banner"),
        ("Press Releases — 2 February 2023", "date banner"),
        ("Ostland and Westmark sign - accords", None),
    ],
)
def test_a_sections_label_with_its_day_is_a_date_line(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_date_banner_dates_a_page_with_no_other_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == "2024-05-28"
    assert "date banner" in fields["notes"]


def test_a_date_banner_gives_way_to_the_byline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "By Mara Quist | May 20, 2024\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == "2024-05-20"


def test_a_banner_with_the_time_of_day_is_a_clock_and_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, May 28, 2024 10:15 AM\n\n"
        "Vell attends the harbour forum in Port Avel\n\n"
        "Ostland's President Anna Vell recently embarked on a state visit to Westmark, where she will attend the forum.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-attends-the-harbour-forum-in-port-avel/")
    assert fields["published"] == ""


def test_a_date_line_over_the_lede_of_a_page_with_no_headline_dates_it(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "June 08, 2031\n\n"
        "The upcoming state visit of President Anna Vell to Westmark will affirm the close partnership between the two "
        "countries, her office said on June 7.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-visit-will-affirm-close-partnership/")
    assert (fields["published"], fields["title"]) == ("2031-06-08", "")


def test_a_date_line_over_the_reading_time_and_the_headline_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "December 5, 2024\n\n"
        "4 mins read\n\n"
        "Vell and Ost discuss investment ties\n\n"
        "Ostland's President Anna Vell met Westmark's Prime Minister on the second day of a state visit to Westmark.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/?p=4134")
    assert fields["published"] == "2024-12-05"


def test_a_date_line_over_a_menu_and_the_headline_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "December 5, 2024\n\n"
        "HomeWorldAsiaVell and Ost discuss investment ties\n\n"
        "Vell and Ost discuss investment ties\n\n"
        "Ostland's President Anna Vell met Westmark's Prime Minister on the second day of a state visit to Westmark.\n\n"
        "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/?p=4134")
    assert fields["published"] == ""
