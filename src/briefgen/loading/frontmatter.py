"""Splitting ``---`` YAML front matter from the text below it.

Sources and briefs share this shape.  The body's first line number is kept
so that errors in the body (a template mistake in a brief) point at the
right line of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefgen.errors import BriefgenError, Problem
from briefgen.loading.yamlload import LoadedYaml, load_yaml

# parse(text, display, line_offset=...): load_yaml, or the corpus's parse cache.
YamlParser = Callable[..., LoadedYaml]


@dataclass(frozen=True)
class FrontMatterFile:
    """Front matter, the body, and the file line where the body starts."""

    meta: LoadedYaml
    body: str
    body_line: int
    closing_line: int


def split_front_matter(text: str, display: str, *, parse: YamlParser = load_yaml) -> FrontMatterFile:
    """Split a file into its YAML front matter and its body; raise with file and line.

    ``parse`` is the YAML loader to use: the corpus passes its parse cache.
    """
    if text.startswith("\ufeff"):
        raise BriefgenError(
            [
                Problem(
                    display,
                    1,
                    "the file starts with an invisible byte-order mark (U+FEFF) before '---'",
                    hint="save the file as UTF-8 without BOM",
                )
            ]
        )
    # The file is walked line by line with ``find`` up to the end of the front
    # matter and the body's first line, never split whole: a source's body is
    # most of its text, and is kept as one slice.
    line_end = text.find("\n")
    if (text if line_end < 0 else text[:line_end]).strip() != "---":
        raise BriefgenError([Problem(display, 1, "file must start with '---' and YAML front matter")])
    meta_start = line_start = line_end + 1
    index = 1  # 0-based number of the line starting at line_start
    while True:
        if line_end < 0:
            raise BriefgenError([Problem(display, 1, "front matter is not closed by a '---' line")])
        line_end = text.find("\n", line_start)
        if (text[line_start:] if line_end < 0 else text[line_start:line_end]).strip() == "---":
            break
        line_start = line_end + 1
        index += 1
    loaded = parse(text[meta_start : max(meta_start, line_start - 1)], display, line_offset=1)
    if line_end >= 0:
        body_start = line_end + 1
        first = index + 2
        while True:
            line_end = text.find("\n", body_start)
            if (text[body_start:] if line_end < 0 else text[body_start:line_end]).strip():
                return FrontMatterFile(loaded, text[body_start:].rstrip() + "\n", first, index + 1)
            if line_end < 0:
                break
            body_start = line_end + 1
            first += 1
    return FrontMatterFile(loaded, "", index + 1, index + 1)
