"""Two date lines over the headline: the site's day on top, the story's below it; the reader sees the story's day.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.stackedbanners import stacked_banner_date
from tests.ingest.dry_run import dry_add

_HEADLINE = "Vell Meets the Harbour Council Ahead of the Port Avel Summit"
_LEDE = (
    "President Anna Vell of Ostland met the Harbour Council in Port Avel on December 18, opening her first official "
    "visit to Westmark ahead of the summit of the five coastal states."
)


def test_the_story_s_day_below_the_site_s_day_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"20 February 2026\n\n18 December 2025\n\n{_HEADLINE}\n\n{_LEDE}\n\nThe talks covered shipping and customs.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://harbourtimes.example/vell-meets-the-harbour-council")
    assert fields["published"] == "2025-12-18"
    assert fields["title"] == _HEADLINE


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("18 December 2025", "18 December 2025"),  # the same day twice: nothing says which is which
        ("18 December 2025", "20 February 2026"),  # the later day below: no banner stands over an older page so
        ("20 February 2026 10:15", "18 December 2025"),  # a clock on top
    ],
)
def test_other_pairs_of_date_lines_are_left_to_the_other_readings(upper: str, lower: str) -> None:
    removed = [("date banner", upper), ("date banner", lower), ("headline", _HEADLINE)]
    assert stacked_banner_date(removed) == []


def test_one_date_line_over_the_headline_is_no_pair() -> None:
    assert stacked_banner_date([("date banner", "18 December 2025"), ("headline", _HEADLINE)]) == []
