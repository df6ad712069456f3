"""A release's capital and day alone on a line ("Díli, August 30th, 2015", or the day first) give the page its day and its place; a
weekday banner or a town that is no capital before a date gives neither.  Made-up releases of real capitals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.placedates import place_and_day
from tests.ingest.dry_run import dry_add

_RELEASE = (
    "Prime Minister returns from official visit to Westmark\n\n"
    "Official Spokesperson for the Government\n\n"
    "{line}\n\n"
    "On Friday the Prime Minister and a delegation of ministers returned after a three-day official visit to Westmark,"
    " where the two governments agreed to settle the last two segments of their land border by the end of the year.\n\n"
    "The two leaders also spoke of trade, investment and a new bus route between the two capitals.\n"
)


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        ("Díli, August 30th, 2015", "Díli", dt.date(2015, 8, 30)),
        ("Port Moresby, 12 May 2023", "Port Moresby", dt.date(2023, 5, 12)),
        ("20 November 2024, Budapest", "Budapest", dt.date(2024, 11, 20)),  # a government's speech: the day first
    ],
)
def test_a_capital_and_a_day_alone_on_a_line(line: str, place: str, day: dt.date) -> None:
    assert place_and_day(line) == (place, day)


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, October 9, 2012",  # a weekday banner, not a place
        "Springfield, March 5, 2024",  # a town that is no capital
        "Jakarta, 5 May 2023 talks",  # words after the day
        "Jakarta, 05/05/2023",  # figures: read elsewhere, if at all
        "20 November 2024, Springfield",  # the day first, then a town that is no capital
        "20 November 2024, Budapest talks",  # words after the place
    ],
)
def test_other_lines_give_nothing(line: str) -> None:
    assert place_and_day(line) is None


def test_sources_add_dates_and_places_the_release(mini_project: Path, tmp_path: Path) -> None:
    text = _RELEASE.format(line="Díli, August 30th, 2015")
    fields = dry_add(mini_project, tmp_path, text, "https://government.example/?p=13158")
    assert fields["published"] == "2015-08-30"
    assert fields["place"] == "Díli"


def test_sources_add_dates_and_places_a_speech_headed_by_its_day_then_its_capital(mini_project: Path, tmp_path: Path) -> None:
    text = _RELEASE.format(line="20 November 2024, Budapest")
    fields = dry_add(mini_project, tmp_path, text, None)
    assert (fields["published"], fields["place"]) == ("2024-11-20", "Budapest")
