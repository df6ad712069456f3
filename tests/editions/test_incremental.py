"""Incremental and reproducible builds: unchanged inputs are not rebuilt, and equal inputs give equal bytes.

The module's project is built once by ``build --every`` (HTML and PDF); the
tests then change one input at a time and read the summary of the next run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.editions_project import DIGEST, make_project, timed_cli, tree

pytestmark = pytest.mark.slow  # renders PDFs through the real CLI

HELPERS = "example-helpers"
AS_OF = "2025-04-10"


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """The project after its first build, and that build's CPU time (seconds, all processes)."""
    root = make_project(tmp_path_factory.mktemp("incremental") / "project", (DIGEST, HELPERS))
    code, stdout, _, cpu = timed_cli("-C", str(root), "build", "--every")
    assert code == 0, stdout
    assert "summary: 2 built, 0 skipped, 0 failed" in stdout
    return root, cpu


def _summary(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith("summary: "))


def test_a_second_build_is_a_fast_no_op(first: tuple[Path, float]) -> None:
    """A no-op costs under 10 % of the first build (CPU time: wall time swings with the machine's load)."""
    root, first_cpu = first
    before = tree(root / "build")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "build").rglob("*") if p.is_file() and ".cache" not in p.parts}
    costs = []
    for _ in range(3):
        code, stdout, _, cpu = timed_cli("-C", str(root), "build", "--every")
        costs.append(cpu)
        assert code == 0
        assert _summary(stdout).startswith("summary: 0 built, 2 skipped, 0 failed")
        assert f"skipped {DIGEST} as of {AS_OF}: unchanged" in stdout
    assert tree(root / "build") == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes, "a no-op build touches no file"
    ratio = min(costs) / first_cpu
    assert ratio < 0.10, f"second build used {min(costs):.2f} s of CPU, {ratio:.0%} of the first ({first_cpu:.2f} s)"


def test_a_changed_template_rebuilds_only_the_briefs_that_use_it(first: tuple[Path, float]) -> None:
    root, _ = first
    partial = root / "templates" / "partials" / "new-since.md.j2"
    original = partial.read_text(encoding="utf-8")
    try:
        partial.write_text(original + "\n{#- an editor's note -#}\n", encoding="utf-8")
        result = run_cli("-C", str(root), "build", "--every", "--format", "html")
        assert result.code == 0, result.stderr
        assert f"built {DIGEST} as of {AS_OF}" in result.stdout
        assert f"skipped {HELPERS} as of {AS_OF}: unchanged" in result.stdout
    finally:
        partial.write_text(original, encoding="utf-8")
    back = run_cli("-C", str(root), "build", "--every")
    assert _summary(back.stdout).startswith("summary: 1 built, 1 skipped"), "the HTML built from the edited template is stale again"


def test_a_template_no_brief_uses_rebuilds_nothing(first: tuple[Path, float]) -> None:
    root, _ = first
    unused = root / "templates" / "partials" / "unused-by-anyone.md.j2"
    unused.write_text("Nothing here.\n", encoding="utf-8")
    try:
        result = run_cli("-C", str(root), "build", "--every")
        assert _summary(result.stdout).startswith("summary: 0 built, 2 skipped")
    finally:
        unused.unlink()


def test_a_stylesheet_change_rebuilds_everything(first: tuple[Path, float]) -> None:
    root, _ = first
    sheet = root / "templates" / "styles" / "brief.css"
    original = sheet.read_text(encoding="utf-8")
    try:
        sheet.write_text(original + "\n/* a comment */\n", encoding="utf-8")
        result = run_cli("-C", str(root), "build", "--every", "--format", "html")
        assert _summary(result.stdout).startswith("summary: 2 built, 0 skipped")
    finally:
        sheet.write_text(original, encoding="utf-8")
    assert _summary(run_cli("-C", str(root), "build", "--every", "--format", "html").stdout).startswith("summary: 2 built")


def test_a_tampered_or_missing_output_is_rebuilt(first: tuple[Path, float]) -> None:
    root, _ = first
    page = root / "build" / AS_OF / f"{HELPERS}.html"
    good = page.read_bytes()
    page.write_bytes(good.replace(b"</html>", b"<!-- edited by hand --></html>"))
    result = run_cli("-C", str(root), "build", HELPERS, "--format", "html")
    assert f"built {HELPERS}" in result.stdout
    assert page.read_bytes() == good, "rebuilding gives back the same bytes"
    page.unlink()
    run_cli("-C", str(root), "build", HELPERS, "--format", "html")
    assert page.read_bytes() == good


def test_a_new_source_leaves_earlier_editions_alone(first: tuple[Path, float]) -> None:
    root, _ = first
    source = root / "facts" / "sources" / "later-meeting-2025-06-01.md"
    facts = root / "facts" / "later.yaml"
    source.write_text(
        "---\nid: later-meeting-2025-06-01\ntitle: A later meeting\noutlet: Test Wire\npublished: 2025-06-01\n---\n"
        "Officials of Pakistan and Belarus met again in Minsk to review the tractor joint ventures.\n",
        encoding="utf-8",
    )
    facts.write_text(
        "- id: officials-met-again-2025-06\n  claim: Officials of the two countries met again in Minsk.\n"
        "  source: later-meeting-2025-06-01\n  quote: met again in Minsk\n  date: 2025-06\n  kind: event\n  topics: [visits]\n",
        encoding="utf-8",
    )
    try:
        fixed = run_cli("-C", str(root), "build", "--every", "--as-of", AS_OF)
        assert fixed.code == 0, fixed.stderr
        assert _summary(fixed.stdout).startswith("summary: 0 built, 2 skipped"), "a source after the as-of date changes nothing"
        newest = run_cli("-C", str(root), "build", DIGEST, "--format", "html")
        assert f"built {DIGEST} as of 2025-06-01" in newest.stdout
        html = (root / "build" / "2025-06-01" / f"{DIGEST}.html").read_text(encoding="utf-8")
        assert "New since 10 April 2025" in html and "Officials of the two countries met again in Minsk." in html
    finally:
        source.unlink()
        facts.unlink()


def test_force_rebuilds(first: tuple[Path, float]) -> None:
    root, _ = first
    result = run_cli("-C", str(root), "build", HELPERS, "--format", "html", "--force")
    assert f"built {HELPERS}" in result.stdout


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    """HTML, PDF, index and change pages; only the manifest's timings differ."""
    root = make_project(tmp_path / "project")
    outputs = []
    for _ in range(2):
        for date in ("2024-12-01", AS_OF):
            result = run_cli("-C", str(root), "build", DIGEST, "--as-of", date)
            assert result.code == 0, result.stderr
        built = tree(root / "build")
        built.pop("manifest.json")
        outputs.append(built)
        shutil.rmtree(root / "build")
    assert outputs[0] == outputs[1]
    assert {f"{AS_OF}/{DIGEST}.pdf", f"{AS_OF}/{DIGEST}.html", "index.html", f"changes/{DIGEST}/2024-12-01--{AS_OF}.html"} <= set(
        outputs[0]
    )


def test_no_random_ids_reach_the_output(first: tuple[Path, float]) -> None:
    root, _ = first
    for path in (root / "build" / AS_OF).iterdir():
        assert b"briefgen-figure-" not in path.read_bytes(), f"a chart placeholder reached {path.name}"
