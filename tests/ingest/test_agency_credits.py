"""A credit under the headline naming the outlet with its agencies ("The Ostland Courier with AP and AFP") is a byline,
not a second article's headline, and the stamp below it ("Published on …, at 4:58 pm (Vell)") is no headline either:
``sources add`` archives the page as one article, dated by the stamp.  A real second article still counts.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.agencycredits import is_agency_credit
from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

HEADLINE = "Vell and Dalen agree a weekly ferry link"
STANDFIRST = "The two harbour boards hope the link will double the trade between the ports within three years."
LEDE = "The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, their chairmen said."
SECOND = "The link will carry passengers and freight between the two ports, the statement said."
STAMP = "Published on November 21, 2022, at 4:58 pm (Vell), updated on November 21, 2022, at 5:01 pm"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The Ostland Courier with AP and AFP", True),
        ("Courier staff and agencies", True),
        ("By Mara Quist and Jon Varenholt", True),
        ("Vell with Reuters", True),
        ("Vell and Dalen", False),
        ("Vell with Dalen", False),
        ("Vell and Dalen sign ferry deal with AP", False),
        ("By land and sea", False),
    ],
)
def test_a_credit_names_only_writers_and_agencies(line: str, credit: bool) -> None:
    assert is_agency_credit(line) is credit


def test_a_page_with_an_agency_credit_is_archived_as_one_article(mini_project: Path, tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\nThe Ostland Courier with AP and AFP\n\n{STAMP}\n\n2 min read\n\n{LEDE}\n\n{SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://ferries.example/story/1")
    assert fields["title"] == HEADLINE
    assert fields["published"] == "2022-11-21"
    assert 'the byline line "The Ostland Courier with AP and AFP"' in fields["notes"]
    [part] = clean_page(text).parts
    assert part.paragraphs == [STANDFIRST, LEDE, SECOND]


def test_a_second_article_below_a_credit_still_counts() -> None:
    other = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."
    page = clean_page(
        f"{HEADLINE}\n\n{STANDFIRST}\n\nThe Ostland Courier with AP and AFP\n\n{LEDE}\n\n{SECOND}\n\n"
        f"Sylvania central bank holds rates steady\n\nNovember 21, 2022\n\n{other}\n"
    )
    assert [p.headline for p in page.parts] == [HEADLINE, "Sylvania central bank holds rates steady"]
