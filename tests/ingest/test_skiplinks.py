"""A skip link printed without its verb ("To main content") above a page's title is furniture, never the headline;
made-up pages and sites."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions

_PAGE = (
    "{first}\n\n"
    "State visit to Westmark: Speech at the President's dinner\n\n"
    "Speech given by the Crown Prince at the official dinner given by President Anna Vell at the palace.\n\n"
    "Westmark and Eastmark are bound together by trade and culture, and by a shared sea.\n"
)


def _title(root: Path, tmp_path: Path, first: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(first=first), encoding="utf-8")
    options = AddOptions(url="https://royalhouse.example/speech?id=2", undated=True)
    [article] = add_source(root, str(page), options, dry_run=True).articles
    return article.fields["title"]


def test_a_skip_link_without_its_verb_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    assert _title(mini_project, tmp_path, "To main content") == "State visit to Westmark: Speech at the President's dinner"


def test_the_skip_link_with_its_verb_is_furniture_as_before(mini_project: Path, tmp_path: Path) -> None:
    assert _title(mini_project, tmp_path, "Skip to main content") == "State visit to Westmark: Speech at the President's dinner"


def test_a_skip_link_to_jump_to_the_content_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    assert _title(mini_project, tmp_path, "Jump to main content") == "State visit to Westmark: Speech at the President's dinner"
