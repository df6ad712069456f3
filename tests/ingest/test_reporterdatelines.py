"""A reporter's name and the city in capitals on one line: the byline, and the city as the story's place.

The line is The Herald's (Harare), copied whole by sites that reprint its stories (round 91's metadata sample); the
pages below are made up around it.  A staff credit and its city after a slash ("Staff Reporter / New Delhi") is the
same line with no one named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_author, byline_kind
from briefgen.ingest.reporterdatelines import is_reporter_dateline, reporter_dateline_city, reporter_dateline_name
from tests.ingest.dry_run import dry_add

_LEDE = (
    "President Mnangagwa is in Maputo, Mozambique, where starts a packed three-day State visit that will see him and host "
    "President, Filipe Nyusi, lead the elevation of long-running relations between the two countries."
)
_SECOND = "Apart from elevating relations between Harare and Maputo, four memoranda of understanding are expected to be signed."


@pytest.mark.parametrize("line", ["Kudakwashe Mugari in MAPUTO, Mozambique", "Kudakwashe Mugari in MAPUTO", "Felex Share in HARARE"])
def test_a_reporter_and_a_city_in_capitals_is_a_byline(line: str) -> None:
    assert is_reporter_dateline(line)
    assert byline_kind(line) == "byline"
    assert byline_author(line) == reporter_dateline_name(line) == " ".join(line.split()[:2])


@pytest.mark.parametrize(
    "line",
    [
        "Deji Elumoye in Abuja",  # a reporter's line with the place in title case: read where it stands (headerplaces)
        "By Jane Doe in MAPUTO",  # a byline of its own shape (bylines)
        "Talks in HARARE",  # no person's name
        "Mnangagwa Arrives in MAPUTO for Talks",  # a headline
        "Herald Reporter in MAY",  # a month, no place
        "Zimbabwe and Mozambique sign four MoUs in MAPUTO, Mozambique",
    ],
)
def test_other_lines_are_no_reporter_dateline(line: str) -> None:
    assert not is_reporter_dateline(line)


def test_the_line_is_no_headline_and_its_city_is_the_place(mini_project: Path, tmp_path: Path) -> None:
    text = f"The Herald\nKudakwashe Mugari in MAPUTO, Mozambique\n{_LEDE}\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://www.example-herald-reprints.com/hre-maputo-upgrade-relations/")
    assert fields["title"] == ""
    assert fields["place"] == "Maputo"
    assert fields["author"] == "Kudakwashe Mugari"
    assert fields["body"].startswith("President Mnangagwa is in Maputo")


def test_under_a_source_line_too(mini_project: Path, tmp_path: Path) -> None:
    text = f"Source: New dawn for Zim-Moza relations | Herald (Top Stories)\nKudakwashe Mugari in MAPUTO, Mozambique\n{_LEDE}\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://example-zimbabwe-blog.org/new-dawn-for-zim-moza-relations/")
    assert fields["place"] == "Maputo"


@pytest.mark.parametrize(
    ("line", "city"),
    [("Staff Reporter / New Delhi", "New Delhi"), ("Our Correspondent | Lahore", "Lahore"), ("Web Desk / Islamabad", "Islamabad")],
)
def test_a_staff_credit_and_its_city_is_a_byline_naming_no_one(line: str, city: str) -> None:
    assert is_reporter_dateline(line)
    assert byline_kind(line) == "byline"
    assert reporter_dateline_name(line) is None
    assert reporter_dateline_city(line) == city


@pytest.mark.parametrize("line", ["Staff Reporter", "Staff Reporter / May", "Trade / Investment", "Reporter's Notebook / Delhi Diary"])
def test_a_staff_credit_without_a_city_or_a_headline_with_a_slash_is_no_staff_dateline(line: str) -> None:
    assert reporter_dateline_city(line) is None


def test_a_staff_dateline_above_the_lede_gives_the_place_and_no_headline(mini_project: Path, tmp_path: Path) -> None:
    lede = "The visiting foreign minister arrived today in the capital for a week-long visit, the first in four years."
    second = "He is expected to meet his counterpart and the national security adviser during the visit."
    fields = dry_add(
        mini_project, tmp_path, f"Staff Reporter / New Delhi\n{lede}\n{second}\n", "https://example-awaaz-news.com/minister-arrives/"
    )
    assert fields["title"] == ""
    assert fields["place"] == "New Delhi"
    assert fields["body"].startswith("The visiting foreign minister")
