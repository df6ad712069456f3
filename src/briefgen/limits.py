"""Time limits for work a template can make long: rendering a narrative, laying out a PDF.

An unattended monthly build must end, even when a template loops over a huge
range or a stylesheet makes layout crawl: the work is interrupted by SIGALRM
and reported as a located problem, never left hanging a cron job.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator


class RenderTimeout(BaseException):
    """A BaseException so WeasyPrint's broad ``except Exception`` cannot swallow it."""


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with SIGALRM; a no-op off the main thread.

    A timer the caller had already set is put back afterwards, less the time spent.
    """
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise RenderTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    earlier, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if earlier > 0:
            signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 0.001), interval)
