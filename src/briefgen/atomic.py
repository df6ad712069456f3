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
