"""The live preview renders on the main thread, where a render's limits work.

A render's time limit is SIGALRM and its memory ceiling a process resource
limit (:mod:`briefgen.limits`); both belong to the main thread.  The preview
server answers requests and watches files on other threads, so those threads
hand their renders to the main thread through this runner and wait for the
result: an endless loop saved in a brief is stopped like in ``build``, shown
as an error page, and the preview goes on.  Renders were one at a time
already (WeasyPrint, matplotlib and Jinja share state), so nothing is lost.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_POLL_SECONDS = 0.2


class Stopping(Exception):
    """The preview is stopping: the render was not run, or was interrupted."""


class MainThreadRunner:
    """Runs work handed over by other threads on the thread that calls :meth:`serve`."""

    def __init__(self) -> None:
        self._work: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        self._stopping = threading.Event()

    def run(self, work: Callable[[], T]) -> T:
        """Run ``work`` on the main thread and return its result (or raise its exception).

        Called on the main thread itself, it runs at once.  Raises
        :class:`Stopping` if the preview stops before the work is done.
        """
        if threading.current_thread() is threading.main_thread():
            return work()
        if self._stopping.is_set():
            raise Stopping
        future: Future[T] = Future()
        self._work.put((work, future))
        while True:
            try:
                return future.result(timeout=_POLL_SECONDS)
            except TimeoutError:
                if self._stopping.is_set():
                    future.cancel()
                    raise Stopping from None

    def serve(self) -> None:
        """Run handed-over work until :meth:`stop`; a Ctrl-C (KeyboardInterrupt) propagates to the caller."""
        while not self._stopping.is_set():
            try:
                work, future = self._work.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = work()
            except KeyboardInterrupt:
                future.set_exception(Stopping())
                raise
            except BaseException as exc:  # handed back to the thread that asked
                future.set_exception(exc)
            else:
                future.set_result(result)

    def stop(self) -> None:
        """End :meth:`serve` and release every thread waiting for a render."""
        self._stopping.set()
