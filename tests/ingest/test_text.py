"""Cleaning pasted pages and reading what they state, case by case."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest.bylines import byline_author
from briefgen.ingest.meta import dateline, parse_text_date, told_outlet
from briefgen.ingest.source_ids import make_id
from briefgen.ingest.text import clean_page, furniture_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("1 / 2", "gallery counter"),
        ("3 of 12", "gallery counter"),
        ("Open this photo in gallery:", "gallery link"),
        ("View images in gallery", "gallery link"),
        ("Short Url", "share link"),
        ("Follow", "follow button"),
        ("Open Menu", "menu"),
        ("Advertisement", "menu"),
        ("- Advertisement -", "menu"),
        ("Also Read: Inauguration of Pakistani Truck Art tram in Belarus", "link line"),
        ("Updated 26 November 2024", "update line"),
        ("Updated 6 sec ago", "update line"),
        ("Fahad Shabbir (@FahadShabbir) Published April 10, 2025 | 06:50 PM", "byline"),
        ("By Sana Qureshi", "byline"),
        ("Follow the money, officials said, and the trade figures tell a story.", None),
        ("Updated figures released on Monday showed exports rising for the third consecutive quarter, the ministry said.", None),
        ("By 2030, Pakistan aims to double its exports to Belarus.", None),
    ],
)
def test_furniture_lines(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_bylines_name_their_author() -> None:
    assert byline_author("Fahad Shabbir (@FahadShabbir) Published April 10, 2025 | 06:50 PM") == "Fahad Shabbir"
    assert byline_author("By Sana Qureshi") == "Sana Qureshi"
    assert byline_author("Published April 10, 2025") is None


def test_date_line_alone_and_glued() -> None:
    alone = clean_page("date 2025-03-01\n\nISLAMABAD: The talks opened on Saturday.\n")
    assert alone.date_line == "2025-03-01" and not alone.date_line_glued
    assert alone.parts[0].body == "ISLAMABAD: The talks opened on Saturday.\n"
    glued = clean_page(" date 2025-03-01 ISLAMABAD: The talks opened on Saturday.\n")
    assert glued.date_line_glued and glued.parts[0].body == "ISLAMABAD: The talks opened on Saturday.\n"


def test_caption_with_credit_under_the_headline_is_removed() -> None:
    page = clean_page(
        "Belarusian tractors arrive in Karachi\n\n"
        "Tractors are unloaded at Karachi port on March 2, 2025. (AFP)\n"
        "Follow\n\n"
        "KARACHI: The first 300 Belarus tractors of the year arrived on Sunday.\n\n"
        "Officials said the rest would follow by June (in several shipments).\n"
    )
    [part] = page.parts
    assert part.headline == "Belarusian tractors arrive in Karachi"
    assert [r.kind for r in part.removed] == ["headline", "photo caption", "follow button"]
    assert part.paragraphs[-1] == "Officials said the rest would follow by June (in several shipments)."


def test_subheading_before_a_link_line_is_not_a_new_article() -> None:
    page = clean_page(
        "ISLAMABAD: Trade talks resumed on Monday.\n\nNew targets\n\n"
        "Also Read: Tractor deal signed\n\nBoth sides set a new target for 2026.\n"
    )
    assert len(page.parts) == 1
    assert page.parts[0].paragraphs == ["ISLAMABAD: Trade talks resumed on Monday.", "New targets", "Both sides set a new target for 2026."]


def test_hard_wrapped_text_is_joined_back_into_paragraphs() -> None:
    text = (
        "LAHORE: Punjab's commerce department said on Tuesday that a delegation\n"
        "from Minsk would visit textile mills in Faisalabad next week to look at\n"
        "sourcing cotton yarn.\n\n"
        "The visit follows a meeting of the joint working group in January, where\n"
        "both sides agreed to set up a business council to meet twice a year in\n"
        "Lahore and Minsk.\n\n"
        "Officials said exports of home textiles to Belarus rose in 2024 and that\n"
        "the government hoped to double them by 2027 through direct shipping.\n"
    )
    page = clean_page(text)
    assert page.hard_wrapped
    assert len(page.parts[0].paragraphs) == 3
    assert page.parts[0].paragraphs[1] == (
        "The visit follows a meeting of the joint working group in January, where both sides agreed to set up a business "
        "council to meet twice a year in Lahore and Minsk."
    )


def test_trailing_nbsp_and_leading_spaces() -> None:
    page = clean_page("  • First standfirst\n  • Second standfirst\n\nKARACHI: Body text.\u00a0\n")
    [part] = page.parts
    assert part.paragraphs == ["• First standfirst", "• Second standfirst", "KARACHI: Body text."]
    assert (part.standfirst_lines, part.trailing_stripped, part.nbsp_stripped) == (2, 1, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 26 November 2024", dt.date(2024, 11, 26)),
        ("Published April 10, 2025 | 06:50 PM", dt.date(2025, 4, 10)),
        ("(UrduPoint / Pakistan Point News - 10th Apr, 2025)", dt.date(2025, 4, 10)),
        ("Sept. 3 2024", dt.date(2024, 9, 3)),
        ("2025-01-31", dt.date(2025, 1, 31)),
        ("Updated 6 sec ago", None),
        ("31 February 2025", None),
    ],
)
def test_parse_text_date(text: str, expected: dt.date | None) -> None:
    assert parse_text_date(text) == expected


@pytest.mark.parametrize(
    ("lede", "place", "outlet", "published"),
    [
        ("ISLAMABAD: Belarusian President Alexander Lukashenko is set to visit.", "Islamabad", None, None),
        (
            "ISLAMABAD, (UrduPoint / Pakistan Point News - 10th Apr, 2025) Minister for Commerce",
            "Islamabad",
            "UrduPoint / Pakistan Point News",
            "2025-04-10",
        ),
        ("Rawalpindi, 12 June 2024 (TDI): Andrei Metelitsa Ambassador of Belarus called on", "Rawalpindi", "TDI", "2024-06-12"),
        ("DERA GHAZI KHAN (Reuters) - Farmers in the south", "Dera Ghazi Khan", "Reuters", None),
        ("NOTE: This article was corrected on Monday.", None, None, None),
        ("STZA said it has notified 32 Special Technology Zones", None, None, None),
        ("Pakistan and Belarus have agreed to locally assemble Belarusian tractors", None, None, None),
    ],
)
def test_dateline(lede: str, place: str | None, outlet: str | None, published: str | None) -> None:
    found = dateline(lede)
    assert (found["place"].value if "place" in found else None) == place
    assert (found["outlet"].value if "outlet" in found else None) == outlet
    assert (found["published"].value if "published" in found else None) == published


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("ISLAMABAD: Lukashenko is set to visit, a source in Foreign Office told Business Recorder on Friday.", "Business Recorder"),
        ("A senior official told Dawn that the plan was ready.", "Dawn"),
        ("The ambassador told Prime Minister Shehbaz Sharif that Belarus was ready.", None),
        ("The minister told reporters on Monday that talks had gone well.", None),
    ],
)
def test_outlet_named_in_the_lede(lede: str, outlet: str | None) -> None:
    found = told_outlet(lede)
    assert (found.value if found else None) == outlet


def test_ids_in_the_corpus_style() -> None:
    day = dt.date(2024, 11, 16)
    assert make_id(outlet="Business Recorder", headline=None, lede="", published=day) == "business-recorder-2024-11-16"
    assert make_id(outlet="UrduPoint / Pakistan Point News", headline="x", lede="", published=day) == "urdupoint-2024-11-16"
    assert make_id(outlet=None, headline="Pakistan to showcase BYD, Samsung, Google assembly push", lede="", published=None) == (
        "pakistan-showcase-byd-samsung-google"
    )
    assert make_id(outlet=None, headline=None, lede="KARACHI: Pakistan and Belarus have agreed to assemble tractors", published=day) == (
        "pakistan-belarus-agreed-assemble-tractors-2024-11-16"
    )
