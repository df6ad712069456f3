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
