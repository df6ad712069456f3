"""Unattended runs going wrong: builds killed with SIGKILL, builds started together, a held lock, a broken brief.

Real processes only: the CLI is started with ``subprocess``, killed with
``os.kill``, and the lock is held by this test process with ``flock``, as a
second build would hold it.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.editions_project import DIGEST, make_project, pdf_opens, tree

pytestmark = pytest.mark.slow  # renders PDFs through the real CLI

HELPERS = "example-helpers"
EARLY, LATE = "2024-12-01", "2025-04-10"


def _start(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefgen", "-C", str(root), "build", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _without_coverage() -> dict[str, str]:
    """The environment minus coverage's subprocess hook.

    Under ``make test`` coverage follows child processes and saves its data
    when they exit; with the file-size limit of the full-disk test that save
    fails and prints coverage's own traceback, which is not briefgen's output.
    """
    return {name: value for name, value in os.environ.items() if not name.startswith("COVERAGE")}


def _wait_for_workers_to_die(root: Path, timeout: float = 10.0) -> None:
    """Workers die with their parent; wait until no process still has this project on its command line or cwd."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if str(root).encode() in (entry / "cmdline").read_bytes():
                    busy.append(entry.name)
            except OSError:
                continue
        if not busy:
            return
        time.sleep(0.05)
    pytest.fail(f"processes still running for {root}: {busy}")


def _assert_readable(root: Path) -> None:
    """Every file a reader would open is whole; anything else is a dot-file temporary."""
    build = root / "build"
    for folder in [build, *(p for p in build.iterdir() if p.is_dir() and not p.name.startswith("."))]:
        for path in folder.rglob("*"):
            if path.is_dir() or any(part.startswith(".") for part in path.relative_to(build).parts):
                continue
            name = path.name
            assert name.endswith((".html", ".pdf", ".json")), f"unexpected file {path}"
            if name.endswith(".pdf"):
                assert pdf_opens(path) > 0
            elif name.endswith(".html"):
                text = path.read_text(encoding="utf-8")
                assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>"), f"{path} is cut short"
            else:
                json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with an earlier edition, then a later build killed at several random moments."""
    root = make_project(tmp_path_factory.mktemp("faults") / "project", (DIGEST, HELPERS))
    assert run_cli("-C", str(root), "build", "--every", "--as-of", EARLY).code == 0
    earlier = tree(root / "build" / EARLY)
    seed = random.randrange(1 << 30)
    chooser = random.Random(seed)
    sheet = root / "templates" / "styles" / "brief.css"
    for attempt in range(4):
        sheet.write_text(sheet.read_text(encoding="utf-8") + f"\n/* edit {attempt} */\n", encoding="utf-8")  # so everything rebuilds
        process = _start(root, "--every", "--as-of", LATE, "-j", "2")
        delay = chooser.uniform(0.2, 3.0)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        _wait_for_workers_to_die(root)
        assert tree(root / "build" / EARLY) == earlier, f"the earlier edition changed (seed {seed}, kill after {delay:.2f} s)"
        _assert_readable(root)
    return root


def test_sigkill_leaves_every_file_whole(killed: Path) -> None:
    _assert_readable(killed)


def test_the_next_build_cleans_up_and_completes(killed: Path) -> None:
    (killed / "build" / LATE).mkdir(parents=True, exist_ok=True)
    stray = killed / "build" / LATE / f".{DIGEST}.pdf.abcd1234.part"
    stray.write_bytes(b"%PDF-1.7 half a file")
    cache = killed / "build" / ".cache" / "corpus" / ".group.json.zz.part"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"another command's temporary")
    result = run_cli("-C", str(killed), "build", "--every", "--as-of", LATE)
    assert result.code == 0, result.stderr
    leftovers = [p for p in (killed / "build").rglob(".*") if ".cache" not in p.parts]
    assert leftovers == [], "stale .part files and the lock are gone"
    assert cache.exists(), "folders of other commands (build/.cache) are left alone"
    _assert_readable(killed)
    pdfs = sorted(str(p) for p in (killed / "build").glob("*/*.pdf"))
    assert len(pdfs) == 4, pdfs  # both briefs as of EARLY and LATE
    verify = run_cli("-C", str(killed), "verify", *pdfs)
    assert verify.code == 0, verify.stderr
    again = run_cli("-C", str(killed), "build", "--every", "--as-of", LATE)
    assert "summary: 0 built, 2 skipped, 0 failed" in again.stdout


def test_two_builds_at_once(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", (DIGEST, HELPERS))
    first, second = _start(root, "--every"), _start(root, "--every")
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == second.returncode == 0, results
    waited = [out for out, err in results if "waiting for another build to finish" in err]
    assert len(waited) == 1, "one build waited for the other"
    assert "summary: 0 built, 2 skipped, 0 failed" in waited[0], "and then found nothing left to do"
    _assert_readable(root)
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["outputs"]) == sorted(f"{LATE}/{b}.{f}" for b in (DIGEST, HELPERS) for f in ("html", "pdf"))


def test_no_wait_exits_when_the_lock_is_held(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    (root / "build").mkdir()
    with (root / "build" / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write("pid 4242\n")
        handle.flush()
        refused = run_cli("-C", str(root), "build", "--all", "--no-wait", "--format", "html")
        assert refused.code == 2
        assert (
            "briefgen: error: another build is writing build/ (pid 4242); not waiting because of --no-wait "
            "(hint: run again when it has finished, or leave out --no-wait to wait for it)"
        ) in refused.stderr
        assert not (root / "build" / LATE).exists()
        waiting = _start(root, "--all", "--format", "html")
        assert waiting.stderr is not None
        # Read until the build says it waits (however slow the machine is to start it), then let it go on.
        said = [waiting.stderr.readline()]
        while said[-1] and "waiting for another build" not in said[-1]:
            said.append(waiting.stderr.readline())
        assert "briefgen: waiting for another build to finish (pid 4242)" in said[-1], said
        assert waiting.poll() is None, "without --no-wait the build waits"
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert f"built {DIGEST} as of {LATE}" in out


def test_a_broken_brief_does_not_stop_the_others(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", (DIGEST, HELPERS))
    broken = root / "briefs" / "broken.md"
    broken.write_text("---\ntitle: Broken\nschedule: monthly\n---\nA claim [@no-such-fact].\n", encoding="utf-8")
    result = run_cli("-C", str(root), "build", "--every", "-j", "2", "--format", "html")
    assert result.code == 1
    assert "briefs/broken.md:5: unknown fact 'no-such-fact'" in result.stderr
    assert "failed: broken" in result.stderr
    summary = result.stdout[result.stdout.index("summary: ") :]
    assert summary.startswith("summary: 2 built, 0 skipped, 1 failed")
    assert "  failed   broken " in summary
    for slug in (DIGEST, HELPERS):
        assert (root / "build" / LATE / f"{slug}.html").is_file()
    assert not (root / "build" / LATE / "broken.html").exists()


def _small_disk() -> None:
    """In the child: files may not grow past 30 kB, as on a nearly full disk (EFBIG instead of ENOSPC)."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))


