"""Renders handed to the main thread: results and errors come back, and stopping releases whoever waits."""

from __future__ import annotations

import threading
import time

import pytest

from briefgen.preview.runner import MainThreadRunner, Stopping


def _in_thread(target: object) -> threading.Thread:
    thread = threading.Thread(target=target)  # type: ignore[arg-type]
    thread.start()
    return thread


def test_work_from_another_thread_runs_on_the_main_thread_and_its_result_comes_back() -> None:
    runner = MainThreadRunner()
    seen: list[object] = []

    def ask() -> None:
        seen.append(runner.run(lambda: threading.current_thread() is threading.main_thread()))
        runner.stop()

    asker = _in_thread(ask)
    runner.serve()
    asker.join(timeout=10)
    assert seen == [True]


def test_an_error_in_the_work_is_raised_in_the_thread_that_asked() -> None:
    runner = MainThreadRunner()
    seen: list[BaseException] = []

    def fail() -> None:
        raise ValueError("broken template")

    def ask() -> None:
        try:
            runner.run(fail)
        except ValueError as error:
            seen.append(error)
        runner.stop()

    asker = _in_thread(ask)
    runner.serve()
    asker.join(timeout=10)
    assert [str(error) for error in seen] == ["broken template"]


def test_on_the_main_thread_work_runs_at_once() -> None:
    assert MainThreadRunner().run(lambda: 42) == 42


def test_stopping_releases_a_thread_whose_work_never_ran() -> None:
    runner = MainThreadRunner()
    outcome: list[str] = []

    def ask() -> None:
        try:
            runner.run(lambda: "never")
        except Stopping:
            outcome.append("released")

    asker = _in_thread(ask)
    time.sleep(0.1)  # nobody serves: the work waits
    runner.stop()
    asker.join(timeout=10)
    assert outcome == ["released"]
    with pytest.raises(Stopping):
        _raise_from_thread(runner)


def _raise_from_thread(runner: MainThreadRunner) -> None:
    """After stopping, new work is refused at once."""
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            runner.run(lambda: None)
        except Stopping as error:
            errors.append(error)

    _in_thread(ask).join(timeout=10)
    if errors:
        raise errors[0]
