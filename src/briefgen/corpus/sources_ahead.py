"""The archived sources read by the parse workers once their facts files are done (prototype).

A worker reads a chunk of sources: the file, its front matter, its body and
the body folded for the quote check.  A source read cleanly travels back as a
row of plain values; any other (a problem of any kind) travels as None and is
read again by the loader, which then reports exactly what it always did.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError
from briefgen.loading.frontmatter import split_front_matter
from briefgen.loading.projectfile import OpenFolder, ProjectFiles
from briefgen.text.quotes import fold_checked

#: A source read cleanly: front matter data, the line of its id, body, body line, folded body, whether printable.
SourceRow = tuple[dict[str, Any], int, str, int, str, bool]

CHUNKS = 20


def read_chunk(root: Path, folder: Path, names: list[tuple[Path, str]]) -> bytes:
    """In a worker: each of ``names`` (path, display) read, as a row or None."""
    project = ProjectFiles(root)
    rows: list[SourceRow | None] = []
    with OpenFolder(project, folder) as opened:
        for path, display in names:
            rows.append(_row(path, display, project, opened))
    return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)


def _row(path: Path, display: str, project: ProjectFiles, folder: OpenFolder) -> SourceRow | None:
    from briefgen.corpus.files import MAX_FILE_BYTES

    text, problems = project.read_text(path, display, limit=MAX_FILE_BYTES, folder=folder)
    if text is None or problems:
        return None
    try:
        parts = split_front_matter(text, display)
    except BriefgenError:
        return None
    data = parts.meta.data
    if not isinstance(data, dict) or "body" in data:
        return None
    folded, printable = fold_checked(parts.body)
    return data, parts.meta.line_of(("id",)), parts.body, parts.body_line, folded, printable


def unpacked(packed: bytes) -> list[SourceRow | None]:
    rows: list[SourceRow | None] = pickle.loads(packed)  # written by our own worker
    return rows
