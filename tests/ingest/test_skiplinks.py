"""A skip link printed without its verb ("To main content") above a page's title is furniture, never the headline, and
so are a screen reader's links as a Japanese party's English pages print them ("Global navigation"); made-up pages and
sites."""

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


def test_the_date_under_the_title_below_the_navigation_links_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    links = "Link to move in page\n\nGlobal navigation\nGlobal navigation end\nFrom here to text\n\n"
    title = "Agreement on a framework for a Westmark-Eastmark access agreement: the Prime Ministers meet"
    page.write_text(f"{links}{title}\n\nNovember 17, 2020\n\n" + _PAGE.split("\n\n", 2)[2], encoding="utf-8")
    options = AddOptions(url="https://party.example/english/news/200932.html")
    [article] = add_source(mini_project, str(page), options, dry_run=True).articles
    assert (article.fields["title"], article.fields["published"]) == (title, "2020-11-17")
