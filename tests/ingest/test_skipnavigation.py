"""A screen reader's link saved with the page ("Skip navigation") is furniture, never the headline; made-up page."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def test_skip_navigation_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Skip navigation\n\n"
        "Westmark and Eastmark agree to deepen their economic ties\n\n"
        "The presidents of Westmark and Eastmark agreed on Monday to deepen their economic ties, their offices said.\n\n"
        "The two leaders also discussed energy cooperation.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/westmark-eastmark-ties")
    assert fields["title"] == "Westmark and Eastmark agree to deepen their economic ties"
    assert "Skip navigation" not in fields["body"]
