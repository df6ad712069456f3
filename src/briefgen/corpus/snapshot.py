"""A snapshot of the whole loaded corpus, so that checking an unchanged corpus costs almost nothing.

The parse cache (:mod:`briefgen.corpus.cache`) spares the YAML parsing, but
a fresh process still validated 50,000 models and folded every source body
to verify the quotes: about two seconds on every ``check`` and ``build``.
When nothing under ``facts/`` has changed, the answer cannot have changed
either, so the loaded corpus itself (models, origins, problems, the
discrepancies found) is kept in one signed pickle and read back whole.

Whether "nothing changed" is decided as git decides it for its index: every
file under ``facts/``, ``facts/drafts/`` and ``facts/sources/`` with a name
ending ``.yaml``, ``.yml`` or ``.md`` (the loader reads a subset of these)
is listed with its size, inode, mode, and modification and change times in
nanoseconds.  A different listing, or any different figure, and the snapshot
is not used.  The change time cannot be set back by an editor or a tool
(``touch -d``, ``rsync -t`` and ``git checkout`` set only the modification
time), and a file replaced by renaming gets a new inode.  What stat figures
cannot show is a second write within the clock tick of the one they
recorded ("racily clean" files in git's words): so a file changed less than
two seconds before the snapshot was taken is also stored with the SHA-256
of its bytes, hashed before the load read it and again after, and the
snapshot is written only when both hashes, and every file's stat figures,
were the same before and after the load.  On reading, those files are
hashed again.  A project whose corpus involves a symbolic link gets no
snapshot (the loader resolves links; stat figures of a link say nothing of
its target).

The snapshot is also keyed by the code that produced it (the stat figures of
briefgen's own modules, the Python, pydantic and PyYAML versions), and it is
signed like the parse cache (an HMAC under the key kept outside the project):
a file that is foreign, corrupt, cut short or written by other code is
ignored, never unpickled.  The link proposals ``check`` makes, and the digests of
the models a build hashes, are kept in files of their own keyed by the
snapshot's inputs.  ``BRIEFGEN_NO_CACHE=1`` turns
both off; deleting ``build/.cache/`` is always safe.

A big corpus's snapshot is written by a forked child that a command-line
process does not wait for (:func:`let_writers_finish_alone`): it holds the
folder's writing lock until its file is in place, and a later read, in any
process, waits for that lock rather than miss the snapshot and load afresh.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import hmac
import importlib.util
import io
import json
import marshal
import os
import pickle
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from briefgen.corpus.aside import Aside
from briefgen.corpus.cache import cache_enabled, payload_mac, write_replacing
from briefgen.corpus.files import safe_to_fork
from briefgen.loading.yamlload import LOADER_VERSION
from briefgen.project import CACHE_DIR, DRAFTS_DIR, FACTS_DIR, SOURCES_DIR

SNAPSHOT_FORMAT = 1
SNAPSHOT_DIR = f"{Path(CACHE_DIR).parent.as_posix()}/snapshot"
CORPUS_FILE = "corpus.pickle"
#: Files changed this recently (or stamped in the future) are verified by their content, not their stat figures.
RACY_NANOSECONDS = 2_000_000_000
_FOLDERS = (FACTS_DIR, DRAFTS_DIR, SOURCES_DIR)
_SUFFIXES = (".yaml", ".yml", ".md")
_MAX_HEADER_BYTES = 4096
#: Models (facts and sources) from which the snapshot is written by a forked process while this one goes on:
#: on 50,000 facts, pickling and signing it takes about a second that ``check`` spends on linking meanwhile.
ASIDE_MIN_MODELS = 5_000
_writers: list[Aside[bool]] = []  # forked writers not yet waited for
#: Held (exclusive) by a snapshot writer while it works, in the snapshot folder; a reader in any process waits for it.
WRITING_LOCK = "corpus.writing"
#: How long a reader waits for another process's writer before loading the corpus itself.
WRITER_WAIT_SECONDS = 30.0
_WRITER_POLL_SECONDS = 0.01

#: marshal's version for the inputs' key: the newest whose output depends on values alone.
_KEY_MARSHAL_VERSION = 2

# (name, size, inode, mode, mtime_ns, ctime_ns)
Stat = tuple[str, int, int, int, int, int]


@dataclass(frozen=True)
class Inputs:
    """What a load of the corpus reads, as stat figures; ``digests`` holds the racily clean files' SHA-256."""

    files: tuple[Stat, ...]
    digests: tuple[tuple[str, str], ...] = ()

    def key(self) -> str:
        """One digest of the inputs and of the code: what the link proposals are keyed by."""
        return self._key

    @cached_property
    def _key(self) -> str:
        # Worked out once (a check keeps two results under it) and from marshal's version 2: on 5,000 sources,
        # 1 ms against JSON's 8.  Version 2, not the current one, since it writes a value the same whichever
        # objects are shared or interned (later versions mark repeated and interned objects).
        return hashlib.sha256(marshal.dumps((code_key(), self.files, self.digests), _KEY_MARSHAL_VERSION)).hexdigest()


