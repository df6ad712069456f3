"""The shipped briefs in A4 and US Letter, read from the PDF page by page as a private office would.

Issue 13: no mostly-blank page except the last of a part (the page before the
annex, and the last page), no page that ends with a heading, the marking at
the top and the foot of every page, no note printed twice or with the text
of another note, and every note on the page of its first call.  Everything is read from the PDF itself (pdftotext).
"""

from __future__ import annotations

import itertools
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import REPO, run_cli
from tests.pdf.pages import Page, notes_by_number, read_pages

BRIEFS = ("pakistan-belarus-industrial-cooperation", "pre-visit-pm-minsk-2025-04")
PAPERS = {"A4": 841.89, "Letter": 792.0}  # page height in points
AS_OF = "2025-04-10"
MARKING = "OFFICIAL"
MOSTLY_BLANK = 1 / 3
HEADING_HEIGHT = 12.2  # pt, a line's glyph box: h3 (11 pt) measures 12.3, text (10.5 pt) 11.7

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture(scope="module", params=list(PAPERS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    paper = str(request.param)
    root = tmp_path_factory.mktemp(f"layout-{paper}")
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    (root / "templates" / "brand.yaml").write_text(f"paper: {paper}\n", encoding="utf-8")
    result = run_cli("-C", str(root), "build", *BRIEFS)
    assert result.code == 0, result.stderr
    return paper, root / "build" / AS_OF


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"h2", "h3", "h4"}:
            self.depth += 1
            self.found.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"h2", "h3", "h4"}:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.found[-1] += data


def _headings(html: Path) -> set[str]:
    parser = _Headings()
    parser.feed(html.read_text(encoding="utf-8"))
    return {" ".join(text.split()) for text in parser.found if text.strip()}


def _pages(folder: Path, slug: str) -> list[Page]:
    return read_pages(folder / f"{slug}.pdf")


@pytest.mark.parametrize("slug", BRIEFS)
def test_the_pages_are_of_the_chosen_paper(built: tuple[str, Path], slug: str) -> None:
    paper, folder = built
    assert {round(page.height) for page in _pages(folder, slug)} == {round(PAPERS[paper])}


@pytest.mark.parametrize("slug", BRIEFS)
def test_every_page_is_marked_at_top_and_foot(built: tuple[str, Path], slug: str) -> None:
    _, folder = built
    for page in _pages(folder, slug):
        assert any(MARKING in line.text for line in page.header), f"page {page.number}: no marking at the top"
        assert any(MARKING in line.text for line in page.footer), f"page {page.number}: no marking at the foot"


@pytest.mark.parametrize("slug", BRIEFS)
def test_no_page_but_the_last_of_a_part_is_mostly_blank(built: tuple[str, Path], slug: str) -> None:
    paper, folder = built
    pages = _pages(folder, slug)
    for page, following in itertools.pairwise(pages):
        starts_part = bool(following.text_lines) and following.text_lines[0].text.startswith("Annex")
        if not starts_part:
            assert page.fill >= MOSTLY_BLANK, f"{paper} page {page.number} of {len(pages)} is only {page.fill:.0%} full"


@pytest.mark.parametrize("slug", BRIEFS)
def test_no_page_ends_with_a_heading(built: tuple[str, Path], slug: str) -> None:
    paper, folder = built
    headings = _headings(folder / f"{slug}.html")
    assert len(headings) > 5
    for page in _pages(folder, slug):
        if not page.text_lines:
            continue
        last = page.text_lines[-1]
        heading_size = last.bottom - last.top >= HEADING_HEIGHT  # 11 pt and larger; text is 10.5 pt, tables 8.5 pt
        assert not (heading_size and any(heading.endswith(last.text) for heading in headings)), (
            f"{paper} page {page.number} ends with the heading {last.text!r}"
        )


@pytest.mark.parametrize("slug", BRIEFS)
def test_each_note_is_printed_once_and_no_two_notes_say_the_same(built: tuple[str, Path], slug: str) -> None:
    _, folder = built
    notes = notes_by_number(_pages(folder, slug))
    assert len(notes) > 40
    assert sorted(notes) == list(range(1, len(notes) + 1)), "notes are numbered 1, 2, 3… with none missing"
    assert all(len(texts) == 1 for texts in notes.values()), [n for n, t in notes.items() if len(t) > 1]
    texts = [texts[0] for texts in notes.values()]
    assert len(set(texts)) == len(texts), "two notes print the same source passage"
    assert not any("outlet not stated" in text for text in texts)


@pytest.mark.parametrize("slug", BRIEFS)
def test_each_note_stands_on_the_page_of_its_first_call(built: tuple[str, Path], slug: str) -> None:
    """A reader following a number finds its note at the foot of the same page, table rows included."""
    paper, folder = built
    reader = PdfReader(folder / f"{slug}.pdf")
    destinations = reader.named_destinations
    notes = [int(name[3:]) for name in destinations if re.fullmatch(r"fn-\d+", name)]
    assert len(notes) > 40
    misplaced = {}
    for number in notes:
        call = reader.get_destination_page_number(destinations[f"fnref-{number}"])
        note = reader.get_destination_page_number(destinations[f"fn-{number}"])
        if call != note:
            misplaced[number] = f"called on page {call + 1}, printed on page {note + 1}"
    assert not misplaced, f"{paper}: {misplaced}"
