"""pandoc's document tree rewritten for Word: one real footnote per note, headings as Word headings.

Works on the JSON form of pandoc's tree (``pandoc -t json``) read from
:func:`briefgen.word.prepare.prepare_html`'s page:

* The first reference to note *N* becomes a pandoc ``Note`` (a real Word
  footnote, numbered by Word) inside a hidden bookmark ``_RefNoteN``.  Every
  later reference to *N* becomes a ``NOTEREF`` field to that bookmark, shown
  as *N* in the footnote-reference style: a Word note exists once, as in the
  HTML, and if an editor adds or moves notes, updating fields renumbers the
  repeats too.  Word numbers footnotes in the order they appear, so this only
  keeps the HTML's numbers because the HTML numbers notes in reading order;
  :class:`NoteOrderError` guards that.
* The space before a reference mark goes, so the mark sits on its word.
* Links to a reference (``#fnref-N``, ``#fnref-N-2``) or a note (``#fn-N``),
  as in the Sources and the annex, point at the note's bookmark.
* The title (``h1``) takes Word's Title style and every other heading moves
  up one level (``h2`` is Heading 1), the way a Word document is outlined.
* The Sources and the annex start on a new page.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from briefgen.word.prepare import NOTE_CLASS, NOTES_CLASS, REF_CLASS

Node = dict[str, Any]

_REF_TARGET = re.compile(r"^#fn(?:ref)?-(\d+)(?:-\d+)?$")
_PAGE_BREAK_BEFORE = ("sources", "annex")
_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
_BOOKMARK_BASE = 900_000  # bookmark ids of our own, far from pandoc's (which count up from 0)


class NoteOrderError(Exception):
    """Notes would not be numbered in the order they are read, so Word's numbers would differ from the HTML's."""


def bookmark_name(number: int) -> str:
    """The hidden bookmark around note ``number``'s footnote reference."""
    return f"_RefNote{number}"


def _raw(xml: str) -> Node:
    return {"t": "RawInline", "c": ["openxml", xml]}


def _attr(node: Node) -> tuple[str, list[str], dict[str, str]]:
    identifier, classes, pairs = node["c"][0]
    return identifier, classes, {key.removeprefix("data-"): value for key, value in pairs}


def _noteref_field(number: int) -> Node:
    """A NOTEREF field to note ``number``, its last result the number in the footnote-reference style."""
    run = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>{}</w:r>'
    return _raw(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> NOTEREF {bookmark_name(number)} \\f \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run.format(f"<w:t>{number}</w:t>")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Span" and REF_CLASS in _attr(node)[1]


def _holds_refs(node: Any) -> bool:
    return isinstance(node, dict) and node.get("t") == "Superscript" and any(_is_ref(item) for item in node["c"])


def _is_sequence(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) and "t" in item for item in value)


