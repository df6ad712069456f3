"""Reading corpus files: size cap, UTF-8, and YAML through the parse cache.

A facts file is read, parsed (or taken from the parse cache) and handed to
the loader one at a time, in file order.  When many large files need
parsing and the machine has cores to spare, the parsing runs in a small
pool of worker processes while the loader validates the files already
parsed; the results, and the problems reported, are the same either way.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.corpus.cache import ParseCache, ParseGroup, ParseWithRows, file_key, kept_rows, origin_rows
from briefgen.corpus.origin_lines import OriginLines
from briefgen.errors import BriefgenError, Problem
from briefgen.loading.projectfile import MAX_PROJECT_FILE_BYTES, OpenFolder, ProjectFiles
from briefgen.loading.yamlload import LoadedYaml

if TYPE_CHECKING:
    from concurrent.futures import Future

MAX_FILE_BYTES = MAX_PROJECT_FILE_BYTES

# The pool pays for itself only on a big corpus: starting it, and sending each
# parse back, costs about what parsing 1 MB of YAML does.
PARALLEL_MIN_FILES = 4
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
PARALLEL_WORKERS = 2
# Parses a worker may run ahead of the loader: enough to keep the workers busy
# while the loader reads the sources, few enough to bound the memory they hold.
_IN_FLIGHT_PER_WORKER = 6
_MAX_STOLEN = 8  # files the loader parses ahead of its turn while it waits for a worker


def project_root(path: Path, display: str) -> Path:
    """The project folder, from a file's path and its project-relative name (``facts/x.yaml``)."""
    depth = len(Path(display).parts)
    return path.parents[depth - 1] if 0 < depth <= len(path.parents) else path.parent


