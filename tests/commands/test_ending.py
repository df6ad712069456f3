"""How a command-line process ends (:mod:`briefgen.commands.ending`): at once when a command kept its data, else as usual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefgen.commands import ending
from tests.conftest import run_cli


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)


def test_in_process_nothing_is_kept() -> None:
    """Called in process (as the tests call ``main``), a command's data is freed as always."""
    assert ending._kept is None
    ending.keep_until_exit(object())
    assert ending._kept is None


def test_a_process_that_kept_its_data_runs_its_exit_handlers_flushes_and_exits_with_its_code(tmp_path: Path) -> None:
    done = tmp_path / "handler-ran"
    result = _run(
        "import atexit, sys\n"
        "from pathlib import Path\n"
        "from briefgen.commands import ending\n"
        f"atexit.register(lambda: Path({str(done)!r}).write_text('yes'))\n"
        "ending.ending_at_once()\n"
        "ending.keep_until_exit(list(range(10)))\n"
        "print('to stdout', end='')\n"
        "print('to stderr', end='', file=sys.stderr)\n"
        "ending.end(3)\n",
        tmp_path,
    )
    assert result.returncode == 3
    assert result.stdout == "to stdout"
    assert result.stderr == "to stderr"
    assert done.read_text() == "yes"


def test_a_process_that_kept_nothing_ends_as_python_does(tmp_path: Path) -> None:
    result = _run(
        "import atexit\n"
        "from briefgen.commands import ending\n"
        "atexit.register(lambda: print('handler'))\n"
        "ending.ending_at_once()\n"
        "print('before', end=' ')\n"
        "ending.end(0)\n",
        tmp_path,
    )
    assert (result.returncode, result.stdout) == (0, "before handler\n")


def test_a_process_with_another_thread_ends_as_python_does(tmp_path: Path) -> None:
    """A thread still running is joined by Python's ending: it finishes its work first."""
    result = _run(
        "import threading, time\n"
        "from briefgen.commands import ending\n"
        "threading.Thread(target=lambda: (time.sleep(0.2), print('thread done'))).start()\n"
        "ending.ending_at_once()\n"
        "ending.keep_until_exit(object())\n"
        "ending.end(2)\n",
        tmp_path,
    )
    assert (result.returncode, result.stdout) == (2, "thread done\n")


def test_check_from_the_command_line_prints_everything_and_keeps_its_exit_code(mini_project: Path) -> None:
    clean = run_cli("-C", str(mini_project), "check", "--corpus-only", env={"BRIEFGEN_NO_CACHE": "1"})
    assert clean.code == 0, clean.stderr
    assert clean.stdout.strip() == "2 sources, 5 facts, 3 topics, 2 discrepancies, 0 problems"
    facts = mini_project / "facts" / "trade.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "\n- id: broken\n", encoding="utf-8")
    broken = run_cli("-C", str(mini_project), "check", "--corpus-only", env={"BRIEFGEN_NO_CACHE": "1"})
    assert broken.code == 1
    assert "broken" in broken.stderr
    assert broken.stdout.strip().endswith("problems")
