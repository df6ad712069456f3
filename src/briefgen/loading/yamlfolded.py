"""The plain folded block (``notes: >-`` and lines under it) rewritten as the quick reading's one-line value.

Every source's front matter ends with its ``notes: >-`` block, the way
``briefgen sources add`` writes it, so the quick reading of
:mod:`briefgen.loading.yamlload` used to leave all 5,000 front matters of a
big corpus to libyaml (about a tenth of a second of a cold ``check``).  A
block in the plain style (``>-`` alone after the key, every line under it
indented alike and further than the key, none blank, none ending in a space)
folds into its lines joined by one space: the same string libyaml builds.  Such a block is
rewritten as a double-quoted value on its key's line, and its lines as blank
lines, so every line keeps its number; any other block, and the text is left
to libyaml whole.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"( *)[A-Za-z_][A-Za-z0-9_-]*: >-")


def unfolded(text: str) -> str | None:
    """``text`` with each plain ``>-`` block as a double-quoted value on its key's line; None if a block is not plain."""
    lines = text.split("\n")
    last = len(lines) - 1
    number = 0
    while number <= last:
        header = _HEADER.fullmatch(lines[number])
        number += 1
        if header is None:
            continue
        key_indent = len(header.group(1))
        first = number
        indent = -1
        while number <= last:
            line = lines[number]
            content = line.lstrip(" ")
            if not content:  # a blank line: inside a block it keeps a line break; at its end, chomping decides
                if number == last and line == "":
                    break  # the text's final line break
                return None
            width = len(line) - len(content)
            if width <= key_indent:
                break
            if indent < 0:
                indent = width
            if width != indent or content.endswith(" "):
                return None  # a more indented line is kept as it stands, a trailing space is content: libyaml's to read
            number += 1
        if number == first:
            return None  # an empty block
        joined = " ".join(line[indent:] for line in lines[first:number])
        lines[first - 1] = lines[first - 1][:-2] + '"' + joined.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines[first:number] = [""] * (number - first)
    return "\n".join(lines)
