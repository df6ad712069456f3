"""A byline with a date, or a time stamp under the headline, dates the article; a date banner above it does not, and a
place with a date is a dateline, not a byline or a stamp; a credit, a comma and a stamp with its time date the page over
a banner.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.bylines import byline_author, byline_kind
from briefgen.ingest.headlinestamps import stamp_below_headline
from briefgen.ingest.meta import parse_header_date
from tests.ingest.dry_run import dry_add

LEDE = (
    "The harbour boards of two coastal towns agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours."
)


def _added(root: Path, tmp_path: Path, text: str) -> dict[str, str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url="https://ferries.example/story/1", undated=True), dry_run=True).articles
    return {**article.fields, "notes": " ".join(article.notes.split()), "body": "\n".join(article.part.paragraphs)}


def _published(root: Path, tmp_path: Path, text: str) -> tuple[str, str]:
    fields = _added(root, tmp_path, text)
    return fields["published"], fields["notes"]


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
    # a weekday date may be the day the page was read: not the stamp, but the last reading of a page dated nowhere else
    # (:mod:`briefgen.ingest.weekdaystamps`); beside the address's day, the address wins
    assert _published(mini_project, tmp_path, no_time)[0] == "2024-10-03"
    assert dry_add(mini_project, tmp_path, no_time, "https://ferries.example/2024/10/02/story")["published"] == "2024-10-02"


def test_only_a_byline_or_a_caption_may_stand_between_headline_and_stamp() -> None:
    assert stamp_below_headline([("headline", "H"), ("byline", "By A. Writer"), ("date banner", "May 2, 2025 08:10")]) is not None
    assert stamp_below_headline([("headline", "H"), ("menu", "Menu"), ("date banner", "May 2, 2025 08:10")]) is None
    assert stamp_below_headline([("date banner", "May 2, 2025 08:10")]) is None  # no headline: nothing to be below


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe | November 20, 2024", "Jane Doe"),
        ("By Jane Doe - November 20, 2024", "Jane Doe"),
        ("By Jane Doe, Staff Reporter Nov 20, 2024", "Jane Doe"),
        ("By Jane Doe on 20 November 2024", "Jane Doe"),
        ("Jane Doe | 20 November 2024", "Jane Doe"),
        ("20 November 2024 · Jane Doe", "Jane Doe"),
        ("November 20, 2024 | By Jane Doe", "Jane Doe"),
        ("Jane Doe / November 20, 2024", "Jane Doe"),
        ("November 20, 2024 by Jane Doe", "Jane Doe"),
    ],
)
def test_a_byline_with_a_date_names_the_author_and_dates_the_article(mini_project: Path, tmp_path: Path, byline: str, author: str) -> None:
    fields = _added(mini_project, tmp_path, f"Two ports agree on a ferry link\n\n{byline}\n\n{LEDE}\n")
    assert (fields["published"], fields["author"]) == ("2024-11-20", author)
    assert byline not in fields["body"] and "weekly ferry link" in fields["body"]  # taken off the text, the lede kept
    assert byline_author(byline) == author


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("New Delhi, November 20, 2024", None),  # a place and a date: a dateline, not a byline
        ("Two Ports, November 20, 2024", None),  # a comma alone never makes a name and a date a byline
        ("2024-11-20 14:05", "date banner"),
        ("November 20, 2024 at 2:05 pm", "date banner"),
        ("By Jane Doe", "byline"),
        ("Original Publication Date February 11, 2025 - 9:31 PM", "update line"),  # a republished story's first day
    ],
)
def test_what_a_header_line_with_a_date_is(line: str, kind: str | None) -> None:
    assert byline_kind(line) == kind


def test_a_section_label_beside_a_date_names_no_author() -> None:
    assert byline_kind("World News | 20 November 2024") == "byline"  # still furniture, and still a date
    assert byline_author("World News | 20 November 2024") is None
    assert byline_author("By Reuters | 20 November 2024") == "Reuters"  # after "By", whoever it names


@pytest.mark.parametrize("stamp", ["2024-11-20 14:05", "November 20, 2024 at 2:05 pm", "20.11.2024 14:05", "11/20/2024 9:30 am"])
def test_more_shapes_of_a_time_stamp_below_the_headline(mini_project: Path, tmp_path: Path, stamp: str) -> None:
    assert _published(mini_project, tmp_path, f"Two ports agree on a ferry link\n\n{stamp}\n\n{LEDE}\n")[0] == "2024-11-20"


def test_a_numeric_stamp_is_read_only_when_one_order_is_possible_or_it_is_written_with_full_stops(
    mini_project: Path, tmp_path: Path
) -> None:
    assert parse_header_date("05/03/2025 14:05") is None  # March or May: no date rather than a wrong one
    assert str(parse_header_date("11/20/2024 14:05")) == "2024-11-20"
    assert str(parse_header_date("05.03.2025 14:05")) == "2025-03-05"  # full stops: day first
    assert str(parse_header_date("20.11.2024 14:05")) == "2024-11-20"
    either = f"Two ports agree on a ferry link\n\n05/03/2025 14:05\n\n{LEDE}\n"
    assert _published(mini_project, tmp_path, either)[0] == ""
    dotted = f"Two ports agree on a ferry link\n\n12.06.2024\n\n{LEDE}\n"
    assert _published(mini_project, tmp_path, dotted)[0] == "2024-06-12"  # a bare date under the headline, day first


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Date: November 20, 2024", ""),
        ("First published on 20 November 2024", ""),  # "First" is no author
        ("Updated: Nov 21, 2024 | Published: Nov 20, 2024", ""),  # the day of publication, not of the update
    ],
)
def test_labelled_dates_give_the_day_of_publication(mini_project: Path, tmp_path: Path, line: str, author: str) -> None:
    fields = _added(mini_project, tmp_path, f"Two ports agree on a ferry link\n\n{line}\n\n{LEDE}\n")
    assert (fields["published"], fields["author"]) == ("2024-11-20", author)


def test_a_credit_a_comma_and_a_stamp_with_its_time_date_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, December 16, 2025\n\n"
        "Vell and Dalen sign a partnership on ports and rail\n\n"
        "Kestrel Desk The Korvik Press, 19 Sep, 2025 10:06 AM\n\n"
        "Vestria and Ostland have signed a partnership to deepen their cooperation on ports and rail.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-dalen-sign-a-partnership/")
    assert fields["published"] == "2025-09-19"  # the stamp under the headline, not the site's banner of the crawl day
    assert fields["author"] == "Kestrel Desk The Korvik Press"


def test_a_dateline_alone_on_its_line_is_no_stamp() -> None:
    assert byline_kind("Port Avel, September 19, 2025") is None


def test_a_date_under_its_own_label_is_the_publication_date(mini_project: Path, tmp_path: Path) -> None:
    text = "Share on\nVell and Dalen agree a weekly ferry link\nPublish Date:\nApr 18, 2025\n" + LEDE + "\n"
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/ferries/vell-and-dalen-agree-a-weekly-ferry-link")
    assert fields["published"] == "2025-04-18"
    assert fields["title"] == "Vell and Dalen agree a weekly ferry link"


def test_two_bare_dates_under_the_headline_are_a_lists() -> None:
    # lithuaniannews-like: the theme links two neighbouring stories, each title over its date, above the text
    removed = [
        ("headline", "Ostland's president meets with Velmora's president in Port Elling"),
        ("date banner", "February 16, 2018"),
        ("date banner", "February 22, 2018"),
        ("repeated headline", "Ostland's president meets with Velmora's president in Port Elling"),
    ]
    assert stamp_below_headline(removed, [0, 1, 2, 2]) is None
    found = stamp_below_headline(removed[:2] + removed[3:], [0, 1, 2])
    assert found is not None
    assert found.value == "2018-02-16"  # alone, it is still the stamp
    timed = [("headline", "Ostland and Velmora sign a treaty"), ("date banner", "Feb 16, 2018, 03:42 PM"), ("date banner", "Feb 22, 2018")]
    stamp = stamp_below_headline(timed, [0, 0, 1])
    assert stamp is not None
    assert stamp.value == "2018-02-16"  # with its time of day, the story's own minute
