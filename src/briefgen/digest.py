"""Content hashes in the one form briefgen records them: ``sha256:<hex>``.

The manifest, the provenance record in each PDF and the claim diffs all store
hashes; writing the prefix in one place keeps them comparable.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

PREFIX = "sha256:"


def sha256_bytes(data: bytes) -> str:
    """``sha256:<hex>`` of some bytes."""
    return PREFIX + hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    """``sha256:<hex>`` of a text's UTF-8 bytes."""
    return sha256_bytes(text.encode("utf-8"))


def file_sha256(path: Path) -> str | None:
    """``sha256:<hex>`` of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        # Opened without blocking and checked on the descriptor: a named pipe or a
        # device in the project's place of a file has no hash, and is not read.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return PREFIX + digest.hexdigest()