def test_a_full_disk_gives_a_clear_error_and_keeps_the_earlier_edition(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    assert run_cli("-C", str(root), "build", DIGEST, "--as-of", EARLY).code == 0
    earlier = tree(root / "build" / EARLY)
    (root / "templates" / "styles" / "brief.css").write_text(
        (root / "templates" / "styles" / "brief.css").read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "-C", str(root), "build", DIGEST, "--as-of", EARLY],
        preexec_fn=_small_disk,
        env=_without_coverage(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "cannot write output: File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree(root / "build" / EARLY) == earlier, "the earlier edition is untouched"
    assert not [p for p in (root / "build" / EARLY).iterdir() if p.name.startswith(".")], "no temporary file is left behind"


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two PDF editions of the digest, their change page and the manifest that records them."""
    root = make_project(tmp_path_factory.mktemp("manifest") / "project")
    for date in (EARLY, LATE):
        result = run_cli("-C", str(root), "build", DIGEST, "--as-of", date, "--format", "pdf")
        assert result.code == 0, result.stderr
    return root


@pytest.mark.parametrize(
    "damage",
    [
        b'{"format": 1, "outputs": {}, "editions": {',  # cut short, as by a full disk
        b'{"format": 1, "outputs": {}, "editions": {"monthly-digest": {"2025-13-45": {"brief": "monthly-digest", '
        b'"as_of": "2025-13-45", "title": "x", "built": "2025-13-45"}}}}',  # an impossible date, edited by hand
    ],
    ids=["truncated", "impossible-date"],
)
def test_a_corrupt_manifest_is_set_aside_and_rebuilt(two_editions: Path, tmp_path: Path, damage: bytes) -> None:
    """The history is rebuilt from the PDFs, the change page is kept, the damaged file is kept beside it."""
    root = tmp_path / "project"
    subprocess.run(["cp", "-a", str(two_editions), str(root)], check=True)
    build = root / "build"
    change_pages = sorted(p.relative_to(build).as_posix() for p in (build / "changes").rglob("*.html"))
    assert change_pages, "two editions make a change page"
    (build / "manifest.json").write_bytes(damage)
    result = run_cli("-C", str(root), "build", DIGEST, "--as-of", LATE, "--format", "pdf")
    assert result.code == 0, result.stderr
    assert "warning:" in result.stderr and "it is kept as manifest.json.corrupt-1" in result.stderr
    assert "2 editions recovered from their PDFs" in result.stderr
    assert (build / "manifest.json.corrupt-1").read_bytes() == damage
    assert sorted(p.relative_to(build).as_posix() for p in (build / "changes").rglob("*.html")) == change_pages
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["editions"][DIGEST]) == [EARLY, LATE]
    assert manifest["editions"][DIGEST][EARLY]["claims"], "the earlier edition's claims come back from its PDF"
    again = run_cli("-C", str(root), "build", DIGEST, "--as-of", LATE, "--format", "pdf")
    assert again.code == 0 and "warning" not in again.stderr and "summary: 0 built, 1 skipped" in again.stdout
