"""The Word stage on small pages: one footnote per note, repeats as NOTEREF fields, headings, pictures, refusals.

Each test runs the real pandoc (from the pypandoc-binary wheel) and reads the
.docx back with tests/word/reading.py, as Word would number it.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import docx
import pytest

from briefgen.errors import BriefgenError
from briefgen.word.finish import DocxProperties
from briefgen.word.images import ImageRefused, svg_to_png, word_image
from briefgen.word.notes import NoteOrderError
from briefgen.word.output import DocxJob
from briefgen.word.prepare import prepare_html
from tests.word.reading import bookmarks, internal_links, word_notes

PROPERTIES = DocxProperties(
    title="A page", subject="", keywords="", language="en", marking="OFFICIAL-SENSITIVE", as_of=dt.date(2025, 4, 10)
)


def _ref(number: int, again: bool = False) -> str:
    kind = "again" if again else "first"
    link = f'<a class="fnref {kind}" href="#fn-{number}" role="doc-noteref">{number}</a>'
    return link + f'<span class="fn-print">{number}. printed copy</span>'


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>A page</title><style>p { color: red }</style></head><body>'
        '<p class="handling">OFFICIAL-SENSITIVE</p><header class="cover"><h1>A page</h1><p class="subtitle">Its subtitle</p></header>'
        f'<main class="narrative">{body}</main>'
        '<section class="footnotes" role="doc-endnotes"><h2>Notes</h2><ol><li id="fn-1">screen copy</li></ol></section>'
        "</body></html>"
    )


def _docx(body: str, notes: list[tuple[int, str]]) -> bytes:
    job = DocxJob("briefs/a-page.md", _page(body), notes, None, PROPERTIES)
    try:
        return job.result()
    finally:
        job.close()


NOTES = [(1, 'First note, <a href="#q-one">passage in annex</a>'), (2, "Second note")]
BODY = (
    f'<h2>Summary</h2><p>One claim <sup class="cite">{_ref(1)}</sup>, two claims <sup class="cite">{_ref(2)}<span class="sep">,</span>'
    f'{_ref(1, again=True)}</sup>.</p><h3>Detail</h3><p>Again <sup class="cite">{_ref(2, again=True)}</sup>.</p>'
    '<div class="annex"><h2>Annex</h2><p><span class="anchor" id="q-one"></span>'
    '<mark>the passage</mark><a class="backref" href="#fnref-1-2">[1]</a></p></div>'
)


def test_each_note_is_one_word_footnote_and_repeats_are_fields_showing_its_number() -> None:
    notes = word_notes(_docx(BODY, NOTES))
    assert notes.texts == ["First note, passage in annex", "Second note"], "one footnote per note, its own text, not the copies"
    assert notes.marks == [1, 2, 1, 2], "every mark shows the note's number, in reading order"
    assert notes.cached == [(1, "1"), (2, "2")], "each repeat is a NOTEREF to the note's bookmark, showing its number already"


def test_marks_sit_on_their_word_and_headings_take_word_styles() -> None:
    document = docx.Document(io.BytesIO(_docx(BODY, NOTES)))
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    assert styles[0] == ("Title", "A page")
    assert ("Subtitle", "Its subtitle") in styles
    assert ("Heading 1", "Summary") in styles and ("Heading 2", "Detail") in styles and ("Heading 1", "Annex") in styles
    texts = [text for _, text in styles]
    # A footnote reference has no text of its own; a repeat shows its number, a separating comma stays.
    assert "One claim, two claims,1." in texts and "Again2." in texts, texts  # no space before a mark
    assert "OFFICIAL-SENSITIVE" not in " ".join(text for _, text in styles), "the marking goes to the header and footer"
    assert "printed copy" not in " ".join(text for _, text in styles) and "screen copy" not in " ".join(text for _, text in styles)


def test_marking_stands_in_the_header_and_footer_of_every_page() -> None:
    document = docx.Document(io.BytesIO(_docx(BODY, NOTES)))
    for section in document.sections:
        assert not section.different_first_page_header_footer
        assert [p.text for p in section.header.paragraphs if p.text] == ["OFFICIAL-SENSITIVE"]
        assert [p.text for p in section.footer.paragraphs if p.text] == ["OFFICIAL-SENSITIVE", "Page 1 of 1"]


def test_links_between_notes_and_annex_land_on_bookmarks() -> None:
    data = _docx(BODY, NOTES)
    links = internal_links(data, "word/footnotes.xml")
    assert links and set(links) <= bookmarks(data), (links, bookmarks(data))
    back = internal_links(data, "word/document.xml")
    assert back == ["_RefNote1"] and "_RefNote1" in bookmarks(data), "the annex's [1] leads back to note 1's reference"


def test_the_same_page_gives_the_same_bytes() -> None:
    assert _docx(BODY, NOTES) == _docx(BODY, NOTES)


def test_notes_out_of_reading_order_are_refused_rather_than_misnumbered() -> None:
    body = f'<p>Later first <sup class="cite">{_ref(2)}</sup> then <sup class="cite">{_ref(1)}</sup>.</p>'
    with pytest.raises(RuntimeError, match=NoteOrderError.__name__):
        _docx(body, NOTES)


def test_a_chart_becomes_a_png_as_wide_as_the_svg() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="216pt" height="72pt"><rect width="100" height="50" fill="#1d3f6e"/></svg>'
    picture = word_image("data:image/svg+xml;base64," + base64.b64encode(svg).decode())
    assert picture.url.startswith("data:image/png;base64,") and picture.width == "3.00in"
    body = f'<div class="chart"><img src="data:image/svg+xml;base64,{base64.b64encode(svg).decode()}" alt="A chart"></div>'
    document = docx.Document(io.BytesIO(_docx(body, [])))
    assert len(document.inline_shapes) == 1
    assert round(document.inline_shapes[0].width.inches, 2) == 3.0


def test_an_image_that_is_not_inlined_is_refused_with_its_url() -> None:
    with pytest.raises(ImageRefused, match=r"image 'https://example\.org/logo\.png' is not inlined"):
        prepare_html(_page('<p><img src="https://example.org/logo.png" alt="Logo"></p>'), [])


def test_an_svg_cannot_make_the_build_fetch_anything() -> None:
    """A loopback server stands in for the network: the SVG's reference is refused and the server never asked."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/tracker.png"
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
            f'<image xlink:href="{url}" width="5" height="5"/></svg>'
        )
        with pytest.raises(ImageRefused, match=r"tracker\.png"):
            svg_to_png(svg.encode())
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []


def test_a_broken_reference_document_is_named_in_the_error(tmp_path: Path) -> None:
    reference = tmp_path / "reference.docx"
    reference.write_bytes(b"not a word document")
    job = DocxJob("briefs/a-page.md", _page(BODY), NOTES, reference, PROPERTIES)
    try:
        with pytest.raises(BriefgenError) as caught:
            job.result()
    finally:
        job.close()
    problem = caught.value.problems[0]
    assert problem.path == "templates/word/reference.docx"
    assert "pandoc could not write the Word document" in problem.message
