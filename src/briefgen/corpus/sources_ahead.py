"""The archived sources read by the parse workers once their facts files are parsed (a load with the caches off).

A cold ``check`` of a big corpus parses its facts files in two worker processes,
which are done well before the loader has validated and prepared every fact:
the second core then idles until the linking child is forked, and after the
fork this process reads the 5,000 sources (a third of a second of its work).
Here the workers read them in that idle time, in chunks queued behind the
facts files: each source as :meth:`~briefgen.corpus.reader.CorpusReader.load_source`
reads it (the file, its front matter, its body and the body folded for the
quote check), packed with :mod:`marshal` into a memory file this process made
before the workers started, so that nothing but its length travels back while
the loader works.  The loader takes the chunks after the fork, when it comes
to the sources, and validates each source as it always did.

A source with any problem at all (unreadable, bad front matter, ...) comes
back as None and is read again by the loader, which then reports exactly what
it always did; so is every source of a chunk not begun when the facts are in
(the workers stop then), or lost in any way.  The answer is the same, only
the work moves.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
from pathlib import Path
from typing import Any, TypeAlias

from briefgen.errors import BriefgenError
from briefgen.loading.frontmatter import split_front_matter
from briefgen.loading.projectfile import MAX_PROJECT_FILE_BYTES, OpenFolder, ProjectFiles
from briefgen.project import project_name
from briefgen.text.quotes import fold_checked

#: A source read cleanly: its front matter's data, the line of its id, its body, the body's first line, the body
#: folded for the quote check, and whether the body is printable (see :func:`~briefgen.text.quotes.fold_checked`).
SourceRow: TypeAlias = tuple[dict[str, Any], int, str, int, str, bool]

#: Chunks the sources are read in: small enough that the loader seldom waits for one under way when the facts are in.
CHUNKS = 40


class SourcesAhead:
    """The sources of one folder, in chunks, each with the memory file a worker writes it into."""

    def __init__(self, root: Path, folder: Path) -> None:
        self.root = root
        self.folder = folder
        self.chunks: list[list[str]] = []
        self.files: list[int] = []
        self.lengths: list[int] = []  # bytes written into each chunk's file (0: not read)

    def open(self) -> None:
        """List the sources, in chunks, and make each chunk's memory file: before the workers are forked, who inherit them.

        Listed by name alone, the cheapest listing: the loader takes a source read here only for
        a file of its own listing, by name, and reads any other itself.
        """
        try:
            names = sorted(name for name in os.listdir(self.folder) if name.endswith(".md"))  # noqa: PTH208 - names alone
            size = max(1, -(-len(names) // CHUNKS))
            self.chunks = [names[i : i + size] for i in range(0, len(names), size)]
            self.lengths = [0] * len(self.chunks)
            for _ in self.chunks:
                self.files.append(os.memfd_create("briefgen-sources", os.MFD_CLOEXEC))  # inherited by the workers forked after
        except (AttributeError, OSError):  # no memory files here (or no folder): the loader reads every source
            self.close()
            self.chunks = []

    def job(self, index: int) -> tuple[Path, Path, list[str], int]:
        """The arguments of :func:`read_chunk` for chunk ``index``."""
        return self.root, self.folder, self.chunks[index], self.files[index]

    def rows(self) -> dict[str, SourceRow]:
        """The sources the workers read cleanly, by file name; the memory files are closed."""
        found: dict[str, SourceRow] = {}
        for chunk, handle, length in zip(self.chunks, self.files, self.lengths, strict=False):
            if length:
                with contextlib.suppress(Exception):  # a chunk that cannot be read back is read by the loader
                    found.update((name, row) for name, row in zip(chunk, _unpacked(handle, length), strict=True) if row is not None)
        self.close()
        return found

    def close(self) -> None:
        files, self.files = self.files, []
        for handle in files:
            os.close(handle)


#: Sources started by :func:`start`, until the loader takes them (:func:`taken`) or :func:`drop` lets them go.
_started: list[SourcesAhead] = []


def start(root: Path, folder: Path) -> SourcesAhead:
    """The sources of ``folder`` for the workers to read (see :func:`briefgen.corpus.files.parse_ahead`), kept for the loader.

    Nothing is listed or made until the workers start (:meth:`SourcesAhead.open`): where no
    worker starts (one core, a small corpus), the loader reads the sources as ever.
    """
    drop()
    _started.append(SourcesAhead(root, folder))
    return _started[-1]


def taken(folder: Path) -> dict[str, SourceRow]:
    """The sources of ``folder`` the workers read cleanly, by file name (none if they read another folder's)."""
    if not _started:
        return {}
    ahead = _started.pop()
    rows = ahead.rows() if ahead.folder == folder else {}
    ahead.close()
    return rows


def drop() -> None:
    """Let the sources started go, read or not."""
    while _started:
        _started.pop().close()


def read_chunk(root: Path, folder: Path, names: list[str], handle: int) -> int:
    """In a worker: the sources ``names`` of ``folder``, each a row or None, packed into the memory file ``handle``; its length."""
    project = ProjectFiles(root)
    with OpenFolder(project, folder) as opened:
        data = marshal.dumps([_row(path, project_name(root, path), project, opened) for path in (folder / name for name in names)])
    view = memoryview(data)
    written = 0
    while written < len(data):
        written += os.pwrite(handle, view[written:], written)
    return len(data)


def _row(path: Path, display: str, project: ProjectFiles, folder: OpenFolder) -> SourceRow | None:
    text, problems = project.read_text(path, display, limit=MAX_PROJECT_FILE_BYTES, folder=folder)
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


def _unpacked(handle: int, length: int) -> list[SourceRow | None]:
    with mmap.mmap(handle, length, access=mmap.ACCESS_READ) as packed:
        rows: list[SourceRow | None] = marshal.loads(packed)  # written by our own worker, into our own memory file
    return rows
