"""Metadata rules of issue 14: photo captions that look like headlines, a topic label over the headline, a section's
dated label line, kind labels that are no place, datelines with the country in square brackets, stamped dates in the
address, and the embedded post that dates an otherwise undated page.  Every page here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.ingest.embeds import embedded_post_date
from briefgen.ingest.header import CAPTION, headline_like, is_kicker
from briefgen.ingest.meta import dateline_length, find_dateline
from briefgen.ingest.text import furniture_kind
from briefgen.ingest.urldates import date_in_address, stamped_date_in_url
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ostland President Anna Vell (left) with PM Rask in Port Avel on Monday (October 7, 2024) | X (@OstlandMFA)", True),
        ("PM Rask (R) greets President Vell", True),
        ("Leaders at the harbour | @OstlandMFA", True),
        ("Ostland and Westmark sign currency swap", False),
        ("Westmark keeps its seat (left out of talks)", False),
    ],
)
def test_where_a_person_stands_or_a_social_credit_makes_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption
    assert headline_like(line) is not caption


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Port Avel [Ostland], October 7 : President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("Port Avel [Ostland], Oct 7 (ANI): President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("PORT AVEL [Ostland], October 7: President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("Editorial: The government has done well to sign the accord.", None),
        ("EDITORIAL — The government has done well to sign the accord.", None),
        ("Explainer | What the accord means for trade.", None),
        ("EXCLUSIVE: The minister says the accord is near.", None),
    ],
)
def test_bracketed_country_datelines_and_kind_labels(paragraph: str, place: str | None) -> None:
    found = find_dateline([paragraph])
    assert (found["place"].value if "place" in found else None) == place
    assert (dateline_length(paragraph) > 0) is (place is not None)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/politics/accord-signed-05-03-2025-19-18-24", dt.date(2025, 3, 5)),
        ("https://news.example/politics/accord-signed-2024-7-1-7", dt.date(2024, 7, 1)),
        ("https://news.example/politics/accord-signed-2024-10-7.html", dt.date(2024, 10, 7)),
        ("https://news.example/politics/accord-signed-2024-13-1-7", None),
        ("https://news.example/politics/accord-signed-05-03-2025", None),  # no time after it: either order
    ],
)
def test_stamped_dates_in_the_address(url: str, day: dt.date | None) -> None:
    found = stamped_date_in_url(url)
    assert (found[0] if found else None) == day


def test_the_certain_address_forms_come_first() -> None:
    assert date_in_address("https://news.example/2024/05/06/accord-2024-7-1-7", "") == (dt.date(2024, 5, 6), "2024/05/06")


def test_a_topic_label_the_headline_repeats_is_no_headline() -> None:
    topic = "XII High-Level Meeting between Ostland and Westmark"
    headline = "Vell: The High-Level Meeting between Ostland and Westmark opens a new stage of relations"
    assert is_kicker(topic, headline)
    assert not is_kicker(headline, "The two governments agreed on a working agenda for the coming years.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("President's News - 2023.2.2", "date banner"),
        ("Press Releases — 2 February 2023", "date banner"),
        ("Ostland and Westmark sign - accords", None),
    ],
)
def test_a_sections_label_with_its_day_is_a_date_line(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


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
