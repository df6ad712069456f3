"""A date alone on its line with its month in Russian or a calendar icon's alt text before it dates the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.lonedates import date_alone
from briefgen.ingest.lonedatewords import in_english
from briefgen.ingest.meta import find_dateline
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "english"),
    [
        ("28 мая 2013, 12:02", "28 May 2013, 12:02"),
        ("3 Декабря 2021, 09:15", "3 December 2021, 09:15"),
        ("calendar icon 18 April 2012", "18 April 2012"),
        ("Vell met Quist in May", "Vell met Quist in May"),
    ],
)
def test_a_date_lines_foreign_words_are_read_in_english(line: str, english: str) -> None:
    assert in_english(line) == english


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("28 мая 2013, 12:02", True),
        ("calendar icon 18 April 2012", True),
        ("clock icon 2 minute read", False),
        ("встреча 28 мая 2013", False),  # a Russian word that is no month: not a date alone
        ("calendar 18 April 2012", False),  # no icon's alt text, a word of its own
    ],
)
def test_only_a_whole_date_line_is_so_read(line: str, alone: bool) -> None:
    assert date_alone(line) is alone


def test_a_russian_date_stamp_under_the_headline_dates_an_english_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell in Port Avel on Westmark swing\n\n"
        "28 мая 2031, 12:02\n"
        "Westmark President Anna Vell arrived in Ostland on Monday for talks on shipping and customs, AFP reports.\n\n"
        "She will meet Prime Minister Rask on Tuesday at the Diplomatic Centre.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://en.news.example/politics/vell-in-port-avel/")
    assert fields["published"] == "2031-05-28"


def test_a_calendar_icons_alt_text_before_the_day_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Market access for Westmark beef to Ostland\n\n"
        "WESTMARK - Speaking in Port Avel this week, the Minister for Agriculture welcomed the agreement on beef.\n"
        "calendar icon 18 April 2031\n"
        "clock icon 2 minute read\n\n"
        "The minister said the working group would meet in June, when market access will be discussed further.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.beef.example/news/38206/market-access/")
    assert fields["published"] == "2031-04-18"


@pytest.mark.parametrize("label", ["Fuente", "Fonte"])
def test_a_source_label_in_spanish_or_portuguese_is_no_place(label: str) -> None:
    found = find_dateline(
        [
            f"{label}: Published by Westmark Express, Westmark",
            "Port Avel, May 28- President Anna Vell arrived yesterday for a two-day visit.",
        ]
    )
    assert found["place"].value == "Port Avel"
