"""The outlet a page names in its own promotions ("Follow Kestrel Daily on X"), read only for a site outside the
table, and never from lines that point elsewhere ("Source: …", "first appeared on …").

The pages, outlets and hosts here are invented, except MENAFN, an entry of the built-in table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions

PAGE = (
    "Two ports agree on a ferry link\n\n"
    "The harbour boards of two coastal towns on Tuesday agreed to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement.\n"
)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Follow Kestrel Daily on X for the latest news.", "Kestrel Daily"),
        ("Stay informed. Follow The Harbour Times on Google News", "The Harbour Times"),
        ("Download the Quayside News app for free.", "Quayside News"),
        ("Sign up for the Ferry Post's morning newsletter", "Ferry Post"),
        ("Subscribe to Kestrel.Info newsletters", "Kestrel.Info"),
        ("Kestrel Daily Staff Reporter", "Kestrel Daily"),
        ("By Harbour Herald Web Desk", "Harbour Herald"),
    ],
)
def test_the_pages_own_promotion_names_an_unknown_sites_outlet(mini_project: Path, tmp_path: Path, line: str, outlet: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{PAGE}\n{line}\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url="https://cdn7.hosting.example/a/1", undated=True), dry_run=True).articles
    assert article.fields["outlet"] == outlet
    assert "promotion" in " ".join(article.notes.split())


@pytest.mark.parametrize(
    "line",
    [
        "The post Two ports agree first appeared on Kestrel Daily.",  # where the copy came from
        "Source: Kestrel Daily",
        "Read more on Kestrel Daily",
        "Follow Minister Alder on X for updates.",  # a person, not an outlet
        "Download the app to read more.",
        "ministers follow Kestrel Daily on X",  # not a promotion of the page's own
    ],
)
def test_lines_pointing_elsewhere_name_no_outlet(mini_project: Path, tmp_path: Path, line: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{PAGE}\n{line}\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url="https://cdn7.hosting.example/a/1", undated=True), dry_run=True).articles
    assert article.fields["outlet"] == ""


def test_a_known_site_wins_over_a_promotion_copied_from_another_outlet(mini_project: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{PAGE}\nFollow Kestrel Daily on X\n", encoding="utf-8")
    [article] = add_source(
        mini_project, str(page), AddOptions(url="https://www.menafn.com/1107/a-story", undated=True), dry_run=True
    ).articles
    assert article.fields["outlet"] == "MENAFN"


@pytest.mark.parametrize("line", ["Download the AP News app", "Follow The Associated Press on X", "Follow Reuters News on Facebook"])
def test_a_wire_agencys_promotion_names_no_outlet(mini_project: Path, tmp_path: Path, line: str) -> None:
    # Wire copy carries the agency's promotions to every site that prints it: they say who wrote it, not who published it.
    page = tmp_path / "page.txt"
    page.write_text(f"{PAGE}\n{line}\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url="https://cdn7.hosting.example/a/1", undated=True), dry_run=True).articles
    assert article.fields["outlet"] == ""
