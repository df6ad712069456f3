"""Reading a .docx back as Word would show it: its note marks, its footnotes, its links and bookmarks.

Word numbers footnotes itself, in the order their references stand in the
document; a ``NOTEREF`` field shows the number of the footnote inside the
bookmark it names.  These helpers compute both from the XML, so a test sees
the numbers a reader sees.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NOTEREF = re.compile(r"^\s*NOTEREF\s+(\S+)")


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def text_of(element: etree._Element, *, skip_marks: bool = False) -> str:
    """The words of an element; with ``skip_marks``, without note marks (footnote-reference style or superscript runs)."""
    words = []
    for run in element.iter(w("r")):
        properties = run.find(w("rPr"))
        if skip_marks and properties is not None:
            style = properties.find(w("rStyle"))
            raised = properties.find(w("vertAlign"))
            if (style is not None and style.get(w("val")) == "FootnoteReference") or (
                raised is not None and raised.get(w("val")) == "superscript"
            ):
                continue
        words += [t.text or "" for t in run.iter(w("t"))]
    return "".join(words)


@dataclass
class WordNotes:
    """What a reader of the Word document sees of its notes."""

    marks: list[int]  # every note mark in the body, in reading order, as numbered by Word
    texts: list[str]  # footnote N's text at index N-1, without its number
    cached: list[tuple[int, str]]  # each NOTEREF: the number it resolves to, and the number it shows now


def word_notes(data: bytes) -> WordNotes:
    document = part(data, "word/document.xml")
    footnotes = {note.get(w("id")): note for note in part(data, "word/footnotes.xml").iter(w("footnote")) if note.get(w("type")) is None}
    order: list[str] = []  # footnote ids in the order of their references
    open_marks: dict[str, str] = {}  # bookmark id → name
    bookmarked: dict[str, int] = {}
    marks: list[int | str] = []
    pending: list[tuple[str, list[str]]] = []  # NOTEREF target, runs of its result so far
    in_result: list[str] | None = None
    for element in document.iter():
        if element.tag == w("bookmarkStart"):
            open_marks[element.get(w("id")) or ""] = element.get(w("name")) or ""
        elif element.tag == w("footnoteReference"):
            order.append(element.get(w("id")) or "")
            for name in open_marks.values():
                bookmarked.setdefault(name, len(order))
            marks.append(len(order))
        elif element.tag == w("bookmarkEnd"):
            open_marks.pop(element.get(w("id")) or "", None)
        elif element.tag == w("instrText") and (found := _NOTEREF.match(element.text or "")):
            pending.append((found.group(1), []))
            marks.append(found.group(1))
        elif element.tag == w("fldChar"):
            kind = element.get(w("fldCharType"))
            in_result = pending[-1][1] if kind == "separate" and pending else None
        elif element.tag == w("t") and in_result is not None:
            in_result.append(element.text or "")
    resolved = [bookmarked[m] if isinstance(m, str) else m for m in marks]
    texts = [" ".join(text_of(footnotes[identifier]).split()) for identifier in order]
    cached = [(bookmarked[name], "".join(shown)) for name, shown in pending]
    return WordNotes(resolved, texts, cached)


def bookmarks(data: bytes) -> set[str]:
    return {b.get(w("name")) or "" for b in part(data, "word/document.xml").iter(w("bookmarkStart"))}


def internal_links(data: bytes, name: str) -> list[str]:
    return [link.get(w("anchor")) or "" for link in part(data, name).iter(w("hyperlink")) if link.get(w("anchor"))]
