"""Which template line wrote each line of a brief's rendered Markdown.

An error about a sentence must name the line where an editor wrote it, even
when that sentence sits deep in a brief beside others that share its words,
or in an included partial.  Searching the templates for the sentence's words
guesses; instead, while the narrative renders, every run of literal template
text carries an invisible marker naming its template and line (a Jinja
extension adds them to the token stream, so no line number moves and no
error location changes).  The markers are taken out of the Markdown before
anything else reads it, leaving a table from Markdown line to template line.

Literal text inside ``{% macro %}``, ``{% call %}``, ``{% filter %}`` and
``{% set %}…{% endset %}`` blocks is left unmarked: it becomes a value that a
template may compare or transform, and a marker must never change a value.
What such blocks print is credited to the line that printed it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from jinja2.ext import Extension
from jinja2.lexer import TOKEN_BLOCK_BEGIN, TOKEN_BLOCK_END, TOKEN_DATA, Token, TokenStream

# Private-use characters: no fact, source or template legitimately holds them in this order.
_OPEN, _MID, _CLOSE = "\ue5b0", "\ue5b1", "\ue5b2"
#: Removed from every printed value, so no fact or source can forge or hide behind a marker.
NOT_IN_VALUES = str.maketrans({_OPEN: "\ufffd", _MID: "\ufffd", _CLOSE: "\ufffd"})
_MARKER = re.compile(f"{_OPEN}([^{_MID}]*){_MID}(\\d+){_CLOSE}")
_VALUE_BLOCKS = {"macro", "call", "filter"}


def marker(name: str, line: int) -> str:
    """The invisible marker saying that what follows was written on ``line`` of template ``name``."""
    return f"{_OPEN}{name}{_MID}{line}{_CLOSE}"


def _mark_data(text: str, name: str, line: int) -> str:
    """Literal template text with a marker at its start and at the start of each line it begins.

    No marker follows a final line break: the next line may start with a printed
    value from a later template line, and the marker of that line's own literal
    text (or of the next) names it better.
    """
    pieces = text.split("\n")
    out = [marker(name, line) + pieces[0]]
    for offset, piece in enumerate(pieces[1:], start=1):
        out.append(marker(name, line + offset) + piece if piece else piece)
    return "\n".join(out)


class LineMarkers(Extension):
    """Adds a line marker to every run of literal text a template prints."""

    def filter_stream(self, stream: TokenStream) -> Iterable[Token]:
        return _marked_tokens(stream, stream.name or "")


def _marked_tokens(stream: Iterable[Token], name: str) -> Iterator[Token]:
    """The token stream with literal text marked, except inside blocks whose output is a value."""
    value_depth = 0
    tag: list[Token] = []
    for token in stream:
        if tag:
            tag.append(token)
            if token.type == TOKEN_BLOCK_END:
                value_depth += _value_block_change(tag)
                yield from tag
                tag = []
            continue
        if token.type == TOKEN_BLOCK_BEGIN:
            tag = [token]
            continue
        if token.type == TOKEN_DATA and value_depth == 0:
            token = Token(token.lineno, token.type, _mark_data(token.value, name, token.lineno))
        yield token
    yield from tag


def _value_block_change(tag: list[Token]) -> int:
    """+1 when a tag opens a block whose output becomes a value, -1 when it closes one."""
    words = [t.value for t in tag[1:-1] if t.type == "name"]
    if not words:
        return 0
    keyword = words[0]
    if keyword in _VALUE_BLOCKS:
        return 1
    if keyword.startswith("end") and keyword[3:] in {*_VALUE_BLOCKS, "set"}:
        return -1
    if keyword == "set" and not any(t.type == "assign" for t in tag):
        return 1  # {% set x %}…{% endset %}: a block assignment
    return 0


@dataclass
class SourceMap:
    """For each line of the rendered Markdown (0-based), the template and line that wrote its start."""

    starts: list[int] = field(default_factory=list)  # Markdown line of each entry, ascending
    places: list[tuple[str, int]] = field(default_factory=list)  # (template name, 1-based line)

    def locate(self, markdown_line: int) -> tuple[str, int] | None:
        """The template and line behind a Markdown line: the last marker placed at or before its start."""
        index = bisect.bisect_right(self.starts, markdown_line) - 1
        return self.places[index] if index >= 0 else None


def strip_markers(text: str) -> tuple[str, SourceMap]:
    """Markdown without its markers, and the table of where each of its lines came from.

    A Markdown line is credited to its first marker, or to a later one when
    nothing visible was printed between the line break and that marker.
    """
    pieces: list[str] = []
    source_map = SourceMap()
    line = 0
    position = 0
    for match in _MARKER.finditer(text):
        chunk = text[position : match.start()]
        pieces.append(chunk)
        line += chunk.count("\n")
        place = (match.group(1), int(match.group(2)))
        if not source_map.starts or source_map.starts[-1] != line:
            source_map.starts.append(line)
            source_map.places.append(place)
        elif _at_line_start(pieces):
            source_map.places[-1] = place
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces), source_map


def _at_line_start(pieces: list[str]) -> bool:
    """Whether nothing but spaces has been printed since the last line break."""
    for piece in reversed(pieces):
        if "\n" in piece:
            return not piece.rsplit("\n", 1)[1].strip()
        if piece.strip():
            return False
    return True
