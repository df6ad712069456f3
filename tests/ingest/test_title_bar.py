"""A headline copied from a page's title bar: the site's name after it and a breadcrumb trail before it are not the
headline.  Every page here is made up; the sites named are entries of the built-in table."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.meta import Found
from briefgen.ingest.titling import without_site_name

LEDE = (
    "The harbour boards of two coastal towns agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting."
)


@pytest.mark.parametrize(
    ("url", "first_line", "title"),
    [
        ("https://www.dawn.com/news/1", "Two ports agree on a ferry link | Dawn", "Two ports agree on a ferry link"),
        ("https://tribune.com.pk/story/1", "Two ports agree on a ferry link - The Express Tribune", "Two ports agree on a ferry link"),
        ("https://www.ferries.example/1", "Home > World > Two ports agree on a ferry link", "Two ports agree on a ferry link"),
        # A dash inside the headline, or a name that is not the outlet's, stays.
        ("https://www.dawn.com/news/1", "Two ports agree on a ferry link - Norland", "Two ports agree on a ferry link - Norland"),
        ("https://www.ferries.example/1", "Norland - Sudmark ferry link agreed", "Norland - Sudmark ferry link agreed"),
        # A clause after a dash that does not open the address's name stays.
        (
            "https://harbourmagpro.com/1",
            "Two ports agree on a ferry link – Harbour Magpie",
            "Two ports agree on a ferry link – Harbour Magpie",
        ),
        (
            "https://harbourmagpro.com/1",
            "Two ports agree on a ferry link – Harbour Talks",
            "Two ports agree on a ferry link – Harbour Talks",
        ),
    ],
)
def test_the_sites_name_and_a_breadcrumb_trail_are_not_the_headline(
    mini_project: Path, tmp_path: Path, url: str, first_line: str, title: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{first_line}\n\n{LEDE}\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    assert article.fields["title"] == title


def test_an_editors_title_and_a_short_headline_keep_the_name() -> None:
    dawn = Found("Dawn", "dawn.com", "site")
    given = Found("Ferry link | Dawn", "", "option")
    assert without_site_name(given, dawn) == given  # the editor's words are kept as given
    short = Found("Ferries | Dawn", "Ferries | Dawn", "headline")
    assert without_site_name(short, dawn) == short  # too little is left to be a headline
    assert without_site_name(None, dawn) is None


def test_a_name_after_the_title_that_opens_the_address_is_the_sites_name_and_outlet(mini_project: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"Two ports agree on a ferry link – Harbour Mag\n\n{LEDE}\n", encoding="utf-8")
    options = AddOptions(url="https://harbourmagpro.com/two-ports-agree", undated=True)
    [article] = add_source(mini_project, str(page), options, dry_run=True).articles
    assert article.fields["title"] == "Two ports agree on a ferry link"
    assert article.fields["outlet"] == "Harbour Mag"  # as the site spells its name, not "Harbourmagpro"
