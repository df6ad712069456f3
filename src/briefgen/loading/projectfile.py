"""The one way to read a project file: a regular file, inside the project, under a size cap.

Facts, sources, briefs, templates, the manifest and the parse cache are all
read through :func:`read_project_bytes`, so each of them is refused in the
same words when it is not what it claims to be: a FIFO named ``*.yaml``
(which would hang a read), a device such as ``/dev/zero`` (which would eat
memory), a symbolic link leading out of the project (which would let a file
nobody reviewed join the corpus), or a file larger than the cap.

A symbolic link whose target lies inside the project is followed: it cannot
show anything the project does not hold already.  (Templates are stricter,
see :mod:`briefgen.render.sandbox`: no link at all on the way to one.)

The file is opened without blocking and checked on the open descriptor, so
what is checked is what is read; at most ``limit + 1`` bytes are ever read,
even from a file that grows meanwhile.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from briefgen.errors import BriefgenError, Problem

MAX_PROJECT_FILE_BYTES = 8 * 1024 * 1024
_CHUNK = 1024 * 1024
_MIN_READ = 64 * 1024  # once the expected bytes are in: enough to see the end, or bytes written since


def _megabytes(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,}-byte"


class ProjectFiles:
    """The files of one project, read by :meth:`read_bytes` and :meth:`read_text`.

    The project folder's real path is worked out once, when the object is
    made, not once per file: a corpus reads thousands of sources.  Make one
    per load (a corpus load, a render), never one for the life of a process:
    the folder is then resolved afresh each time, and a folder replaced by a
    link meanwhile is judged by where it leads now.  Each file's own real
    path is always worked out when it is read, so a link anywhere on the way
    to it is followed, and judged, at that moment.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = os.path.realpath(root)
        self._inside_prefix = self.base + os.sep

    def _inside(self, real: str) -> bool:
        """Whether the real path ``real`` is the project folder or lies under it."""
        return real.startswith(self._inside_prefix) or os.path.commonpath([real, self.base]) == self.base

    def read_bytes(self, path: Path, display: str, *, limit: int = MAX_PROJECT_FILE_BYTES, head: bool = False) -> bytes:
        """The bytes of ``path``, which must be a regular file inside the project; else a located error.

        With ``head``, a larger file is not refused: its first ``limit`` bytes
        are returned (a look at a header).

        Raises :class:`FileNotFoundError` when there is no such file (callers
        decide whether a missing file is a mistake), :class:`BriefgenError`
        for everything else.
        """
        real = os.path.realpath(path)
        if not self._inside(real):
            raise BriefgenError.single(
                display,
                None,
                "is a symbolic link to a file outside the project, which is not read",
                hint="copy the file into the project instead of linking to it",
            )
        return _read_regular_file(real, display, limit, head)

    def read_text(
        self, path: Path, display: str, *, limit: int = MAX_PROJECT_FILE_BYTES, folder: OpenFolder | None = None
    ) -> tuple[str | None, list[Problem]]:
        """A UTF-8 project file's text, or None and the problems that explain why it cannot be read.

        ``folder``, when given, is the project folder ``path`` lies in, opened
        once for all its files (see :class:`OpenFolder`).
        """
        try:
            raw = self.read_bytes(path, display, limit=limit) if folder is None else folder.read_bytes(path, display, limit)
        except FileNotFoundError:
            return None, [Problem(display, None, "cannot read file: No such file or directory")]
        except BriefgenError as exc:
            return None, exc.problems
        try:
            return raw.decode("utf-8"), []
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            byte = raw[exc.start]
            return None, [Problem(display, line, f"not valid UTF-8 (byte 0x{byte:02x}); save the file as UTF-8")]


class OpenFolder:
    """A folder of the project opened once, for reading many of its files by name (a corpus's 5,000 sources).

    Working out each file's real path asks the kernel about every folder on
    the way to it, a tenth of a second on 5,000 sources.  Here the folder is
    resolved and judged once, opened, and each file is opened relative to the
    open folder, without following a link: what is read lies in the folder
    judged inside the project, even if the folder is moved or replaced by a
    link meanwhile.  A file that is itself a link is read as before, by
    :meth:`ProjectFiles.read_bytes`, which follows it and judges where it
    leads; so is every file when the folder cannot be opened or lies outside
    the project.  Use it in a ``with`` block: the folder is closed on leaving.
    """

    def __init__(self, project: ProjectFiles, folder: Path) -> None:
        self.project = project
        self._prefix = str(folder) + os.sep
        self._fd: int | None = None
        real = os.path.realpath(folder)
        if project._inside(real):
            try:
                self._fd = os.open(real, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
            except OSError:
                self._fd = None  # each file is then read, and refused, on its own

    def __enter__(self) -> OpenFolder:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def read_bytes(self, path: Path, display: str, limit: int) -> bytes:
        """The bytes of ``path``, a file of this folder; raises as :meth:`ProjectFiles.read_bytes` does."""
        name = path.name
        if self._fd is None or str(path) != self._prefix + name:
            return self.project.read_bytes(path, display, limit=limit)
        try:
            return _read_regular_file(name, display, limit, False, folder_fd=self._fd)
        except _LinkMet:
            return self.project.read_bytes(path, display, limit=limit)


class _LinkMet(Exception):
    """A file opened relative to its folder is a symbolic link: it is read by its real path instead."""


def read_project_bytes(root: Path, path: Path, display: str, *, limit: int = MAX_PROJECT_FILE_BYTES, head: bool = False) -> bytes:
    """The bytes of ``path``, which must be a regular file inside ``root`` (see :meth:`ProjectFiles.read_bytes`)."""
    return ProjectFiles(root).read_bytes(path, display, limit=limit, head=head)


def read_project_text(root: Path, path: Path, display: str, *, limit: int = MAX_PROJECT_FILE_BYTES) -> tuple[str | None, list[Problem]]:
    """A UTF-8 project file's text, or None and the problems that explain why it cannot be read."""
    return ProjectFiles(root).read_text(path, display, limit=limit)


def _read_regular_file(real: str, display: str, limit: int, head: bool, *, folder_fd: int | None = None) -> bytes:
    """Open ``real`` without following a final link or blocking, check it is a regular file under the cap, and read it.

    With ``folder_fd``, ``real`` is a name in that open folder, and a link there raises :class:`_LinkMet`.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(real, flags, dir_fd=folder_fd)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if folder_fd is not None and exc.errno == errno.ELOOP:
            raise _LinkMet from None
        raise BriefgenError.single(display, None, f"cannot read file: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a directory" if stat.S_ISDIR(info.st_mode) else "a pipe" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
            raise BriefgenError.single(display, None, f"is {what}, not a regular file", hint="only regular files are read")
        if info.st_size > limit and not head:
            raise BriefgenError.single(display, None, f"file is {info.st_size:,} bytes, over the {_megabytes(limit)} limit")
        chunks: list[bytes] = []
        total = 0
        # Each read asks for what the file's size says is left (plus one byte, to see the end), not a
        # whole chunk: a megabyte buffer for a 5 kB source costs more than reading it.
        expected = info.st_size + 1
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total, max(expected - total, _MIN_READ)))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit and head:
            return b"".join(chunks)[:limit]
        if total > limit:
            raise BriefgenError.single(display, None, f"file grew past the {_megabytes(limit)} limit while it was read")
        return b"".join(chunks)
    except OSError as exc:
        raise BriefgenError.single(display, None, f"cannot read file: {exc.strerror}") from None
    finally:
        os.close(fd)
