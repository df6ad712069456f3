"""A time stamp under the headline with the page's update age or reading time after it still dates the page.  The lede
is from a labelled page (an AP report from Bogor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_kind
from briefgen.ingest.stamptails import without_stamp_tail
from tests.ingest.dry_run import dry_add

_LEDE = (
    "BOGOR, Indonesia (AP) — Turkish President Recep Tayyip Erdogan met his Indonesian counterpart Prabowo Subianto on "
    "Wednesday for talks aimed at strengthening economic and defense ties between the two Muslim-majority nations."
)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("February 12, 2025 9:08 PM GMT+7 Updated 2 hours ago", "February 12, 2025 9:08 PM GMT+7"),
        ("February 12, 2025 9:08 PM GMT+7Updated an hour ago", "February 12, 2025 9:08 PM GMT+7"),
        ("Wed, February 12, 2025 at 9:08 PM GMT+7 · 3 min read", "Wed, February 12, 2025 at 9:08 PM GMT+7"),
        ("February 12, 2025 · 3 min read", "February 12, 2025"),
        ("Indonesia and Türkiye agree to set up a drone factory", "Indonesia and Türkiye agree to set up a drone factory"),
    ],
)
def test_the_tail_after_a_stamp_is_taken_off(line: str, stamp: str) -> None:
    assert without_stamp_tail(line) == stamp


def test_a_stamp_with_its_update_age_is_a_stamp_line() -> None:
    assert byline_kind("February 12, 2025 9:08 PM GMT+7 Updated 2 hours ago") == "date banner"
    assert byline_kind("Updated 2 hours ago") is None  # no day of its own


def test_sources_add_dates_the_page_by_the_stamp(mini_project: Path, tmp_path: Path) -> None:
    text = f"Indonesia and Turkey agree to bolster ties\n\nFebruary 12, 2025 9:08 PM GMT+7 Updated 2 hours ago\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/indonesia-and-turkey-agree-to-bolster-ties")
    assert fields["published"] == "2025-02-12"


def test_an_unfilled_placeholder_after_a_stamp_is_taken_off() -> None:
    line = "Monday, 6 April 2025 00:00 -     - {{hitsCtrl.values.hits}}"
    assert without_stamp_tail(line) == "Monday, 6 April 2025 00:00"
    assert byline_kind(line) == "date banner"


def test_a_stamp_with_a_placeholder_is_not_taken_for_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Rask off to Westmark\n\nMonday, 6 April 2025 00:00 -     - {{hitsCtrl.values.hits}}\n\n"
        "  President Anna Rask left yesterday on an official visit to Westmark on the invitation of President Jon Vell, "
        "and will witness the signing of several bilateral instruments.\n\nCOMMENTS\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.ft.lk/news/rask-off-to-westmark/56-403969")
    assert fields["title"] == "Rask off to Westmark"
    assert fields["published"] == "2025-04-06"


def test_an_empty_byline_after_a_stamp_is_taken_off() -> None:
    line = "Wednesday, May 5th, 2021 09:07 | By"
    assert without_stamp_tail(line) == "Wednesday, May 5th, 2021 09:07"
    assert byline_kind(line) == "date banner"
    assert without_stamp_tail("Talks end | By the sea") == "Talks end | By the sea"


def test_a_stamp_with_an_empty_byline_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Inside Politics\n\nIndonesia and Turkey agree to bolster ties\n\nWednesday, February 12th, 2025 09:07 | By\n"
        "Erdogan during state visit to Indonesia\n"
        "President Prabowo Subianto with his Turkish counterpart at the palace in Bogor: Photo/Palace\n"
        "President Prabowo Subianto with his Turkish counterpart at the palace in Bogor: Photo/Palace\n\n"
        f"{_LEDE}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/indonesia-and-turkey-agree-75032/")
    assert fields["published"] == "2025-02-12"


def test_an_update_told_by_the_clock_alone_is_taken_off() -> None:
    assert without_stamp_tail("by VNA22 January 2024 Last updated at 17:00 PM") == "by VNA22 January 2024"
    assert without_stamp_tail("22 January 2024 Last updated: 9:05 am") == "22 January 2024"
    assert without_stamp_tail("Last updated on July 19th, 2022") == "Last updated on July 19th, 2022"  # a day: kept


def test_a_glued_byline_with_its_update_time_dates_the_page_over_a_later_address_stamp(mini_project: Path, tmp_path: Path) -> None:
    # The address's id is a timestamp two weeks after the story (when the English page was made); the byline's day is
    # the story's, so it is read first once the byline is read at all.
    text = f"Indonesia and Turkey agree to bolster ties\n\nby VNA12 February 2025 Last updated at 17:00 PM\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://english.news.example/news/indonesia-and-turkey-20250226140209143.htm")
    assert fields["published"] == "2025-02-12"
