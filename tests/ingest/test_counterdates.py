"""A date line that carries the story's read count dates the page, even under a site's banner of another day; a count
beside anything but a lone date, a count lower down the page, and two such lines of different days date nothing.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.counterdates import counted_day
from tests.ingest.dry_run import dry_add

_LEDE = (
    "Ostland's President Anna Vell met Westmark's Prime Minister in Port Avel on Monday, the second day of a state visit.\n\n"
    "The talks will focus on deepening cooperation in shipping and customs, her spokesman said.\n"
)
_URL = "https://news.example/news/14823/vell-and-ost-discuss-investment-ties.html"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("  07 August 2031    Read: 2169", "2031-08-07"),
        ("Tuesday, 30 July 2031 00:05 - - {{hitsCtrl.values.hits}}", "2031-07-30"),
        ("March 3, 2031 | Views: 1,204", "2031-03-03"),
        ("12 Jan 2031 · 934 views", "2031-01-12"),
        ("07 August 2031", None),  # no count: a lone date line, read elsewhere
        ("Politics 07 August 2031 Read: 2169", None),  # a section's name beside it
        ("934 views Politics 0", None),
        ("Vell visits Port Avel on 7 August 2031 Read: 2169", None),
    ],
)
def test_only_a_lone_date_with_the_count_at_its_end_is_read(line: str, day: str | None) -> None:
    assert counted_day(line) == day


def test_a_date_line_with_its_read_count_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = "Vell and Ost discuss investment ties\n\n  07 August 2031    Read: 2169\n\n" + _LEDE
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == "2031-08-07"
    assert "read count" in fields["notes"]


def test_it_outranks_a_sites_banner_of_the_day_the_page_was_looked_at(mini_project: Path, tmp_path: Path) -> None:
    text = "Friday Nov 07, 2036\nTuesday, 30 July 2031 00:05 - - {{hitsCtrl.values.hits}}\n" + _LEDE.replace("\n\n", "\n")
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == "2031-07-30"


def test_two_counted_lines_of_different_days_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = "Vell and Ost discuss investment ties\n\n07 August 2031 Read: 2169\n\n08 August 2031 Read: 12\n\n" + _LEDE
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == ""


def test_a_counted_line_below_the_story_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Vell and Ost discuss investment ties\n\n"
        + _LEDE
        + "\nTheir ministers signed three agreements on ports, customs and fisheries.\n\n"
        "Related news\n\n02 May 2030 Read: 88\n"
    )
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["published"] == ""
