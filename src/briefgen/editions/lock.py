"""The build lock: one writer at a time in an output folder.

A scheduled build and an on-demand one must never write the same outputs
at once, so every build holds an exclusive ``flock`` on ``<out>/.lock``
while it plans and writes.  The lock belongs to the open file, so it is
released by the kernel when the process dies, even by SIGKILL: a killed
build never leaves the folder locked.

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
