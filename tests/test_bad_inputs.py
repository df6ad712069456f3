"""The bad-input corpus: every case must fail cleanly with its documented error.

Each folder under tests/bad_inputs/ holds files laid over a copy of the mini
project and a ``case.yaml`` naming the command, the exit code and the lines
the error output must contain (``expect``; ``expect_any`` when one of several
wordings will do, as where the installed libyaml answers before our own check;
``expect_stdout`` for what a command reports that is not a problem).
A case passes only if the real CLI prints those ``path:line: message`` lines,
exits with that code, shows no traceback and leaves any earlier output in
build/ untouched.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, REPO, TESTS, run_cli

CASES = TESTS / "bad_inputs"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if (p / "case.yaml").is_file())


def _tree_digest(root: Path) -> dict[str, str]:
    """Every output file under build/, except the corpus parse cache (build/.cache), which is not an output."""
    if not root.exists():
        return {}
    files = (p for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != ".cache")
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


_OUTSIDE_SOURCE = """---
id: secret
title: A file outside the project
published: 2024-01-01
---

Nobody reviewed this article, and it must not join the corpus.
"""


def _prepare(case_dir: Path, target: Path, spec: dict[str, object]) -> None:
    shutil.copytree(FIXTURES / "mini", target)
    shutil.copytree(REPO / "templates", target / "templates")
    for path in case_dir.rglob("*"):
        if path.is_file() and path.name != "case.yaml":
            destination = target / path.relative_to(case_dir)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
    for name in spec.get("remove", []) or []:  # type: ignore[union-attr]
        (target / str(name)).unlink()
    generate = spec.get("generate")
    if isinstance(generate, dict) and "text" in generate:
        filled = str(generate["text"]).replace("{fill}", str(generate["fill"]) * int(generate["times"]))
        (target / generate["path"]).parent.mkdir(parents=True, exist_ok=True)
        (target / generate["path"]).write_text(filled, encoding="utf-8")
    elif isinstance(generate, dict):
        line = b"# padding line to make the file large\n"
        size = int(generate["bytes"])
        (target / generate["path"]).write_bytes((line * (size // len(line) + 1))[:size])
    outside = target.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.md").write_text(_OUTSIDE_SOURCE, encoding="utf-8")
    for link, link_target in (spec.get("symlinks") or {}).items():  # type: ignore[union-attr]
        (target / str(link)).parent.mkdir(parents=True, exist_ok=True)
        (target / str(link)).symlink_to(str(link_target).replace("{outside}", str(outside)))
    for fifo in spec.get("fifos") or []:  # type: ignore[union-attr]
        (target / str(fifo)).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(target / str(fifo))
    (target / "build" / "2025-01-01").mkdir(parents=True)
    (target / "build" / "2025-01-01" / "earlier.html").write_text("<p>an earlier edition</p>\n", encoding="utf-8")


def test_corpus_has_enough_cases() -> None:
    assert len(CASE_NAMES) >= 100


@pytest.mark.parametrize("name", CASE_NAMES)
def test_bad_input_fails_cleanly(name: str, tmp_path: Path) -> None:
    case_dir = CASES / name
    spec = yaml.safe_load((case_dir / "case.yaml").read_text(encoding="utf-8"))
    project = tmp_path / "project"
    _prepare(case_dir, project, spec)
    before = _tree_digest(project / "build")

    args = [str(a).replace("{project}", str(project)) for a in spec["args"]]
    env = {str(k): str(v) for k, v in (spec.get("env") or {}).items()}
    result = run_cli("-C", str(project), *args, cwd=project, env=env, timeout=float(spec.get("timeout", 120)))

    assert result.code == spec["exit"], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not {"\x1b", "\x07", "\u202e"} & set(result.stderr), "a raw control character reached the terminal"
    for expected in spec["expect"]:
        assert expected in result.stderr, f"expected {expected!r} in:\n{result.stderr}"
    for expected in spec.get("expect_stdout") or []:
        assert expected in result.stdout, f"expected {expected!r} in:\n{result.stdout}"
    alternatives = spec.get("expect_any") or []
    if alternatives:
        assert any(a in result.stderr for a in alternatives), f"expected one of {alternatives!r} in:\n{result.stderr}"
    after = _tree_digest(project / "build")
    assert {k: v for k, v in after.items() if k in before} == before, "an earlier output was changed"
    if spec["exit"] != 0:
        assert set(after) == set(before), f"a failed run wrote {sorted(set(after) - set(before))}"
    if "output" in spec:
        html = (project / spec["output"]).read_text(encoding="utf-8")
        for forbidden in spec.get("forbid", []):
            assert forbidden not in html, f"{forbidden!r} reached the output"
        for required in spec.get("require", []):
            assert required in html, f"{required!r} missing from the output"
