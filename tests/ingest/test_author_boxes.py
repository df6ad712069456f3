"""An author's box between the standfirst and the text (the name printed twice, then the outlet's name) is page
furniture: the page holds one article, whose author the box names.  A second article whose headline reads like a name
("Varo Meets Delmont") still starts its own part.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import is_name_line
from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

HEADLINE = "Vell and Dalen agree a weekly ferry link"
STANDFIRST = "The two harbour boards hope the link will double the trade between the ports within three years."
LEDE = "VELL – The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, their chairmen said."
SECOND = "The link will carry passengers and freight between the two ports, the statement said."


@pytest.mark.parametrize(
    ("line", "name"),
    [("K. Varenholt", True), ("A. K. Varenholt", True), ("Mara Quist", True), ("U.S. Envoy", False), ("K.", False)],
)
def test_a_surname_after_initials_is_a_name(line: str, name: bool) -> None:
    assert is_name_line(line) is name


def test_a_name_printed_twice_over_the_outlet_is_the_authors_box(mini_project: Path, tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\nK. Varenholt\n\nK. Varenholt\n\nThe Ostland Courier\n\nNovember 21, 2022\n\n{LEDE}\n\n{SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["title"] == HEADLINE
    assert fields["author"] == "K. Varenholt"
    [part] = clean_page(text).parts
    assert part.paragraphs == [STANDFIRST, LEDE, SECOND]


def test_a_second_article_headed_like_a_name_stays_a_second_article() -> None:
    other = "Varo met Delmont in Dalen on Friday to discuss the fishing quotas of the coming season, officials said."
    page = clean_page(
        f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEDE}\n\nVaro Meets Delmont\n\nJane Doe\n\nJane Doe\n\nNovember 21, 2022\n\n{other}\n\n{SECOND}\n"
    )
    assert [p.headline for p in page.parts] == [HEADLINE, "Varo Meets Delmont"]
    assert page.parts[1].paragraphs == [other, SECOND]
