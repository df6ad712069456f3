"""A time stamp with its zone, in its printed forms ("03 May 2022 02:05:25 GMT+9", its plus sign lost in the copy as
"GMT9", or the time first: "13:25 JST, May 3, 2022"), is the page's furniture: it starts no second article, and right
below the headline it dates the page.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.bylines import byline_kind, is_stamp_line
from briefgen.ingest.meta import parse_header_date
from briefgen.ingest.text import clean_page

HEADLINE = "Two ports agree on a ferry link"
CAPTION = "The chairmen of the two harbour boards after their meeting in Port Ellis. (XNA)"
LEDE = (
    "PORT ELLIS: The harbour boards of two coastal towns agreed on Monday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours."
)
SECOND = "The ferry will carry up to four hundred passengers and sixty cars on each crossing, the boards said."


def _added(root: Path, tmp_path: Path, text: str) -> tuple[str, str, list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url="https://ferries.example/story/1", undated=True), dry_run=True).articles
    return article.fields["published"], article.fields.get("title", ""), article.part.paragraphs


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("03 May 2022 02:05:25 GMT9", "2022-05-03"),
        ("03 May 2022 02:05:25 GMT+9", "2022-05-03"),
        ("13:25 JST, May 3, 2022", "2022-05-03"),
        ("10:30 AM IST | 12 March 2024", "2024-03-12"),
    ],
)
def test_a_stamp_with_its_zone_is_a_date_line_of_that_day(stamp: str, day: str) -> None:
    assert byline_kind(stamp) == "date banner"
    assert is_stamp_line(stamp)
    assert str(parse_header_date(stamp)) == day


def test_a_stamp_printed_twice_starts_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    stamp = "03 May 2022 02:05:25 GMT9"
    text = f"{HEADLINE}\n\n{CAPTION}\n{CAPTION}\n{stamp}\n{stamp}\n\n{LEDE}\n\n{SECOND}\n"
    assert len(clean_page(text).parts) == 1
    published, _, paragraphs = _added(mini_project, tmp_path, text)
    assert published == "2022-05-03"
    assert stamp not in paragraphs and LEDE in paragraphs and SECOND in paragraphs


def test_a_time_first_stamp_below_the_caption_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{CAPTION}\n13:25 JST, May 3, 2022\n{LEDE}\n{SECOND}\n"
    published, _, paragraphs = _added(mini_project, tmp_path, text)
    assert published == "2022-05-03"
    assert "13:25 JST, May 3, 2022" not in paragraphs


def test_a_real_second_article_under_its_own_stamp_still_counts() -> None:
    other = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."
    headline = "Central bank to announce rates at 14:00 GMT on May 3, 2022"
    text = f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n{headline}\n\n13:25 JST, May 3, 2022\n\n{other}\n"
    assert not is_stamp_line(headline)  # a headline with a time in it says something besides the time
    assert [part.headline for part in clean_page(text).parts] == [HEADLINE, headline]
