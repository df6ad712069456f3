"""A first line taken as the headline that titles nothing: a newsletter's month, a full date, a reprint's credit."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.untitled import titles_nothing
from tests.ingest.dry_run import dry_add

_LEDE = (
    "Ostland and Velmora share a border of over 5,000 kilometres, so our bilateral relationship is imbued with unique "
    "value and complexity, as the ministers said when they met in Port Elling."
)
_SECOND = "On 22 August these ties were evidenced once again at the Ninth Binational Meeting of Ministers."


@pytest.mark.parametrize(
    "line",
    ["August, 2018", "Aug 2018", "21 August 2018", "August 21, 2018", "Source: Republic of Ostland in English", "SOURCE : PAP"],
)
def test_a_date_or_a_credit_titles_nothing(line: str) -> None:
    assert titles_nothing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ostland and Velmora sign 15 agreements in August 2018",
        "August talks bring Ostland and Velmora closer",
        "Sources say Ostland will sign the treaty",
        "Open source: Ostland's new data portal",
    ],
)
def test_a_headline_with_a_date_or_a_source_in_it_is_a_headline(line: str) -> None:
    assert not titles_nothing(line)


def test_a_newsletters_month_over_a_column_leaves_no_title(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, f"August, 2018\n\n{_LEDE}\n\n{_SECOND}\n", "https://kestrelministry.gov.ov/en/column")
    assert fields["title"] == ""
    assert fields["body"].startswith("Ostland and Velmora share a border")


def test_a_reprints_credit_over_the_lede_leaves_no_title(mini_project: Path, tmp_path: Path) -> None:
    text = f" date 2019-07-15 Source: Republic of Ostland in English\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://kestrelkitchen.eu/2019/07/15/ostland-news/")
    assert (fields["title"], fields["published"]) == ("", "2019-07-15")


@pytest.mark.parametrize("line", ["Prime Minister", "The President", "Office of the Prime Minister", "Minister for Foreign Affairs"])
def test_an_office_alone_titles_nothing(line: str) -> None:
    assert titles_nothing(line)


def test_a_headline_naming_an_office_is_a_headline() -> None:
    assert not titles_nothing("Prime Minister to visit Velmora")
    assert not titles_nothing("President Kestrel arrives in Port Elling")


def test_a_releases_office_over_its_text_leaves_no_title(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Prime Minister\n\nThe Prime Minister of Velmora, the Honourable Jon Kestrel, will visit Ostland from 12 to 17 "
        "September as a Guest of Government.\n\nI look forward to welcoming Prime Minister Kestrel to Ostland as my guest.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://pmtranscripts.pmo.gov.ov/release/transcript-42410")
    assert fields["title"] == ""


@pytest.mark.parametrize("line", ["June 20", "20 June", "Papua New Guinea", "Mongolia"])
def test_a_day_without_its_year_or_a_countrys_name_alone_titles_nothing(line: str) -> None:
    assert titles_nothing(line)


@pytest.mark.parametrize("line", ["June 20 talks end in Port Elling", "Papua New Guinea and Ostland sign trade pact", "Junebug"])
def test_a_headline_that_names_a_day_or_a_country_still_titles(line: str) -> None:
    assert not titles_nothing(line)


def test_a_news_feeds_day_over_the_story_is_no_title(mini_project: Path, tmp_path: Path) -> None:
    page = f"June 20\n\nShow news feed\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == ""


@pytest.mark.parametrize(
    ("line", "nothing"),
    [
        ("From the Port Elling/Velmora Border of Ostland and Velmora –", True),  # a correspondent's lead-in
        ("From the Ninth Binational Meeting in Port Elling —", True),
        ("From border row to partnership: Ostland and Velmora sign 15 agreements", False),  # a title opening on "From"
        ("From Port Elling – Ostland and Velmora sign 15 agreements", False),  # the dash inside, a title after it
    ],
)
def test_a_correspondents_lead_in_ending_on_a_dash_titles_nothing(line: str, nothing: bool) -> None:
    assert titles_nothing(line) is nothing


@pytest.mark.parametrize(
    ("line", "nothing"),
    [
        ("25 minutes ago", True),  # how long ago a feed's story went up, printed over it
        ("an hour ago", True),
        ("Updated 2 days ago", True),
        ("Ostland and Velmora signed 15 agreements 25 minutes ago", False),  # a title telling when, in words of its own
        ("Two decades ago: Ostland and Velmora", False),
    ],
)
def test_a_relative_time_stamp_alone_titles_nothing(line: str, nothing: bool) -> None:
    assert titles_nothing(line) is nothing


def test_a_feeds_time_stamp_over_the_story_is_no_title(mini_project: Path, tmp_path: Path) -> None:
    page = f"25 minutes ago\nAbout sharing\n{_LEDE}\n{_SECOND}\n"
    assert dry_add(mini_project, tmp_path, page, None)["title"] == ""
