"""docs/performance.md, section by section: each benchmark replaces its own section and leaves the others alone."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
_NEW_DOC = "# Performance\n\nMeasured figures, each with the command that reproduces it.\n"


def write_section(heading: str, section: str) -> None:
    """Replace the section that starts with ``heading`` (a ``## `` line) by ``section``, or add it at the end."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else _NEW_DOC
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        new = "\n".join([*lines[:start], *section.rstrip("\n").splitlines(), *([""] if end < len(lines) else []), *lines[end:]]) + "\n"
    temporary = DOC.with_suffix(".md.tmp")
    temporary.write_text(new, encoding="utf-8")
    temporary.replace(DOC)
