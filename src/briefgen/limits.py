"""Time and memory limits for work a template can make long or large: rendering a narrative, laying out a PDF.

An unattended monthly build must end, even when a template loops over a huge
range or a stylesheet makes layout crawl: the work is interrupted by SIGALRM
and reported as a located problem, never left hanging a cron job.  Likewise a
template that piles up text (each value is capped by the sandbox, but a loop
can gather many) meets a ceiling on the process's data segment, fails with
``MemoryError`` and is reported, instead of driving the machine into swap or
the out-of-memory killer.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

_REPEAT_SECONDS = 0.25  # the alarm's repeat once the time is up
MEMORY_BUDGET_MB = 1024  # on top of what the process already holds; a real brief needs about 100 MB
RENDER_TIMEOUT_SECONDS = 60.0


class RenderTimeout(BaseException):
    """A BaseException so WeasyPrint's broad ``except Exception`` cannot swallow it."""


# Modules that take a lock before the ``try`` that releases it (logging's module lock and each handler's lock,
# threading's conditions): an exception raised between the two leaves the lock held for good, and the next render on
# another thread, which builds a log handler, waits on it for ever (seen once in the test suite, stop 58).
_LOCKING_MODULES = frozenset({"logging", "threading"})


def _no_place_to_raise(frame: FrameType | None) -> bool:
    """Whether the interrupted code, or any caller of it, runs in a module of :data:`_LOCKING_MODULES`, or is an
    object's ``__del__``, where Python drops an exception with a warning ("Exception ignored in: <function
    FontConfiguration.__del__>"), so raising there is no use."""
    while frame is not None:
        if frame.f_code.co_name == "__del__" or str(frame.f_globals.get("__name__", "")).split(".")[0] in _LOCKING_MODULES:
            return True
        frame = frame.f_back
    return False


def stop_on_alarm(signum: int, frame: FrameType | None) -> None:
    """The alarm's handler: raise :class:`RenderTimeout`, unless the work is inside logging or threading code or an
    object's finalizer, where the alarm's quarter-second repeat stops it once it is out."""
    if not _no_place_to_raise(frame):
        raise RenderTimeout


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with SIGALRM; a no-op off the main thread.

    Renders run on the main thread: the CLI's, each ``build --all`` worker
    process's, and the preview's (other threads hand their renders to it,
    see :mod:`briefgen.preview.runner`).  After the first alarm it repeats every
    quarter second until the block ends: an exception raised where Python
    ignores exceptions (a garbage-collector callback, a ``__del__``) is lost,
    and the next alarm stops the work instead; an alarm that lands in logging
    or threading code passes, for the same reason (:func:`stop_on_alarm`).  A timer the caller had
    already set is put back afterwards, less the time spent.
    """
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    previous = signal.signal(signal.SIGALRM, stop_on_alarm)
    started = time.monotonic()
    earlier, interval = signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if earlier > 0:
            signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 0.001), interval)


def render_timeout() -> float:
    """A render's time limit (the narrative's, the layout's): 60 s, or BRIEFGEN_NARRATIVE_TIMEOUT seconds when set."""
    try:
        return float(os.environ.get("BRIEFGEN_NARRATIVE_TIMEOUT", RENDER_TIMEOUT_SECONDS))
    except ValueError:
        return RENDER_TIMEOUT_SECONDS


def memory_budget_mb() -> int | None:
    """The memory a render may add: 1024 MB, BRIEFGEN_MEMORY_LIMIT_MB when set, none when that is 0."""
    try:
        budget = int(os.environ.get("BRIEFGEN_MEMORY_LIMIT_MB", MEMORY_BUDGET_MB))
    except ValueError:
        return MEMORY_BUDGET_MB
    return budget if budget > 0 else None


def _data_segment_bytes() -> int | None:
    """What the process's data segment holds now (``VmData``), which ``RLIMIT_DATA`` limits."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


@contextlib.contextmanager
def memory_ceiling(budget_mb: int | None) -> Iterator[None]:
    """Let the block allocate at most ``budget_mb`` more megabytes; past that, ``MemoryError``.

    The soft ``RLIMIT_DATA`` (heap and private mappings, not shared libraries)
    is lowered for the block and put back after.  Like :func:`deadline` it only
    acts on the main thread, since the limit is the whole process's.  Where the
    platform does not report the data segment, the block runs without a ceiling.
    """
    on_main_thread = threading.current_thread() is threading.main_thread()
    in_use = _data_segment_bytes() if budget_mb is not None and on_main_thread else None
    if budget_mb is None or in_use is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    ceiling = in_use + budget_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    if soft != resource.RLIM_INFINITY and soft <= ceiling:
        yield  # an operator's own, tighter limit stands
        return
    resource.setrlimit(resource.RLIMIT_DATA, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
