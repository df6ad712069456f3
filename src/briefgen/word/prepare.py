"""The brief's HTML made ready for pandoc: note references marked, notes gathered, pictures made Word-ready.

The HTML carries each note twice (inline for the PDF's page foot, and in the
Notes list for the screen) and links every reference to it.  pandoc would
guess at those; instead every reference becomes a marked, numbered span
(:data:`REF_CLASS`), both copies of the notes are dropped, and the notes'
own text (:class:`~briefgen.render.footnotes.Footnote`'s HTML, the same the
Notes list prints) is appended once each in :data:`NOTE_CLASS` blocks, for
:mod:`briefgen.word.notes` to turn into Word footnotes.  HTML5 sectioning
elements become ``div`` so pandoc keeps them and their ids (internal links
land on them), the handling line goes to the page header and footer instead
of the body, and every picture becomes one Word can draw.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

REF_CLASS = "briefgen-ref"
NOTE_CLASS = "briefgen-note"
NOTES_CLASS = "briefgen-notes"

_NOTE_HREF = re.compile(r"^#fn-(\d+)$")
_SECTIONING = ("header", "footer", "section", "article", "main", "nav", "aside")
# Cover lines that have a Word style of their own (the others are body text).
_PARAGRAPH_STYLES = {"subtitle": "Subtitle", "kind": "Document Kind", "stale": "Warning", "colophon": "Colophon"}
# What a Word reader gets elsewhere: the handling line (header and footer), the notes (footnotes).
_DROPPED = (
    "//head",
    "//script",
    "//style",
    "//*[@role='doc-endnotes']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn-print ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' handling ')]",
)


def _classes(element: Any) -> list[str]:
    return str(element.get("class") or "").split()


def _details(listing: Any) -> None:
    """The cover's ``<dl class="meta">`` as one line per entry (``As of: 10 April 2025``), not a Word definition list."""
    import lxml.html

    block = lxml.html.Element("div")
    block.set("data-custom-style", "Cover Details")
    for term in listing.iter("dt"):
        value = term.getnext()
        line = lxml.html.Element("p")
        label = lxml.html.Element("strong")
        label.text = term.text_content().strip() + ": "
        line.append(label)
        if value is not None and value.tag == "dd":
            label.tail = value.text
            for child in list(value):
                line.append(child)
        block.append(line)
    block.tail = listing.tail
    listing.getparent().replace(listing, block)


def _notes_block(notes: Iterable[tuple[int, str]]) -> str:
    items = "".join(f'<div class="{NOTE_CLASS}" data-n="{number}">{html}</div>' for number, html in notes)
    return f'<div class="{NOTES_CLASS}">{items}</div>'


def prepare_html(html: str, notes: Iterable[tuple[int, str]]) -> str:
    """The HTML pandoc reads: references as numbered spans, each note's text once at the end, pictures as PNG/JPEG.

    ``notes`` are (number, HTML of the note's text) pairs.  Raises
    :class:`~briefgen.word.images.ImageRefused` for a picture Word cannot hold.
    """
    import lxml.html

    from briefgen.word.images import word_image

    end = html.rfind("</body>")
    source = html[:end] + _notes_block(notes) + html[end:] if end >= 0 else html + _notes_block(notes)
    root = lxml.html.document_fromstring(source)
    for path in _DROPPED:
        for element in root.xpath(path):
            if element.getparent() is not None:
                element.drop_tree()
    for link in root.xpath("//a[@href]"):
        found = _NOTE_HREF.match(link.get("href", ""))
        if not found or (link.get("role") != "doc-noteref" and "fnref" not in _classes(link)):
            continue
        number = found.group(1)
        link.attrib.clear()
        link.tag = "span"
        link.set("class", REF_CLASS)
        link.set("data-n", number)
        for child in list(link):
            link.remove(child)
        link.text = number
    for element in root.xpath("|".join(f"//{tag}" for tag in _SECTIONING)):
        element.tag = "div"
    for listing in root.xpath("//dl[contains(concat(' ', normalize-space(@class), ' '), ' meta ')]"):
        _details(listing)
    for element in root.xpath("//p[@class] | //div[@class]"):
        styles = [_PARAGRAPH_STYLES[c] for c in _classes(element) if c in _PARAGRAPH_STYLES]
        if not styles:
            continue
        if element.tag == "div":
            element.set("data-custom-style", styles[0])
            continue
        wrapper = lxml.html.Element("div")
        wrapper.set("data-custom-style", styles[0])
        element.addprevious(wrapper)
        tail, element.tail = element.tail, None
        wrapper.append(element)
        wrapper.tail = tail
    for image in root.xpath("//img"):
        picture = word_image(image.get("src", ""))
        image.set("src", picture.url)
        if picture.width:
            image.set("width", picture.width)
    return str(lxml.html.tostring(root, encoding="unicode", method="html"))
