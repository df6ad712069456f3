"""End to end: the standing brief built with ``--format html,pdf,docx``, its Word document read against its HTML.

The .docx is read back as Word numbers it (tests/word/reading.py): its
footnotes must be the HTML's notes one for one (count, numbers, text), every
mark in the body must show the number the HTML shows at the same place, the
headings must be Word headings, the tables Word tables, the chart a picture,
the marking in every header and footer, and the evidence annex present with
every note's link to it landing on a bookmark.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import docx
import docx.enum.text
import lxml.html
import pytest

from tests.conftest import REPO, run_cli
from tests.word.reading import bookmarks, internal_links, part, text_of, w, word_notes

BRIEF = "pakistan-belarus-industrial-cooperation"
AS_OF = "2025-04-10"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    result = run_cli("-C", str(root), "build", BRIEF, "--format", "html,pdf,docx")
    assert result.code == 0, result.stderr
    for suffix in ("html", "pdf", "docx"):
        assert f"wrote build/{AS_OF}/{BRIEF}.{suffix}" in result.stdout
    return root


@pytest.fixture(scope="module")
def html(project: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((project / "build" / AS_OF / f"{BRIEF}.html").read_bytes())


@pytest.fixture(scope="module")
def data(project: Path) -> bytes:
    return (project / "build" / AS_OF / f"{BRIEF}.docx").read_bytes()


@pytest.fixture(scope="module")
def document(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _words(text: str) -> str:
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split()))


def _html_notes(html: lxml.html.HtmlElement) -> dict[int, str]:
    notes = {}
    for item in html.xpath("//section[@role='doc-endnotes']//li[starts-with(@id, 'fn-')]"):
        for backlink in item.xpath(".//a[contains(@class, 'backlink')]"):
            backlink.drop_tree()
        notes[int(item.get("id")[3:])] = _words(item.text_content())
    return notes


def test_footnotes_are_the_html_notes_one_for_one(html: lxml.html.HtmlElement, data: bytes) -> None:
    expected = _html_notes(html)
    notes = word_notes(data)
    assert len(expected) >= 80
    assert sorted(expected) == list(range(1, len(expected) + 1))
    assert len(notes.texts) == len(expected), "one Word footnote per HTML note"
    for number, text in enumerate(notes.texts, start=1):
        assert _words(text) == expected[number], f"footnote {number}"


def test_every_mark_shows_the_number_the_html_shows(html: lxml.html.HtmlElement, data: bytes) -> None:
    in_html = [int(a.text_content()) for a in html.xpath("//main//a[@role='doc-noteref']")]
    notes = word_notes(data)
    assert len(in_html) > len(notes.texts), "the standing brief cites some notes more than once"
    assert notes.marks == in_html
    assert all(str(number) == shown for number, shown in notes.cached), "repeats show their number before any field update"


def test_headings_are_word_headings_one_level_up(html: lxml.html.HtmlElement, document: docx.document.Document) -> None:
    title = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert title == [_words(html.xpath("//h1")[0].text_content())]
    expected = [
        (int(h.tag[1]) - 1, _words(h.text_content()))
        for h in html.xpath("//h2 | //h3 | //h4")
        if not h.xpath("ancestor::section[@role='doc-endnotes']")  # the notes are Word footnotes, not a section
    ]
    found = [(int(p.style.name.split()[-1]), _words(p.text)) for p in document.paragraphs if p.style.name.startswith("Heading ")]
    assert found == expected
    assert (1, "Sources") in found and (1, "Annex: archived text of the cited articles") in found


def test_tables_are_word_tables_with_the_same_cells(html: lxml.html.HtmlElement, document: docx.document.Document) -> None:
    tables = html.xpath("//main//table")
    assert len(tables) >= 2 and len(document.tables) == len(tables)
    for table, word_table in zip(tables, document.tables, strict=True):
        for mark in table.xpath(".//sup | .//*[contains(concat(' ', @class, ' '), ' fn-print ')]"):  # marks and printed notes
            mark.drop_tree()
        rows = [[_words(cell.text_content()) for cell in row.xpath("./th | ./td")] for row in table.xpath(".//tr")]
        word_rows = [[_words(text_of(cell._tc, skip_marks=True)) for cell in row.cells] for row in word_table.rows]
        assert word_rows == rows
        header = word_table.rows[0]._tr.find(f"{w('trPr')}/{w('tblHeader')}")
        assert header is not None, "the header row repeats on each page"


def test_the_chart_is_a_picture_with_its_description(html: lxml.html.HtmlElement, data: bytes, document: docx.document.Document) -> None:
    images = html.xpath("//main//img")
    assert images and len(document.inline_shapes) == len(images)
    descriptions = [p.get("descr") for p in part(data, "word/document.xml").iter("{*}docPr")]
    assert descriptions == [image.get("alt") for image in images]
    media = [name for name in _names(data) if name.startswith("word/media/")]
    assert media and all(name.endswith(".png") for name in media)


def test_marking_is_in_the_header_and_footer_of_every_page(document: docx.document.Document) -> None:
    for section in document.sections:
        assert not section.different_first_page_header_footer, "one header and footer for every page"
        assert [p.text for p in section.header.paragraphs if p.text] == ["OFFICIAL"]
        assert [p.text for p in section.footer.paragraphs if p.text] == ["OFFICIAL", "Page 1 of 1"]
        assert section.header.paragraphs[0].style.name == "Marking", "styled by templates/word/reference.docx"
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297), "A4, from the reference document"
    body = " ".join(p.text for p in document.paragraphs)
    assert "OFFICIAL" not in body.split(), "the marking is not repeated as body text"


def test_every_page_is_numbered_by_word_fields(document: docx.document.Document) -> None:
    """ "Page N of M" under the marking: PAGE and NUMPAGES fields, which Word fills in as it lays out the pages."""
    for section in document.sections:
        numbering = section.footer.paragraphs[-1]
        codes = [node.text.strip() for node in numbering._p.iter(w("instrText"))]
        assert codes == ["PAGE", "NUMPAGES"]
        assert numbering.text == "Page 1 of 1", "the fields' shown values until Word counts the pages"
        assert numbering.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT


def test_the_annex_is_present_and_every_link_to_it_lands(
    html: lxml.html.HtmlElement, data: bytes, document: docx.document.Document
) -> None:
    """The annex's articles are Heading 2s with their passages shaded; every internal link, from a note or the text, lands."""
    articles = [_words(h.text_content()) for h in html.xpath("//section[contains(@class, 'annex')]//h3")]
    headings = [_words(p.text) for p in document.paragraphs if p.style.name == "Heading 2"]
    assert articles and headings[-len(articles) :] == articles
    highlighted = "".join(
        "".join(t.text or "" for t in run.iter(w("t")))
        for run in part(data, "word/document.xml").iter(w("r"))
        if (shading := run.find(f"{w('rPr')}/{w('shd')}")) is not None and shading.get(w("fill")) == "FFF1A8"
    )
    for mark in html.xpath("//section[contains(@class, 'annex')]//mark")[:20]:
        assert " ".join(mark.text_content().split()) in " ".join(highlighted.split())
    targets = bookmarks(data)
    from_notes = internal_links(data, "word/footnotes.xml")
    from_body = internal_links(data, "word/document.xml")
    assert len(from_notes) >= 2 * len(_html_notes(html)), "each note links to its source and to its passage"
    assert set(from_notes) <= targets and set(from_body) <= targets


def test_the_index_and_manifest_list_the_word_document(project: Path) -> None:
    manifest = json.loads((project / "build" / "manifest.json").read_text(encoding="utf-8"))
    record = manifest["outputs"][f"{AS_OF}/{BRIEF}.docx"]
    assert record["format"] == "docx" and record["bytes"] > 10_000 and "docx" in record["timings"]
    index = (project / "build" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{AS_OF}/{BRIEF}.docx">Word</a>' in index


def test_an_unchanged_word_document_is_not_rebuilt_and_a_forced_one_is_identical(project: Path, data: bytes) -> None:
    again = run_cli("-C", str(project), "build", BRIEF, "--format", "docx")
    assert again.code == 0 and "unchanged" in again.stdout, again.stdout
    forced = run_cli("-C", str(project), "build", BRIEF, "--format", "docx", "--force")
    assert forced.code == 0, forced.stderr
    assert (project / "build" / AS_OF / f"{BRIEF}.docx").read_bytes() == data, "the same inputs give the same bytes"


def _names(data: bytes) -> list[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.namelist()
