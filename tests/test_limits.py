"""The time and memory limits a render runs under: they stop the work, then get out of the way."""

from __future__ import annotations

import resource
import signal
import threading
import time

import pytest

from briefgen.limits import RenderTimeout, deadline, memory_budget_mb, memory_ceiling

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
