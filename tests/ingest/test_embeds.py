"""A page that states no date is dated by the newest post it embeds, and only when nothing else dates it.  Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.embeds import embedded_post_date
from tests.ingest.dry_run import dry_add


def test_the_newest_embedded_post_dates_an_undated_page() -> None:
    paragraphs = [
        "The two nations signed 20 agreements, the agency reports.",
        "pic.twitter.com/abc— Ostland Diplomacy (@OstlandMFA) February 1, 2023",
        "— Ostland Diplomacy (@OstlandMFA) February 2, 2023",
    ]
    [found] = embedded_post_date(paragraphs)
    assert (found.value, found.where) == ("2023-02-02", "embedded post")
    assert embedded_post_date(["The accord was signed on February 2, 2023 in Port Avel."]) == []


def test_sources_add_dates_a_page_by_its_embedded_post_only_when_nothing_else_does(mini_project: Path, tmp_path: Path) -> None:
    body = (
        "In the first summit in eight years, Ostland and Westmark signed 20 agreements on Thursday, the agency reports.\n\n"
        "The ministers met in Port Avel.— Ostland Diplomacy (@OstlandMFA) February 2, 2023\n\n"
        "The two sides also agreed to meet again next year in Westmark to review the agreements.\n"
    )
    fields = dry_add(mini_project, tmp_path, body, "https://news.example/en/?p=531")
    assert fields["published"] == "2023-02-02"
    assert "post the page embeds" in fields["notes"]
    dated = dry_add(mini_project, tmp_path, body, "https://news.example/2023/01/30/summit")
    assert dated["published"] == "2023-01-30"
