"""The date line under a headline in its common shapes, the lede's own day as the last reading, and the lines that are
never the headline (a caption, a list's heading) or the dateline's place.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.dayline import lede_date
from briefgen.ingest.headlinestamps import stamp_below_headline
from briefgen.ingest.meta import dateline
from briefgen.ingest.text import clean_page

HEADLINE = "Two ports agree on a ferry link"
LEDE = (
    "The harbour boards of two coastal towns agreed to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours."
)


def _added(root: Path, tmp_path: Path, text: str, url: str = "https://ferries.example/story/1") -> dict[str, str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    return {**article.fields, "notes": " ".join(article.notes.split())}


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2024-10-15 | 09:32", "2024-10-15"),  # the date in figures, a bar, the time
        ("June 12, 2024", "2024-06-12"),  # a bare date, no time
        ("Jun 13, 2024, 10:23 am", "2024-06-13"),
        ("12.06.2024", "2024-06-12"),  # full stops: day first
        ("12 June 2024 15:40 GMT", "2024-06-12"),
        ("2024/06/12 10:23", "2024-06-12"),  # the year first: then always the month
        ("13-06-2024 10:23", "2024-06-13"),  # one reading only
        ("Thu 13 Jun 2024 10.23 BST", "2024-06-13"),  # a short weekday, a time with a full stop
        ("2024-06-13T10:23:00+05:00", "2024-06-13"),
        ("Last Modified: June 14, 2024 | Published: June 13, 2024", "2024-06-13"),  # published, not modified
        ("Wed, 06/12/2024 - 10:23", "2024-06-12"),  # June or December: 12 June 2024 was the Wednesday, 6 December a Friday
        ("Mon, 06/12/2024 - 10:23", ""),  # June or December, and neither on a Monday: no date rather than a wrong one
        ("Thursday, June 13, 2024", "2024-06-13"),  # a weekday and no time: read only as no other date dates the page
    ],
)
def test_a_date_line_under_the_headline_dates_the_story(mini_project: Path, tmp_path: Path, stamp: str, published: str) -> None:
    assert _added(mini_project, tmp_path, f"{HEADLINE}\n\n{stamp}\n\n{LEDE}\n")["published"] == published


def test_a_section_label_may_stand_between_the_headline_and_its_stamp(mini_project: Path, tmp_path: Path) -> None:
    fields = _added(mini_project, tmp_path, f"{HEADLINE}\n\nMiddle East News\n\n2024-10-15 | 09:32\n\n{LEDE}\n")
    assert fields["published"] == "2024-10-15"
    assert "time stamp below the headline" in fields["notes"]
    removed = [("headline", "H"), ("section label", "World News"), ("date banner", "2024-10-15 | 09:32")]
    assert stamp_below_headline(removed) is not None
    assert stamp_below_headline([("headline", "H"), ("menu", "Menu"), ("date banner", "2024-10-15 | 09:32")]) is None


@pytest.mark.parametrize(
    ("lede", "published"),
    [
        (f"The ministers met in Port Avel on Wednesday, September 4, 2024, and signed a ferry accord. {LEDE}", "2024-09-04"),
        (f"The ministers met in Port Avel on Friday 6 September 2024 to sign a ferry accord. {LEDE}", "2024-09-06"),
        # A date without its weekday may be a recalled one; a date inside a quotation is the speaker's.
        (f"The ministers renewed the accord of 12 June 2001 on the ferry routes. {LEDE}", ""),
        (f'"We first met on Monday, June 3, 2024," the minister said of the talks in Port Avel. {LEDE}', ""),
    ],
)
def test_the_ledes_weekday_and_date_are_the_last_reading(mini_project: Path, tmp_path: Path, lede: str, published: str) -> None:
    found = lede_date([lede])
    assert (found[0].value if found else "") == published
    fields = _added(mini_project, tmp_path, f"{HEADLINE}\n\n{lede}\n")
    assert fields["published"] == published
    if published:
        assert "lede's day" in fields["notes"]


def test_any_other_date_of_the_page_comes_before_the_ledes(mini_project: Path, tmp_path: Path) -> None:
    lede = f"The ministers met in Port Avel on Wednesday, September 4, 2024, and signed a ferry accord. {LEDE}"
    assert _added(mini_project, tmp_path, f"{HEADLINE}\n\nSeptember 5, 2024\n\n{lede}\n")["published"] == "2024-09-05"


@pytest.mark.parametrize(
    ("opening", "place", "published", "outlet"),
    [
        ("PORT AVEL, June 12, 2024 —", "Port Avel", "2024-06-12", None),  # a place in capitals and a full date
        ("PORT AVEL, 12 June 2024:", "Port Avel", "2024-06-12", None),
        ("PORT AVEL, Ostland, June 12, 2024 —", "Port Avel", "2024-06-12", None),  # its country between
        ("PORT AVEL, Ostland (AP) —", "Port Avel", None, "AP"),  # its country before the wire's bracket
        ("PORT AVEL, OSTLAND —", "Port Avel", None, None),  # its country in capitals too
        ("UPDATE, June 12, 2024:", None, None, None),  # a label, not a place
    ],
)
def test_more_shapes_of_a_dateline(opening: str, place: str | None, published: str | None, outlet: str | None) -> None:
    found = dateline(f"{opening} {LEDE}")
    assert [found[k].value if k in found else None for k in ("place", "published", "outlet")] == [place, published, outlet]


def test_a_title_case_dateline_with_its_country() -> None:
    assert dateline(f"Port Avel, Ostland: {LEDE}")["place"].value == "Port Avel"
    assert dateline(f"Kestrel, Northern Ostland | {LEDE}")["place"].value == "Kestrel"
    assert "place" not in dateline(f"Related, Northern Ostland: {LEDE}")  # a label, not a place


def test_the_dateline_after_a_byline(mini_project: Path, tmp_path: Path) -> None:
    fields = _added(mini_project, tmp_path, f"{HEADLINE}\n\nBy Jane Doe\n\nJune 12, 2024\n\nPORT AVEL, Ostland: {LEDE}\n")
    assert (fields["place"], fields["published"], fields["author"]) == ("Port Avel", "2024-06-12", "Jane Doe")


@pytest.mark.parametrize(
    "caption",
    [
        "Ships wait at the quay in Port Avel. (Photo: Jane Doe)",
        "Photo: Ministers shake hands in Port Avel",  # the label first
        "File photo of the harbour at Port Avel",
        "Ministers shake hands in Port Avel | Photo credit: Jane Doe",  # the credit after a bar
    ],
)
def test_a_caption_above_the_headline_is_neither_headline_nor_text(caption: str) -> None:
    [part] = clean_page(f"{caption}\n\n{HEADLINE}\n\n{LEDE}\n").parts
    assert part.headline == HEADLINE
    assert part.paragraphs == [LEDE]
    assert ("photo caption", caption) in [(r.kind, r.text) for r in part.removed]


def test_a_caption_below_the_headline_is_taken_off_the_text() -> None:
    [part] = clean_page(f"{HEADLINE}\n\nPhoto: Ministers shake hands in Port Avel\n\n{LEDE}\n").parts
    assert (part.headline, part.paragraphs) == (HEADLINE, [LEDE])


@pytest.mark.parametrize("heading", ["Related story", "Related articles", "More stories"])
def test_a_list_of_links_heading_is_never_the_headline(heading: str) -> None:
    [part] = clean_page(f"{heading}\n\n{LEDE}\n\nThe first ferry sails in May.\n").parts
    assert part.headline is None
    assert part.paragraphs[0] == LEDE


def test_a_bare_date_dates_the_story_only_near_the_top(mini_project: Path, tmp_path: Path) -> None:
    second = "The first ferry will sail in May and carry up to four hundred passengers a day, the boards said."
    standfirst = "The boards want more trade between the towns."
    near = _added(mini_project, tmp_path, f"{HEADLINE}\n\n{standfirst}\n\nJune 12, 2024\n\n{LEDE}\n\n{second}\n")
    assert near["published"] == "2024-06-12"  # below a standfirst: still the story's date line
    foot = _added(mini_project, tmp_path, f"{HEADLINE}\n\n{LEDE}\n\n{second}\n\nJune 10, 2024\n")
    assert foot["published"] == ""  # at the foot of the text: a list's or a print edition's date