@cache
def code_key() -> str:
    """The code a snapshot was made by: briefgen's modules and the libraries that shape its results (stat figures)."""
    package = Path(__file__).resolve().parent.parent
    stamps: list[object] = [SNAPSHOT_FORMAT, LOADER_VERSION, sys.version]
    for path in sorted(package.rglob("*.py")):
        stamps.append([path.relative_to(package).as_posix(), *_stamp(path)])
    for library in ("pydantic", "pydantic_core", "yaml", "rapidfuzz"):  # models, parsing, link proposals
        spec = importlib.util.find_spec(library)
        origin = spec.origin if spec is not None else None
        stamps.append([library, origin, *(_stamp(Path(origin)) if origin else ())])
    return hashlib.sha256(json.dumps(stamps).encode("utf-8")).hexdigest()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)


def take_inputs(root: Path) -> Inputs | None:
    """The stat figures of every file a load may read; None when a symbolic link is involved."""
    files: list[Stat] = []
    for folder in _FOLDERS:
        path = root / folder
        try:
            folder_info = path.lstat()
        except FileNotFoundError:
            files.append((folder + "/", 0, 0, 0, 0, 0))
            continue
        except OSError:
            return None
        if not stat.S_ISDIR(folder_info.st_mode):
            return None
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            return None
        for entry in entries:
            if not entry.name.endswith(_SUFFIXES):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                return None
            if stat.S_ISLNK(info.st_mode):
                return None
            files.append((f"{folder}/{entry.name}", info.st_size, info.st_ino, info.st_mode, info.st_mtime_ns, info.st_ctime_ns))
    return Inputs(tuple(files))


