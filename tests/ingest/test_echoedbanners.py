"""A date banner below a menu dates the page when the lede writes the same full date; alone it does not.  The pages are
made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def _page(lede: str) -> str:
    return (
        "skip to content | skip to main menu\n\n"
        "| | |\n\n"
        "A | A | A\n\n"
        "Wednesday, 18 October 2006\n\n"
        "Meeting with the Ambassador of Eastmark\n\n"
        f"{lede}\n\n"
        "Both parties expressed their satisfaction with the very good shape of the two countries' relations.\n"
    )


def test_a_banner_the_lede_repeats_is_the_pages_date(mini_project: Path, tmp_path: Path) -> None:
    lede = "On October 18, 2006, the Chief of the Chancellery of the President of Westmark met with the Ambassador of Eastmark."
    fields = dry_add(mini_project, tmp_path, _page(lede), "https://president.example/en/archive/news-2006/art,161.html")
    assert fields["published"] == "2006-10-18"


def test_a_banner_the_lede_does_not_repeat_leaves_the_page_undated(mini_project: Path, tmp_path: Path) -> None:
    lede = "On Monday, the Chief of the Chancellery of the President of Westmark met with the Ambassador of Eastmark."
    fields = dry_add(mini_project, tmp_path, _page(lede), "https://president.example/en/archive/news-2006/art,161.html")
    assert fields["published"] == ""
