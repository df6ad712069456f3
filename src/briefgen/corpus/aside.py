"""Work done by a forked process while this one goes on, its result read back when asked.

``check`` on a big corpus spends seconds on two independent things once the
facts are loaded: verifying every quote against its source (and the other
checks that span files), and working out the link proposals.  On a machine
with a free core the second runs in a child forked after the facts are in,
which sends its result back through a pipe, pickled; the parent verifies
meanwhile.  Where no core is free, where threads run (the live preview), or
if the child fails in any way, the work is simply done here when its result
is first asked for: the answer is the same, only slower.  A big corpus's
snapshot is written by such a child too (:mod:`briefgen.corpus.snapshot`).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

from briefgen.corpus.files import spare_core_for_a_fork

T = TypeVar("T")


class Aside(Generic[T]):
    """``work()``, started in a forked process when a core is free; :meth:`result` gives its value either way."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._pid: int | None = None
        self._pipe: int | None = None

    @classmethod
    def start(cls, work: Callable[[], T], *, fork: bool | None = None) -> Aside[T]:
        """Fork a child for ``work`` if a core is free; otherwise nothing runs until :meth:`result`.

        ``fork``, when given, says whether to fork, for a caller that knows better than the load count.
        """
        aside = cls(work)
        if spare_core_for_a_fork() if fork is None else fork:
            aside._fork()
        return aside

    @property
    def forked(self) -> bool:
        """Whether a child is working on it (until its result is read or discarded)."""
        return self._pid is not None

    def _fork(self) -> None:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:  # the child: nothing of the parent's (buffered output, exit handlers) runs here
            code = 1
            try:
                os.close(read_end)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report
                _say_nothing()
                # The child exits without freeing anything: the cycle collector would only walk (and copy,
                # page by page, from the parent) objects it never needs to free.
                gc.disable()
                data = pickle.dumps(self._work(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                code = 0
            except BaseException:  # any failure: the parent works it out itself
                pass
            finally:
                os._exit(code)
        os.close(write_end)
        self._pid, self._pipe = pid, read_end

    def result(self) -> T:
        """The value of ``work()``: the child's when it succeeded, else worked out here, now."""
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        if pid is not None and pipe is not None:
            with os.fdopen(pipe, "rb") as handle:  # read to the end first: a full pipe would block the child
                data = handle.read()
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) == 0:
                with contextlib.suppress(Exception):
                    value: T = pickle.loads(data)  # written by our own child, through our own pipe
                    return value
        return self._work()

    def let_go(self) -> None:
        """Neither wait for the child nor stop it: it finishes its work alone, after this process if need be.

        For work whose effect is a file (a snapshot), not a value: the child's
        result goes unread, and once this process has ended the system reaps it.
        """
        pipe, self._pid, self._pipe = self._pipe, None, None
        if pipe is not None:
            os.close(pipe)

    def discard(self) -> None:
        """Stop the child, if one runs: its result will not be asked for."""
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        if pid is not None and pipe is not None:
            os.close(pipe)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _say_nothing() -> None:
    """In a child: its standard output and error go to the null device.

    A child prints nothing, but it holds copies of the parent's output: a
    caller reading this process through a pipe would otherwise see the end of
    the output only when the last child ended, not when this process did.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for fd in (1, 2):
            os.dup2(devnull, fd)
    finally:
        os.close(devnull)
