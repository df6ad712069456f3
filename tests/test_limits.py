"""The time and memory limits a render runs under: they stop the work, then get out of the way."""

from __future__ import annotations

import logging
import resource
import signal
import sys
import threading
import time
from types import FrameType
from typing import ClassVar

import pytest

from briefgen.limits import RenderTimeout, deadline, memory_budget_mb, memory_ceiling, stop_on_alarm

MB = 1024 * 1024


def test_a_deadline_interrupts_work_that_runs_too_long() -> None:
    started = time.monotonic()
    with pytest.raises(RenderTimeout), deadline(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_a_timeout_lost_where_python_ignores_exceptions_is_raised_again() -> None:
    swallowed: list[str] = []

    def swallow_one(signum: int, frame: object) -> None:
        swallowed.append("first alarm")  # as if it had landed in a garbage-collector callback

    with pytest.raises(RenderTimeout), deadline(0.2):
        signal.signal(signal.SIGALRM, swallow_one)  # the first alarm goes here …
        time.sleep(0.3)
        signal.signal(signal.SIGALRM, _raise_timeout)  # … and the repeat stops the work
        while True:
            pass
    assert swallowed == ["first alarm"]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _raise_timeout(signum: int, frame: object) -> None:
    raise RenderTimeout


def test_an_alarm_inside_logging_code_waits_until_the_work_is_out_of_it() -> None:
    # An exception raised inside logging can leave its module lock held, and the next render on another thread, which
    # adds a log handler, then waits for ever.  The alarm lands here inside a handler's emit; it must pass, and the
    # repeat stop the work once it is back in plain code.
    stopped_in: list[str] = []

    class SlowHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            time.sleep(0.4)  # the first alarm, at 0.2 s, lands in here

    logger = logging.getLogger("briefgen.tests.slow")
    logger.addHandler(handler := SlowHandler())
    logger.propagate = False
    try:
        with deadline(0.2):
            logger.warning("a slow record")
            stopped_in.append("logging")  # reached: the alarm did not fire inside the handler
            while True:
                pass
    except RenderTimeout:
        stopped_in.append("plain code")
    finally:
        logger.removeHandler(handler)
    assert stopped_in == ["logging", "plain code"]
    other = threading.Thread(target=lambda: logging.Handler())  # takes logging's module lock
    other.start()
    other.join(timeout=5)
    assert not other.is_alive()


def test_the_alarm_handler_raises_in_plain_code_and_passes_in_threading_code() -> None:
    with pytest.raises(RenderTimeout):
        stop_on_alarm(signal.SIGALRM, sys._getframe())
    frames: list[FrameType] = []
    condition = threading.Condition()
    with condition:
        threading.Thread(target=lambda: _notify(condition)).start()
        condition.wait_for(lambda: _capture(frames))  # wait_for's own frame is threading's
    assert frames and stop_on_alarm(signal.SIGALRM, frames[0]) is None


def _notify(condition: threading.Condition) -> None:
    with condition:
        condition.notify()


def _capture(frames: list[FrameType]) -> bool:
    frames.append(sys._getframe())
    return True


def test_a_deadline_puts_back_an_earlier_timer() -> None:
    with pytest.raises(RenderTimeout), deadline(0.5):
        with deadline(5):
            pass
        while True:
            pass


def test_the_memory_ceiling_stops_an_allocation_past_the_budget() -> None:
    with pytest.raises(MemoryError), memory_ceiling(64):
        hog = bytearray(256 * MB)
        del hog


def test_the_memory_ceiling_lets_work_within_the_budget_through_and_is_lifted_after() -> None:
    before = resource.getrlimit(resource.RLIMIT_DATA)
    with memory_ceiling(256):
        within = bytearray(32 * MB)
    assert len(within) == 32 * MB
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
    after = bytearray(512 * MB)  # would fail if the ceiling had stayed
    assert len(after) == 512 * MB


def test_the_memory_ceiling_leaves_other_threads_alone() -> None:
    seen: list[tuple[int, int]] = []

    def worker() -> None:
        with memory_ceiling(1):
            seen.append(resource.getrlimit(resource.RLIMIT_DATA))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [resource.getrlimit(resource.RLIMIT_DATA)]


def test_the_budget_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFGEN_MEMORY_LIMIT_MB", raising=False)
    assert memory_budget_mb() == 1024
    monkeypatch.setenv("BRIEFGEN_MEMORY_LIMIT_MB", "300")
    assert memory_budget_mb() == 300
    monkeypatch.setenv("BRIEFGEN_MEMORY_LIMIT_MB", "0")
    assert memory_budget_mb() is None
    monkeypatch.setenv("BRIEFGEN_MEMORY_LIMIT_MB", "lots")
    assert memory_budget_mb() == 1024


class _Finalized:
    """An object whose finalizer records the frame it runs in, as a garbage-collected font cache's would be."""

    frames: ClassVar[list[FrameType]] = []

    def __del__(self) -> None:
        self.frames.append(sys._getframe())


def test_the_alarm_handler_passes_inside_a_finalizer_where_its_exception_would_be_dropped() -> None:
    _Finalized()  # dropped at once: its __del__ runs here
    assert _Finalized.frames
    stop_on_alarm(signal.SIGALRM, _Finalized.frames[0])  # raises nothing: the repeat stops the work once it is out
