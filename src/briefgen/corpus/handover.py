"""A value this process works out for a child it has forked, sent down a pipe made before the fork.

The linking child of a big ``check`` needs the occasions (:mod:`briefgen.corpus.occasions`)
halfway through its work, and nothing of its own work before that.  They used to be found
by a grandchild, which made three processes share two cores while the parent read the
sources: the child, whose work is the longest path of the check, ran at two thirds of a
core.  Now the parent, whose own work after the fork is shorter than the child's, works
them out first and hands them down; then it reads the sources.  Two processes on two
cores, and no pages of the child copied for a grandchild.

The value goes down the pipe in one write that never blocks the parent: when it does not
fit, or the parent failed before sending it, the child works it out itself.  The answer
is the same either way, only slower.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_HEADER = 8  # the length of what follows, so that a short write is seen as short
_PIPE_MAX = 1024 * 1024  # what an unprivileged process may ask a pipe to hold (Linux's default pipe-max-size)


class Handover(Generic[T]):
    """``work()``, worked out by the process that made this (:meth:`give`) for a child it forked since (:meth:`result`)."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._owner = os.getpid()
        self._read: int | None
        self._write: int | None
        self._read, self._write = os.pipe()
        self._given: tuple[T] | None = None  # the value, once worked out here

    def give(self) -> None:
        """Here, once the child is forked: work the value out and send it down, without waiting for the child."""
        self._close_read()
        try:
            self._given = (self._work(),)
            data = pickle.dumps(self._given[0], protocol=pickle.HIGHEST_PROTOCOL)
            message = len(data).to_bytes(_HEADER, "little") + data
            assert self._write is not None
            _make_room(self._write, len(message))
            os.set_blocking(self._write, False)
            with contextlib.suppress(OSError):
                os.write(self._write, message)  # all of it, or a short message the child will not trust
        finally:
            self._close_write()

    def close(self) -> None:
        """Here, when no child was forked: nothing will be sent."""
        self._close_read()
        self._close_write()

    def result(self) -> T:
        """The value: in the child, as sent down (or worked out, when it was not); here, worked out once."""
        if os.getpid() == self._owner:
            self.close()
            if self._given is None:
                self._given = (self._work(),)
            return self._given[0]
        self._close_write()  # the child's copy: else the pipe would never end
        read_end, self._read = self._read, None
        if read_end is not None:
            with os.fdopen(read_end, "rb") as handle:
                data = handle.read()
            if len(data) > _HEADER and int.from_bytes(data[:_HEADER], "little") == len(data) - _HEADER:
                with contextlib.suppress(Exception):
                    value: T = pickle.loads(data[_HEADER:])  # written by our own parent, through our own pipe
                    return value
        return self._work()

    def _close_read(self) -> None:
        if self._read is not None:
            os.close(self._read)
            self._read = None

    def _close_write(self) -> None:
        if self._write is not None:
            os.close(self._write)
            self._write = None


def _make_room(pipe: int, size: int) -> None:
    """Ask the pipe to hold ``size`` bytes when its default (64 KB) is less; a refusal leaves the write short."""
    if size > 65536 and hasattr(fcntl, "F_SETPIPE_SZ"):
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, min(size, _PIPE_MAX))