class WordTree:
    """One brief's pandoc tree, rewritten in place by :meth:`rewrite`."""

    def __init__(self, tree: Node) -> None:
        self.tree = tree
        self.notes: dict[int, list[Node]] = {}
        self.order: list[int] = []  # note numbers in the order their footnotes appear

    def rewrite(self) -> Node:
        """Take the notes out, then rewrite the document; returns the tree."""
        self.tree["blocks"] = self._take_notes(self.tree["blocks"])
        for blocks in self.notes.values():
            self._walk(blocks)
        self.tree["blocks"] = self._sequence(self.tree["blocks"])
        self._walk(self.tree["blocks"])
        if self.order != sorted(self.order):
            raise NoteOrderError(f"notes appear in the order {self.order[:12]}, not in their numbers' order")
        return self.tree

    def _take_notes(self, blocks: list[Node]) -> list[Node]:
        kept = []
        for block in blocks:
            if block.get("t") == "Div" and NOTES_CLASS in _attr(block)[1]:
                for item in block["c"][1]:
                    if item.get("t") == "Div" and NOTE_CLASS in _attr(item)[1]:
                        content = [{"t": "Para", "c": b["c"]} if b.get("t") == "Plain" else b for b in item["c"][1]]
                        self.notes[int(_attr(item)[2]["n"])] = content
                continue
            if block.get("t") == "Div":
                block["c"][1] = self._take_notes(block["c"][1])
            kept.append(block)
        return kept

    def _walk(self, value: Any) -> None:
        """Rewrite every sequence of elements below ``value``, depth first."""
        if isinstance(value, dict):
            if value.get("t") == "Note":
                return  # a note's own text was rewritten when it was taken out
            content = value.get("c")
            if isinstance(content, list) and _is_sequence(content):
                value["c"] = content = self._sequence(content)
            self._walk(content)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if _is_sequence(item):
                    value[index] = item = self._sequence(item)
                self._walk(item)

    def _sequence(self, items: list[Node]) -> list[Node]:
        out: list[Node] = []
        for item in items:
            kind = item.get("t")
            if _holds_refs(item):
                while out and out[-1].get("t") in ("Space", "SoftBreak"):
                    out.pop()
                out += self._marks(item["c"])
            elif _is_ref(item):
                out += self._mark(item)
            elif kind == "Header":
                out.append(self._heading(item))
            elif kind == "Link":
                out.append(self._retarget(item))
            elif kind == "Div" and any(c in _PAGE_BREAK_BEFORE for c in _attr(item)[1]):
                out += [{"t": "RawBlock", "c": ["openxml", _PAGE_BREAK]}, item]
            else:
                out.append(item)
        return out

    def _marks(self, items: list[Node]) -> list[Node]:
        """A superscript run of marks (``1,2``): footnote references, with the commas between them kept superscript."""
        out: list[Node] = []
        for item in items:
            if _is_ref(item):
                out += self._mark(item)
            elif item.get("t") != "Space":
                out.append({"t": "Superscript", "c": [item]})
        return out

    def _mark(self, span: Node) -> list[Node]:
        number = int(_attr(span)[2]["n"])
        if number in self.order:
            return [_noteref_field(number)]
        if number not in self.notes:
            return [{"t": "Superscript", "c": [{"t": "Str", "c": str(number)}]}]
        self.order.append(number)
        bookmark_id = _BOOKMARK_BASE + number
        return [
            _raw(f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{bookmark_name(number)}"/>'),
            {"t": "Note", "c": self.notes[number]},
            _raw(f'<w:bookmarkEnd w:id="{bookmark_id}"/>'),
        ]

    @staticmethod
    def _heading(header: Node) -> Node:
        level, attr, inlines = header["c"]
        if level == 1:
            return {"t": "Div", "c": [[attr[0], [], [["custom-style", "Title"]]], [{"t": "Para", "c": inlines}]]}
        return {"t": "Header", "c": [level - 1, attr, inlines]}

    @staticmethod
    def _retarget(link: Node) -> Node:
        """A link to a reference or a note, made a Word hyperlink to the note's bookmark.

        Written as raw XML because pandoc rewrites a bookmark name that does
        not start with a letter, and Word's own cross-reference bookmarks
        (hidden ones) start with ``_``.
        """
        found = _REF_TARGET.match(link["c"][2][0])
        if not found:
            return link
        text = escape(_plain(link["c"][1]), quote=False)
        return _raw(
            f'<w:hyperlink w:anchor="{bookmark_name(int(found.group(1)))}">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'
        )


def _plain(inlines: list[Node]) -> str:
    """The words of a run of pandoc inlines, without their formatting."""
    words = []
    for item in inlines:
        kind = item.get("t")
        if kind == "Str":
            words.append(item["c"])
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            words.append(" ")
        elif kind in ("Emph", "Strong", "Superscript", "Subscript", "SmallCaps", "Underline", "Strikeout"):
            words.append(_plain(item["c"]))
        elif kind in ("Span", "Link", "Quoted"):
            words.append(_plain(item["c"][1]))
    return "".join(words)
