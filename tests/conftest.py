"""Shared fixtures: the real project tree, a mini project, and a CLI runner."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
# The five seed reports the project started from, kept in the repository so that a lone clone passes.
SEEDS = FIXTURES / "seeds"

# The code of the checkout under test answers every import, here and in the processes the tests start: an editable
# install of another checkout (a second worktree beside this one) would otherwise test that checkout's code.
sys.path.insert(0, str(REPO / "src"))
os.environ["PYTHONPATH"] = os.pathsep.join(path for path in (str(REPO / "src"), os.environ.get("PYTHONPATH", "")) if path)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ as a module (they are scripts, not a package), for tests that read its measures."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300) -> Run:
    """Run the real ``briefgen`` command in a fresh process."""
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return Run(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small test project, safe to modify."""
    target = tmp_path / "project"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the real project (facts, briefs, templates), safe to modify."""
    target = tmp_path / "repo"
    target.mkdir()
    for name in ("facts", "briefs", "templates"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, target / name)
    return target
