"""The build lock: one writer at a time in an output folder.

A scheduled build and an on-demand one must never write the same outputs
at once, so every build holds an exclusive ``flock`` on ``<out>/.lock``
while it plans and writes.  The lock belongs to the open file, so it is
released by the kernel when the process dies, even by SIGKILL: a killed
build never leaves the folder locked.

Holding the lock, a build (or a merge of shards) first removes the
temporaries a killed predecessor left (:func:`remove_stale_parts`).

The lock file is removed on release, so a finished build leaves nothing
behind.  Removing a lock file is safe only with a check: after ``flock``
succeeds, the holder makes sure the path still names the file it locked
(a builder that opened the file just before it was removed would otherwise
hold a lock on a deleted file while a third locks a new one); if not, it
opens the path again.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from briefgen.editions.index import CHANGES_DIR, DATE_DIR
from briefgen.errors import UsageError

LOCK_NAME = ".lock"


class BuildLock:
    """``with BuildLock(out_dir, wait=True, on_wait=...):`` holds the folder's lock for the block."""

    def __init__(self, out_dir: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        self.path = out_dir / LOCK_NAME
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None) -> None:
        self.release()

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        told = False
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                if not self.wait:
                    os.close(fd)
                    raise UsageError(
                        f"another build is writing {self.path.parent.name}/ ({holder}); not waiting because of --no-wait",
                        hint="run again when it has finished, or leave out --no-wait to wait for it",
                    ) from None
                if not told and self.on_wait is not None:
                    self.on_wait(f"waiting for another build to finish ({holder}) …")
                    told = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the holder removed it as we waited: lock the file now at that path
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None


def remove_stale_parts(out_dir: Path) -> list[Path]:
    """Delete the ``.<name>.<random>.part`` files a killed build left (call only while holding the lock).

    Only where a build writes: the folder itself, its ``<date>/`` folders and
    ``changes/<brief>/``.  The output folder may be a web root or a shared
    drive holding other people's files, so nothing else is walked; folders
    whose name starts with a dot (``build/.cache``) belong to other commands.
    """
    folders = [out_dir]
    if out_dir.is_dir():
        folders += [p for p in sorted(out_dir.iterdir()) if p.is_dir() and not p.is_symlink() and DATE_DIR.match(p.name)]
        changes = out_dir / CHANGES_DIR
        if changes.is_dir() and not changes.is_symlink():
            folders += [changes, *(p for p in sorted(changes.iterdir()) if p.is_dir() and not p.is_symlink())]
    removed = []
    for folder in folders:
        for path in sorted(folder.glob(".*.part")):
            if path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_holder(fd: int) -> str:
    with contextlib.suppress(OSError):
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
        if text.startswith("pid "):
            return text
    return "pid unknown"
