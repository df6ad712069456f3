"""Whole lines of page furniture by kind: a sharing plugin's label (furniture)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


def test_a_sharing_plugins_label_is_a_share_link() -> None:
    assert furniture_kind("Share Button") == "share link"
    assert furniture_kind("The button to share files was removed") is None


def test_the_label_is_not_kept_as_text(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Two leaders sign five accords\n\nShare Button\n\nThe two leaders signed five accords on fisheries, trade "
        "and schooling after their talks in the capital on Tuesday, officials said.\n\nShare Button\n"
    )
    assert "Share Button" not in dry_add(mini_project, tmp_path, page, None)["body"]


def test_a_themes_empty_search_results_are_furniture() -> None:
    # A news theme's search box prints its empty results above every story (MoviesGrave's page of 23 September 2025).
    assert furniture_kind("No Result") == "menu"
    assert furniture_kind("View All Result") == "menu"
    assert furniture_kind("No results were given for the talks") is None


def test_a_search_engines_preferred_source_button_is_furniture() -> None:
    # Indian news sites print it under the headline since 2025 (DNA India, Asianet Newsable, ThePrint), with or
    # without their own name in it.
    assert furniture_kind("Add DNA as a Preferred Source") == "source button"
    assert furniture_kind("Add as a preferred source on Google") == "source button"
    assert furniture_kind("Add the ministry as a trusted source of statistics, the minister said.") is None


def test_the_button_over_the_title_does_not_head_a_second_article(mini_project: Path, tmp_path: Path) -> None:
    # Taken for a headline, the button headed the title block and the story below it became a second "article", and
    # ``sources add`` refused the page (DNA India's page of 26 September 2025 has this shape).
    page = (
        "Add Kestrel Daily as a Preferred Source\n"
        "Ostland and Westmark sign five accords on fisheries and trade\n\n"
        "The two leaders signed five accords in Port Avel on Tuesday.\n\n"
        "Anna Vell\n\n"
        "Updated : Oct 29, 2031, 08:49 AM IST\n\n"
        "Ostland and Westmark sign five accords on fisheries and trade\n"
        "The two leaders signed five accords in Port Avel on Tuesday. The accords cover fisheries, trade and "
        "schooling, officials said.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Ostland and Westmark sign five accords on fisheries and trade"
    assert "Preferred Source" not in fields["body"]
