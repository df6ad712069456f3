"""Make templates/word/reference.docx: pandoc's own reference document, restyled like the PDF.

`briefgen build --format docx` takes every style of its Word documents from
templates/word/reference.docx (pandoc's --reference-doc).  This script made
that file once, and remakes it when the house style changes:

    .venv/bin/python scripts/make_reference_docx.py [OUTPUT]

An editor may instead restyle the file in Word itself (Modify Style on the
headings, Normal, Footnote Text, Marking...) and save it in place; only its
styles, page size and margins are used, never its text.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pypandoc  # type: ignore[import-untyped]
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

SERIF = "Times New Roman"  # the PDF's Liberation Serif has the same metrics
SANS = "Arial"  # and Liberation Sans these
INK = RGBColor(0x1B, 0x1B, 0x1B)
MUTED = RGBColor(0x5A, 0x5A, 0x5A)
ACCENT = RGBColor(0x1D, 0x3F, 0x6E)
WARNING = RGBColor(0xB3, 0x26, 0x1E)


def pandoc_reference() -> bytes:
    """pandoc's default reference.docx, from the pandoc that ships in pypandoc-binary."""
    return subprocess.run(
        [pypandoc.get_pandoc_path(), "--print-default-data-file", "reference.docx"], check=True, capture_output=True
    ).stdout


def font(style: docx.styles.style.BaseStyle, *, name: str, size: float, color: RGBColor = INK, bold: bool | None = None) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    style.font.color.rgb = color
    if bold is not None:
        style.font.bold = bold
    # Word reads East Asian and complex-script fonts from their own attributes; name them too.
    fonts = style.element.rPr.rFonts
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(docx.oxml.ns.qn(attribute), name)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(docx.oxml.ns.qn(attribute), None)


def named(document: docx.document.Document, name: str) -> docx.styles.style.BaseStyle:
    """A style by its name, whatever its case (pandoc names some built-in styles in lower case)."""
    return next(s for s in document.styles if s.name is not None and s.name.lower() == name.lower())


def paragraph_style(document: docx.document.Document, name: str) -> docx.styles.style.ParagraphStyle:
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    return style


def restyle(data: bytes) -> docx.document.Document:
    document = docx.Document(io.BytesIO(data))
    for section in document.sections:
        for numbering in section._sectPr.findall(docx.oxml.ns.qn("w:footnotePr")):
            section._sectPr.remove(numbering)  # pandoc's restarts notes at each section; ours run through
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = Mm(24), Mm(20), Mm(22), Mm(22)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
    styles = document.styles
    font(styles["Normal"], name=SERIF, size=11)
    for name in ("Body Text", "First Paragraph", "Compact"):
        font(styles[name], name=SERIF, size=11)
        styles[name].paragraph_format.space_after = Pt(6)
    for level, size in ((1, 14), (2, 12), (3, 11), (4, 11)):
        heading = styles[f"Heading {level}"]
        font(heading, name=SANS, size=size, color=ACCENT, bold=True)
        heading.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True
    font(styles["Title"], name=SANS, size=22, color=ACCENT, bold=True)
    font(styles["Subtitle"], name=SANS, size=13, color=MUTED, bold=False)
    for name in ("Title", "Subtitle"):
        styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        styles[name].paragraph_format.space_before = Pt(0)
        styles[name].paragraph_format.space_after = Pt(6)
    details = paragraph_style(document, "Cover Details")
    font(details, name=SANS, size=9.5)
    details.paragraph_format.space_after = Pt(0)
    named(document, "Hyperlink").font.color.rgb = ACCENT
    for name in ("Definition Term", "Definition"):
        font(styles[name], name=SANS, size=9.5, color=MUTED if name == "Definition Term" else INK)
        styles[name].paragraph_format.space_after = Pt(0)
    font(styles["Footnote Text"], name=SERIF, size=9)
    font(named(document, "Caption"), name=SANS, size=9, color=MUTED)
    kind = paragraph_style(document, "Document Kind")
    font(kind, name=SANS, size=9, color=MUTED, bold=True)
    kind.font.all_caps = True
    warning = paragraph_style(document, "Warning")
    font(warning, name=SANS, size=10, color=WARNING, bold=True)
    colophon = paragraph_style(document, "Colophon")
    font(colophon, name=SANS, size=8, color=MUTED)
    colophon.paragraph_format.space_before = Pt(24)
    marking = paragraph_style(document, "Marking")
    font(marking, name=SANS, size=9, bold=True)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.paragraph_format.space_after = Pt(0)
    return document


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "templates" / "word" / "reference.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    restyle(pandoc_reference()).save(str(target))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