def read_text(
    path: Path, display: str, project: ProjectFiles | None = None, folder: OpenFolder | None = None
) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 project file, or explain precisely why it cannot be read (see :mod:`briefgen.loading.projectfile`).

    ``project``, when given, is the project the file belongs to (a loader reading many files makes one for its load);
    ``folder``, the file's folder, opened once for all the files read from it.
    """
    if project is None:
        project = ProjectFiles(project_root(path, display))
    return project.read_text(path, display, limit=MAX_FILE_BYTES, folder=folder)


def parse_yaml_file(path: Path, display: str, group: ParseGroup) -> tuple[LoadedYaml | None, list[Problem]]:
    """Read and parse one YAML file; on any mistake, no data and the problems found."""
    return _read_and_parse(path, display, group)[1:]


def _read_and_parse(path: Path, display: str, group: ParseGroup) -> tuple[str | None, LoadedYaml | None, list[Problem]]:
    """:func:`parse_yaml_file`, and the text parsed (None if the file could not be read)."""
    text, problems = read_text(path, display)
    if text is None:
        return None, None, problems
    try:
        return text, group.load(text, display), []
    except BriefgenError as exc:
        return text, None, exc.problems


@dataclass
class ParsedFile:
    """One facts file, parsed: its data (None if it could not be) and its problems.

    ``origin_lines``, when a worker parsed the file or the parse came from the
    cache, holds the lines of each item of its top list that a fact's origin
    keeps (see :mod:`briefgen.corpus.origin_lines`).
    """

    path: Path
    display: str
    loaded: LoadedYaml | None
    problems: list[Problem]
    origin_lines: list[OriginLines] | None = None


@contextlib.contextmanager
def parse_files(files: list[tuple[Path, str]], cache: ParseCache) -> Iterator[Iterator[ParsedFile]]:
    """Parse ``(path, display)`` files; the iterator given yields them in the order given.

    A worker pool, when one is used, starts on entering the ``with`` block, so
    the caller can do other work (load the sources) while the first files are
    parsed; it is shut down on leaving the block.
    """
    parsing = _taken_ahead(files, cache)
    if parsing is None:
        send = _files_to_send(files, cache)
        if send is None:
            yield _parse_in_order(files, cache)
            return
        parsing = _PoolParse(files, cache, send)
    try:
        yield iter(parsing)
    finally:
        parsing.close()


#: Workers started by :func:`parse_ahead`, until :func:`parse_files` takes them or :func:`drop_ahead` stops them.
_ahead: list[_PoolParse] = []


def parse_ahead(files: list[tuple[Path, str]], cache: ParseCache) -> None:
    """Start the workers on ``files`` now, for a :func:`parse_files` of the same files and cache to come.

    The caller goes on with other work (importing the rest of the loader) on
    this core while the workers parse on the other.  Workers start only where
    :func:`parse_files` would start them.
    """
    drop_ahead()
    send = _files_to_send(files, cache)
    if send is not None:
        _ahead.append(_PoolParse(files, cache, send))


def drop_ahead() -> None:
    """Stop the workers :func:`parse_ahead` started, if no :func:`parse_files` took them."""
    while _ahead:
        _ahead.pop().close()


def _taken_ahead(files: list[tuple[Path, str]], cache: ParseCache) -> _PoolParse | None:
    """The workers started ahead on exactly these files and this cache's folder, now this parse's; else None (and they stop)."""
    parsing = _ahead.pop() if _ahead else None
    if parsing is not None and (parsing.files != files or parsing.cache.directory != cache.directory):
        parsing.close()
        return None
    if parsing is not None:
        parsing.cache = cache  # the one the loader finishes: the files parsed are recorded in it
    return parsing


def _parse_in_order(files: list[tuple[Path, str]], cache: ParseCache) -> Iterator[ParsedFile]:
    for path, display in files:
        loaded, problems = parse_yaml_file(path, display, cache.group(display))
        cache.close(display)
        yield ParsedFile(path, display, loaded, problems, kept_rows(loaded))


def _files_to_send(files: list[tuple[Path, str]], cache: ParseCache) -> list[int] | None:
    """The files worth parsing in worker processes (their indexes), or None for no pool.

    Files the cache already holds are read here (reading JSON back is cheaper
    than sending a parse between processes); a pool is started only when
    the rest is big enough to pay for it.
    """
    if not _pool_allowed(len(files)):
        return None
    send = [i for i, (path, display) in enumerate(files) if not (cache.enabled and cache.holds(display, file_key(path)))]
    return send if _worth_a_pool([files[i] for i in send]) else None


def _pool_allowed(count: int) -> bool:
    """Whether starting worker processes is possible and safe here (see :func:`spare_core_for_a_fork`)."""
    return count >= PARALLEL_MIN_FILES and spare_core_for_a_fork()


def spare_core_for_a_fork() -> bool:
    """Whether a forked process would run beside this one, on a core of its own, safely.

    Forking is cheap (the modules are already imported) but only safe in a
    process that runs no other thread: a live-preview server works
    in-process.  It pays only when a core is free.
    """
    if not _one_thread_on_linux():
        return False  # asked first: the preview (threads) must not wait for the load count below on every save
    if _usable_cpus() - _others_running() < 2:
        return False
    return not _daemonic()


def safe_to_fork() -> bool:
    """Whether this process may fork a child at all, whatever the cores are doing.

    Only a process with one thread (not the preview's server) that is not
    itself a daemonic worker (which may not start processes).
    """
    return _one_thread_on_linux() and not _daemonic()


def _one_thread_on_linux() -> bool:
    return sys.platform == "linux" and threading.active_count() == 1


def _daemonic() -> bool:
    """Whether this process is a daemonic worker, which may not start processes."""
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _worth_a_pool(files: list[tuple[Path, str]]) -> bool:
    """Enough files, and enough bytes, to parse that workers pay for themselves."""
    if len(files) < PARALLEL_MIN_FILES:
        return False
    total = 0
    for path, _ in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total >= PARALLEL_MIN_BYTES


def _usable_cpus() -> int:
    """CPUs this process may run on (fewer than the machine's when pinned, as in a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _others_running() -> int:
    """Processes other than this one running right now: the least of three looks at /proc/loadavg.

    Workers pay off only on a free core; with the other cores busy (a test
    suite, a build) they add the cost of sending parses between processes
    and save nothing.  A process that keeps a core busy shows in every look;
    one that merely passes by does not show in all three.
    """
    counts = []
    try:
        for _ in range(3):
            with Path("/proc/loadavg").open(encoding="ascii") as handle:
                counts.append(int(handle.read().split()[3].split("/")[0]))
            time.sleep(0.002)
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 0
    return max(0, min(counts) - 1)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which reports it once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_job(path: Path, display: str, cache_file: Path | None) -> tuple[LoadedYaml | None, list[Problem], bool, str | None]:
    """In a worker: parse one file through its own cache group; write the group if it changed.  Last, the text parsed."""
    group = ParseGroup(cache_file)
    text, loaded, problems = _read_and_parse(path, display, group)
    return loaded, problems, group.save(), text


def _parse_for_sending(path: Path, display: str, cache_file: Path | None) -> tuple[bytes | None, list[Problem], bool]:
    """In a worker: :func:`_parse_job`, its document packed with :mod:`marshal` for the trip back.

    A parsed facts file is only strings, lists, dicts and the tuples of its
    line table, which marshal writes and reads in about 60% of pickle's time;
    on 50 files of 1,000 facts that is 0.3 s of CPU less, half of it in the
    loader, which waits for nothing else.  The lines each fact's origin keeps
    are looked up here and sent as a row of numbers per item.  The line
    table itself is needed only for the message of an item that fails to
    validate: the text parsed travels instead, as UTF-8, and is parsed again
    in the loader if a line is asked for (the same text gives the same
    table), which costs this worker a third of packing the table.  The
    bytes come from our own worker, through our own pipe.
    """
    loaded, problems, written, text = _parse_job(path, display, cache_file)
    if loaded is None or text is None:
        return None, problems, written
    rows = origin_rows(loaded)
    return marshal.dumps((loaded.data, rows, text.encode("utf-8"), display, loaded.line_offset)), problems, written


def _unpacked(packed: bytes | None) -> tuple[LoadedYaml | None, list[OriginLines] | None]:
    if packed is None:
        return None, None
    data, rows, text, display, line_offset = marshal.loads(packed)  # written by our own worker (see above)
    return ParseWithRows(data, text, display, line_offset, rows), rows


class _PoolParse:
    """Facts files parsed by worker processes, a few files ahead of the loader.

    Rather than wait for a worker, the loader parses the last file no one
    has started (at most ``_MAX_STOLEN`` held at a time, to bound memory):
    on two cores the workers and the loader then finish together.  If the
    pool breaks (a worker killed, by the out-of-memory killer say), the
    files it had not delivered are parsed here: a slower check, not a
    failed one.
    """

    def __init__(self, files: list[tuple[Path, str]], cache: ParseCache, send: list[int]) -> None:
        import multiprocessing  # imported here: a small corpus never pays for it
        from concurrent.futures import ProcessPoolExecutor

        self.files = files
        self.cache = cache
        self.unsent: deque[int] = deque(send)  # for workers, but neither sent yet nor parsed here
        self.futures: dict[int, Future[tuple[bytes | None, list[Problem], bool]]] = {}
        self.stolen: dict[int, ParsedFile] = {}
        self.broken = False
        workers = min(PARALLEL_WORKERS, len(send))
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"), initializer=_ignore_interrupts)
        for _ in range(workers * _IN_FLIGHT_PER_WORKER):
            self.submit_next()

    def submit_next(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if self.unsent and not self.broken:
            path, display = self.files[self.unsent[0]]
            try:
                future = self.pool.submit(_parse_for_sending, path, display, self.cache.group_file(display))
            except BrokenProcessPool:  # a worker died before its future told us
                self.broken = True
                return
            self.futures[self.unsent.popleft()] = future

    def parse_here(self, index: int) -> ParsedFile:
        path, display = self.files[index]
        loaded, problems, written, _ = _parse_job(path, display, self.cache.group_file(display))
        self.cache.record(display, written=written)
        return ParsedFile(path, display, loaded, problems, kept_rows(loaded))

    def take(self, index: int) -> ParsedFile:
        """File ``index``, from a worker, from what was parsed here, or parsed now."""
        from concurrent.futures.process import BrokenProcessPool

        if index in self.stolen:
            return self.stolen.pop(index)
        future = self.futures.pop(index, None)
        if future is None:  # a file the cache holds, or one the broken pool never got
            if index in self.unsent:
                self.unsent.remove(index)
            return self.parse_here(index)
        try:
            packed, problems, written = future.result()
        except BrokenProcessPool:
            self.broken = True
            return self.parse_here(index)
        path, display = self.files[index]
        self.cache.record(display, written=written)
        loaded, origin_lines = _unpacked(packed)
        return ParsedFile(path, display, loaded, problems, origin_lines)

    def __iter__(self) -> Iterator[ParsedFile]:
        for index in range(len(self.files)):
            future = self.futures.get(index)
            while future is not None and not future.done() and self.unsent and len(self.stolen) < _MAX_STOLEN:
                tail = self.unsent.pop()
                self.stolen[tail] = self.parse_here(tail)
            parsed = self.take(index)
            self.submit_next()
            yield parsed

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a big acyclic structure.

    Loading allocates millions of small dicts, lists and strings and frees
    almost none; each allocation burst triggers a collection that walks them
    all again, which made loading 50,000 facts up to twice as slow.  On the
    way out the objects allocated meanwhile are moved to the collector's
    permanent generation (``gc.freeze``), or the first collections after the
    pause would walk all of them again.  They are still freed, by reference
    counting, when the corpus is dropped; the corpus holds no cycles.  Garbage
    cycles already there are collected first, so that freezing does not keep
    them for good in a process that reloads the corpus (``serve``).
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
