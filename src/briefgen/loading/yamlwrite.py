"""Writing YAML that people will read and edit: quoted scalars and folded notes, by hand, on purpose.

briefgen writes two kinds of file that an editor curates (archived sources'
front matter and drafts of facts); their layout, comments and key order are
part of what the editor reads, which a general dumper does not keep.  Every
file written this way is read back with the strict loader before it is kept.
"""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[A-Za-z][A-Za-z .'-]*[A-Za-z.]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    if code in (0x2028, 0x2029, 0xFEFF):
        return f"\\u{code:04x}"
    return char


def quoted(value: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly ``value`` (control characters escaped)."""
    return '"' + "".join(_escape(c) for c in value) + '"'


def plain_or_quoted(value: str) -> str:
    """``value`` bare when it is plain words (a place name), else quoted."""
    return value if _PLAIN.fullmatch(value) else quoted(value)


def folded_lines(text: str, width: int = 86) -> list[str]:
    """The words of ``text`` wrapped at ``width``, for a folded (``>-``) block."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
