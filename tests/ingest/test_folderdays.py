"""A six-digit day folder dates the page on the sites that write it day first, and nowhere else.  The page is the lede
of an article of a development set (intake_final32), which prints no date of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.folderdays import day_folder_date
from tests.ingest.dry_run import dry_add

_PAGE = (
    "Modi, MBS boost hydrocarbon ties\n\n"
    "New Delhi: Prime Minister Narendra Modi and Saudi Crown Prince and Prime Minister Mohammed bin Salman agreed to "
    "elevate the hydrocarbon relationship between the two nations into a comprehensive strategic energy partnership in "
    "New Delhi on Monday.\n\n"
    "Saudi Arabia currently ranks as India's third-largest supplier, and Modi hailed Saudi Arabia as \"one of the most "
    'important strategic partners for India."\n'
)


def test_the_asian_age_folder_dates_an_otherwise_undated_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _PAGE, "https://asianage.com/amp/india/all-india/120923/modi-mbs-boost-hydrocarbon-ties.html")
    assert fields["published"] == "2023-09-12"
    assert "120923" in fields["notes"]


def test_the_same_folder_on_another_site_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _PAGE, "https://news.example/india/all-india/120923/modi-mbs-boost-hydrocarbon-ties.html")
    assert fields["published"] == ""


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.deccanchronicle.com/nation/current-affairs/060922/several-streets-waterlogged.html", dt.date(2022, 9, 6)),
        ("https://asianage.com/amp/india/all-india/120923/modi-mbs-boost-hydrocarbon-ties.html", dt.date(2023, 9, 12)),
        ("https://asianage.com/india/all-india/311323/modi-mbs-boost-hydrocarbon-ties.html", None),  # no 13th month
        ("https://www.deccanchronicle.com/nation/current-affairs/modi-latest-visit-881904", None),  # a story number
    ],
)
def test_the_day_of_a_six_digit_folder(url: str, day: dt.date | None) -> None:
    found = day_folder_date(url)
    assert (found[0] if found else None) == day
