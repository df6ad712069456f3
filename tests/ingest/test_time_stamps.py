"""A time stamp under the headline dates the article; a date banner above it does not.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.meta import stamp_below_headline

LEDE = (
    "The harbour boards of two coastal towns agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours."
)


def _published(root: Path, tmp_path: Path, text: str) -> tuple[str, str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url="https://ferries.example/story/1", undated=True), dry_run=True).articles
    return article.fields["published"], " ".join(article.notes.split())


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Nov 20, 2024, 03:42 PM", "2024-11-20"),
        ("20 November 2024 14:05", "2024-11-20"),
        ("Wednesday, November 20, 2024 | 9:30 am", "2024-11-20"),
    ],
)
def test_a_time_stamp_right_below_the_headline_is_the_publication_date(
    mini_project: Path, tmp_path: Path, stamp: str, published: str
) -> None:
    got, notes = _published(mini_project, tmp_path, f"Two ports agree on a ferry link\n\n{stamp}\n\n{LEDE}\n")
    assert got == published
    assert "time stamp below the headline" in notes


def test_a_date_banner_above_the_headline_or_without_a_time_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    above = f"Thursday, October 3, 2024 10:15 AM\n\nTwo ports agree on a ferry link\n\n{LEDE}\n"
    assert _published(mini_project, tmp_path, above)[0] == ""  # the site's banner, above the headline
    no_time = f"Two ports agree on a ferry link\n\nThursday, October 3, 2024\n\n{LEDE}\n"
    assert _published(mini_project, tmp_path, no_time)[0] == ""  # a bare date may be the day the page was read


def test_only_a_byline_or_a_caption_may_stand_between_headline_and_stamp() -> None:
    assert stamp_below_headline([("headline", "H"), ("byline", "By A. Writer"), ("date banner", "May 2, 2025 08:10")]) is not None
    assert stamp_below_headline([("headline", "H"), ("menu", "Menu"), ("date banner", "May 2, 2025 08:10")]) is None
    assert stamp_below_headline([("date banner", "May 2, 2025 08:10")]) is None  # no headline: nothing to be below