def _digest(root: Path, name: str) -> str | None:
    """The SHA-256 of a regular file's bytes; None for anything else (a pipe swapped in is not waited on)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(root / name, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            return hashlib.file_digest(handle, "sha256").hexdigest() if stat.S_ISREG(os.fstat(fd).st_mode) else None
        except OSError:
            return None


def with_racy_digests(root: Path, inputs: Inputs, now_ns: int) -> Inputs | None:
    """``inputs`` with the SHA-256 of each file changed within :data:`RACY_NANOSECONDS` of ``now_ns``."""
    digests = []
    for name, _size, _inode, mode, mtime, ctime in inputs.files:
        if stat.S_ISREG(mode) and max(mtime, ctime) >= now_ns - RACY_NANOSECONDS:
            digest = _digest(root, name)
            if digest is None:
                return None
            digests.append((name, digest))
    return Inputs(inputs.files, tuple(digests))


class SnapshotStore:
    """The project's snapshot folder: the corpus snapshot and the link proposals made from it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.directory = root / SNAPSHOT_DIR

    @classmethod
    def for_project(cls, root: Path) -> SnapshotStore | None:
        """The store, or None when ``BRIEFGEN_NO_CACHE`` turns caching off."""
        return cls(root) if cache_enabled() else None

    def read_corpus(self, inputs: Inputs) -> tuple[Inputs, Any] | None:
        """The stored state, when it was made by this code from files that are still exactly ``inputs``."""
        wait_for_writers()  # a snapshot this process is still writing is read once written, never half-way
        self.wait_for_a_writer_elsewhere()  # and one an earlier process left writing
        stream = self._signed(CORPUS_FILE)
        if stream is None:
            return None
        try:
            stored = pickle.load(stream)
            if not isinstance(stored, Inputs) or stored.files != inputs.files:
                return None
            for name, digest in stored.digests:
                if _digest(self.root, name) != digest:
                    return None
            return stored, pickle.load(stream)
        except Exception:  # a signed file from this code should always load; if not, it is only a cache
            return None

    def write_corpus(
        self,
        inputs: Inputs,
        state: Any,
        *,
        models: int = 0,
        first: Callable[[bool], object] | None = None,
        unchanged: Callable[[], bool] | None = None,
    ) -> bool:
        """Store ``state`` as loaded from ``inputs``; False when it could not be written.

        The writer first does ``first`` (the parse cache's last writes; given
        whether it may make the cache's folder: only in this process, never
        in a forked writer that may outlive it), then
        asks ``unchanged`` whether the files are still those the state was
        loaded from, and writes nothing if not.  A state of ``models`` facts
        and sources or more is written by a forked process wherever this one
        may fork (True then means "started"): the caller goes on with its
        work, and the child does those steps too (on 5,000 sources, the stat
        figures taken again and the sources' parses written are 40 ms the
        caller does not spend).  This process waits for the writer before it
        reads a snapshot, and at exit, unless the command line's ending lets it
        finish alone (:func:`let_writers_finish_alone`).  While it writes, it
        holds the folder's writing lock, which any process's
        :meth:`read_corpus` waits for.
        """

        caller = os.getpid()

        def keep(make_folder: bool) -> bool:
            if first is not None:
                first(os.getpid() == caller)
            if unchanged is not None and not unchanged():
                return False
            return self._write(CORPUS_FILE, inputs, state, make_folder=make_folder)

        if models < ASIDE_MIN_MODELS:
            return keep(True)
        lock = self._take_writing_lock()
        try:
            # The folder exists (the lock is in it): a writer that outlives this process must not make it
            # again after someone deleted it (``rm -rf build`` after ``check``).
            writer = Aside.start(lambda: keep(False), fork=safe_to_fork())
            if not writer.forked:  # a process with threads (the preview): written here, now
                return writer.result()
        finally:
            if lock is not None:
                os.close(lock)  # a forked writer holds its own copy, and the lock, until it ends
        if not _writers:
            atexit.register(wait_for_writers)
        _writers.append(writer)
        return True

    def _take_writing_lock(self) -> int | None:
        """The writing lock, taken (exclusive), as an open descriptor; None when it cannot be had."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.directory / WRITING_LOCK, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # another process is writing a snapshot: ours goes to the same place by a rename all the same
            os.close(fd)
            return None
        return fd

    def wait_for_a_writer_elsewhere(self) -> None:
        """Wait, a bounded time, while another process (an earlier ``check`` that has ended) still writes the snapshot."""
        try:
            fd = os.open(self.directory / WRITING_LOCK, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return  # no lock: no writer has ever run here
        try:
            deadline = time.monotonic() + WRITER_WAIT_SECONDS
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    return  # free: released when the descriptor closes below
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        return  # a writer this slow is not waited for: the corpus is loaded afresh instead
                    time.sleep(_WRITER_POLL_SECONDS)
                except OSError:
                    return
        finally:
            os.close(fd)

    def read_derived(self, name: str, inputs: Inputs) -> Any:
        """A result (``proposals``, ``digests``) worked out from ``inputs`` by this code, or None."""
        stream = self._signed(_derived_file(name))
        if stream is None:
            return None
        try:
            if pickle.load(stream) != inputs.key():
                return None
            return pickle.load(stream)
        except Exception:
            return None

    def write_derived(self, name: str, inputs: Inputs, value: object) -> bool:
        """Keep a result worked out from ``inputs``."""
        return self._write(_derived_file(name), inputs.key(), value)

    def _write(self, name: str, head: object, value: object, *, make_folder: bool = True) -> bool:
        try:
            payload = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL) + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return False
        header = {"format": SNAPSHOT_FORMAT, "code": code_key(), "payload_hmac": payload_mac(payload)}
        return write_replacing(self.directory / name, json.dumps(header).encode("ascii") + b"\n" + payload, make_folder=make_folder)

    def _signed(self, name: str) -> io.BytesIO | None:
        """The payload of a snapshot file, once its header and signature are verified; None for any doubt."""
        path = self.directory / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    return None
                header_line = handle.readline(_MAX_HEADER_BYTES)
                header = json.loads(header_line)
                if not isinstance(header, dict) or header.get("format") != SNAPSHOT_FORMAT or header.get("code") != code_key():
                    return None
                payload = handle.read()
        except (OSError, ValueError, RecursionError):
            return None
        if not hmac.compare_digest(str(header.get("payload_hmac")), payload_mac(payload)):
            return None
        return io.BytesIO(payload)


def wait_for_writers() -> None:
    """Wait for the snapshot writers this process forked: their files are complete once this returns."""
    while _writers:
        _writers.pop().result()


def let_writers_finish_alone() -> None:
    """For a process about to end: leave its snapshot writers to finish after it, unwaited.

    The person at the command line gets the prompt back as soon as the
    answer is printed; the snapshot (about a second of pickling on 50,000
    facts) is the next command's gain, not this one's cost.  The next
    command's :meth:`SnapshotStore.read_corpus` waits for a writer still at
    work, through the writing lock, rather than load the corpus again.
    """
    while _writers:
        _writers.pop().let_go()


def state_of(thing: object, names: tuple[str, ...]) -> tuple[object, ...]:
    """The attributes of ``thing`` a snapshot keeps, in the order of ``names``."""
    return tuple(getattr(thing, name) for name in names)


def restore(thing: object, names: tuple[str, ...], state: tuple[object, ...]) -> None:
    """Set the attributes :func:`state_of` took back on ``thing``."""
    for name, value in zip(names, state, strict=True):
        setattr(thing, name, value)


def _derived_file(name: str) -> str:
    return f"{name}.pickle"


def now_ns() -> int:
    """The wall clock in nanoseconds, as file times are stamped."""
    return time.time_ns()
