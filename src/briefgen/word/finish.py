"""The last touches pandoc cannot make: the marking on every page, the properties, fixed dates.

Footnotes are numbered through the whole document (pandoc's reference
document restarts them at each section, which LibreOffice takes as each
page), so Word's numbers are the HTML's.  Tables span the text width.  Quoted
passages are shaded the PDF's pale yellow rather than highlighted.  The
classification marking goes in the page header and the page footer of
every section (government practice marks the top and the foot of each page),
as Word text an office can see and change; below it, "Page N of M" as Word
fields, which Word and LibreOffice fill in as they lay out the pages, as the
PDF's footer counts its own.  The document properties (title,
subject, keywords, language) are the brief's, its created and modified dates
are the edition's as-of date, and every file in the package carries that date
too, so rebuilding the same inputs gives the same bytes, as the PDF does.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # python-docx loads only where the document is finished (the conversion process)
    from docx.section import Section, _Footer, _Header
    from docx.table import Table

#: The paragraph style of the marking, defined in ``templates/word/reference.docx`` (else plain, bold, centred).
MARKING_STYLE = "Marking"
PROPERTY_LIMIT = 255
#: The shading of quoted passages: the PDF's ``--mark`` colour.
PASSAGE_FILL = "FFF1A8"
_AFTER_SHADING = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
TWIPS_PER_CHARACTER = 120  # an average character of 11-point text, generously
CELL_PADDING_TWIPS = 240
_EMU_PER_TWIP = 635


@dataclass(frozen=True)
class DocxProperties:
    """What the finished document says about itself."""

    title: str
    subject: str
    keywords: str
    language: str
    marking: str | None
    as_of: dt.date


def _mark(part: _Header | _Footer, marking: str, styled: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    part.is_linked_to_previous = False
    paragraph = part.paragraphs[0] if part.paragraphs else part.add_paragraph()
    paragraph.text = ""
    if styled:
        paragraph.style = MARKING_STYLE
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking)
    run.bold = True


def _field(paragraph: Any, code: str, shown: str) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) in ``paragraph``; ``shown`` is its value until the reader lays out the pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        paragraph.add_run()._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))

    char("begin")
    instruction = OxmlElement("w:instrText", attrs={qn("xml:space"): "preserve"})
    instruction.text = f" {code} "
    paragraph.add_run()._r.append(instruction)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def _page_numbers(footer: _Footer) -> None:
    """ "Page N of M" at the foot of every page, right-aligned, as in the PDF."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    footer.is_linked_to_previous = False
    blank = [p for p in footer.paragraphs if not p.text and not p.runs]
    paragraph = blank[0] if blank else footer.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES", "1")
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _continuous_notes(section: Section) -> None:
    """Footnotes numbered 1, 2, 3… through the whole document, as in the HTML; never restarted per section or page."""
    from docx.oxml.ns import qn

    for numbering in section._sectPr.findall(qn("w:footnotePr")):
        for restart in numbering.findall(qn("w:numRestart")):
            numbering.remove(restart)


def _full_width(table: Table, text_width: int) -> None:
    """Tables span the text width, as in the PDF, their columns as wide as their text needs.

    pandoc leaves a table's width to the reader (LibreOffice squeezes it) and
    gives every column the same share; a column of long sentences beside a
    column of dates then wraps a word a line.  Each column first gets room for
    its longest word, then a share of the rest of ``text_width`` (twentieths
    of a point) in proportion to the mean length of its cells' text.
    """
    from docx.oxml.ns import qn

    width = table._tbl.tblPr.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "pct")
        width.set(qn("w:w"), "5000")
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    if not grid or not rows or any(len(row) != len(grid) for row in rows):
        return
    columns = range(len(grid))
    needs = [max(sum(len(row[c]) for row in rows) / len(rows), 1.0) for c in columns]
    longest = [max((len(word) for row in rows for word in row[c].split()), default=1) for c in columns]
    floors = [min(TWIPS_PER_CHARACTER * n + CELL_PADDING_TWIPS, text_width // len(grid)) for n in longest]
    spare = max(text_width - sum(floors), 0)
    for column, floor, need in zip(grid, floors, needs, strict=True):
        column.set(qn("w:w"), str(int(floor + spare * need / sum(needs))))


def _soft_highlights(body: Any) -> None:
    """Quoted passages shaded the PDF's pale yellow instead of Word's strong highlighter yellow (pandoc's ``mark``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for highlight in list(body.iter(qn("w:highlight"))):
        properties = highlight.getparent()
        properties.remove(highlight)
        shading = OxmlElement("w:shd", attrs={qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): PASSAGE_FILL})
        for old in properties.findall(qn("w:shd")):
            properties.remove(old)
        properties.insert_element_before(shading, *_AFTER_SHADING)


def _fit(text: str, boundary: str = " ") -> str:
    """Word keeps at most 255 characters in a property: cut at the last ``boundary`` that fits."""
    if len(text) <= PROPERTY_LIMIT:
        return text
    cut = text[: PROPERTY_LIMIT - 1]
    return (cut.rsplit(boundary, 1)[0] if boundary in cut else cut).rstrip(" ,") + "…"


def _fixed_dates(data: bytes, when: dt.datetime) -> bytes:
    """The same package with every member dated ``when``, in the order they came."""
    out = io.BytesIO()
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def finish_docx(data: bytes, properties: DocxProperties) -> bytes:
    """pandoc's ``.docx`` with the marking in every header and footer, the brief's properties and fixed dates."""
    import docx

    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    text_width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    for table in document.tables:
        _full_width(table, int(text_width) // _EMU_PER_TWIP)
    _soft_highlights(document.element.body)
    for section in document.sections:
        _continuous_notes(section)
    if properties.marking:
        styled = any(style.name == MARKING_STYLE for style in document.styles)
        for section in document.sections:
            _mark(section.header, properties.marking, styled)
            _mark(section.footer, properties.marking, styled)
    for section in document.sections:
        _page_numbers(section.footer)
    when = dt.datetime.combine(properties.as_of, dt.time(0, 0), tzinfo=dt.UTC)
    core = document.core_properties
    core.title = _fit(properties.title)
    core.subject = _fit(properties.subject)
    core.keywords = _fit(properties.keywords, ",")
    core.language = properties.language
    core.author = ""
    core.last_modified_by = "briefgen"
    core.created = when
    core.modified = when
    core.revision = 1
    out = io.BytesIO()
    document.save(out)
    return _fixed_dates(out.getvalue(), when)
