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
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise BriefgenError([Problem(display, 1, "file must start with '---' and YAML front matter")])
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            break
    else:
        raise BriefgenError([Problem(display, 1, "front matter is not closed by a '---' line")])
    loaded = parse("\n".join(lines[1:index]), display, line_offset=1)
    body_lines = lines[index + 1 :]
    first = index + 2
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
        first += 1
    if not body_lines:
        return FrontMatterFile(loaded, "", index + 1, index + 1)
    return FrontMatterFile(loaded, "\n".join(body_lines).rstrip() + "\n", first, index + 1)
