"""Ending a command-line process without tearing down what it built.

A big ``check`` ends holding a whole corpus: 50,000 facts, 5,000 article
bodies, their origins and the link proposals.  Freed when ``check`` returns,
and then the interpreter's teardown (every module's objects freed one by
one), that is about 0.05 s of CPU on one core, after the last line is printed
and with nothing else left to run: the process's memory goes back to the
system whole when it exits anyway.

A snapshot of the corpus still being written by a forked child is not
waited for: the child finishes it alone (:func:`briefgen.corpus.snapshot.let_writers_finish_alone`),
and the next command that wants it waits for it there.

A command that holds nothing but its own data may say so (:func:`keep_until_exit`,
with the object it would otherwise free).  The process started from the
command line (:func:`end`) then runs the exit handlers (a snapshot writer is
waited for there), flushes its output and ends at once.  Called in process,
as the tests call :func:`briefgen.cli.main`, nothing changes: no object is
kept, and Python ends as it always does.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

#: What a command asked to keep to the end (see :func:`keep_until_exit`); None until :func:`ending_at_once` is called.
_kept: list[object] | None = None


def ending_at_once() -> None:
    """Say that this process will end by :func:`end`: objects given to :func:`keep_until_exit` are kept, not freed."""
    global _kept
    if _kept is None:
        _kept = []


def keep_until_exit(value: object) -> None:
    """Keep ``value`` to the end of a process that ends at once (it is never freed); elsewhere, nothing."""
    if _kept is not None:
        _kept.append(value)


def end(code: int) -> NoReturn:
    """End the process with ``code``: at once after the exit handlers and a flush when a command kept its data, else as usual.

    Only a process with no other thread ends at once: a thread left running
    (the preview's) is joined by Python's own ending.  Either way, a snapshot
    writer is left to finish alone.
    """
    snapshots = sys.modules.get("briefgen.corpus.snapshot")  # loaded only by a command that read the corpus
    if snapshots is not None:
        snapshots.let_writers_finish_alone()
    if not _kept or threading.active_count() != 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a reader gone, or a stream closed: Python's own ending reports it as it always does
        sys.exit(code)
    os._exit(code)
