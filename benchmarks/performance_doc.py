"""docs/performance.md, section by section: each benchmark replaces its own figures and leaves everything else alone.

A section holds what its benchmark writes (the heading, how it measured, the
table) and, below it, what engineers wrote by hand since: earlier runs, what
changed between them, why a target is missed.  A run replaces the written
part only, up to the marker line that closes it; the notes below the marker
are kept.  A section written before the marker existed keeps all its text,
below the new figures, so that no run of a benchmark loses a word of the doc.
"""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
_NEW_DOC = "# Performance\n\nMeasured figures, each with the command that reproduces it.\n"
#: Closes the part of a section a benchmark writes; what follows it was written by hand and is kept.
END_OF_FIGURES = "<!-- end of the figures a benchmark writes; the notes below are kept when it runs again -->"


def write_section(heading: str, section: str) -> None:
    """Write ``section`` (starting with ``heading``, a ``## `` line) in place of the section's figures, or at the end."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else _NEW_DOC
    temporary = DOC.with_suffix(".md.tmp")
    temporary.write_text(with_section(text, heading, section), encoding="utf-8")
    temporary.replace(DOC)


def with_section(text: str, heading: str, section: str) -> str:
    """``text`` with ``section`` in place of the figures under ``heading`` (see the module docstring)."""
    written = [*section.rstrip("\n").splitlines(), "", END_OF_FIGURES]
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        return text.rstrip("\n") + "\n\n" + "\n".join(written) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    marker = next((i for i in range(start + 1, end) if lines[i].strip() == END_OF_FIGURES), None)
    # Below the marker, or (a section from before the marker) everything under the old heading, is kept as it was.
    kept = lines[marker + 1 : end] if marker is not None else lines[start + 1 : end]
    return "\n".join([*lines[:start], *written, *kept, *lines[end:]]).rstrip("\n") + "\n"
