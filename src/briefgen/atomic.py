"""Writing outputs so that a reader never sees half a file.

Each output is written to a temporary file in the same directory, flushed to
disk, given its final permissions and renamed over the old one; a build
killed at any moment leaves either the previous edition or the new one,
never a mixture.  (WeasyPrint's own ``write_pdf(path)`` truncates the target
first: killed mid-write, it destroys the previous PDF.)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PUBLISHED_MODE = 0o644


def write_atomic(path: Path, data: bytes, mode: int = PUBLISHED_MODE) -> None:
    """Replace ``path`` with ``data`` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def replace_all_atomic(files: dict[Path, bytes], remove: list[Path] | None = None, mode: int = PUBLISHED_MODE) -> None:
    """Replace several files together, then remove others: all of them, or (on a failure) none.

    Every new file is first written in full to a temporary name beside its
    target; only when all are on disk are they renamed into place, and the
    files to remove go last.  A rename that fails puts back the files already
    replaced, so an edit that spans several files never stops half done.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            staged.append((Path(name), path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(name).chmod(mode)
    except BaseException:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise
    previous: dict[Path, bytes | None] = {}
    done: list[Path] = []
    try:
        previous = {path: (path.read_bytes() if path.is_file() else None) for _, path in staged}
        for temporary, path in staged:
            temporary.replace(path)
            done.append(path)
    except BaseException:
        for path in done:  # put back what was already replaced
            old = previous[path]
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink()
                else:
                    write_atomic(path, old, mode)
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise
    for path in remove or []:
        path.unlink()
