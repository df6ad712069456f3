"""Benchmark: ``briefgen build --all`` over 20 briefs, one worker against two, and the no-op second run.

A temporary project gets the real facts/ and templates/ and 20 copies of the
example brief (``briefs/example-helpers.md``, each with ``schedule: monthly``).
Each run is a fresh ``briefgen`` process, timed from outside, as cron would run it:

1. ``build --all -j 1`` into an empty build/: one process renders every brief;
2. ``build --all -j 2`` into an empty build/: two worker processes;
3. ``build --all`` again, nothing changed: every output is up to date.

The speed-up is (1) / (2) (target: at least 1.7× on two cores); the no-op
ratio is (3) / (2) (target: under 10 %).  The outputs of (1) and (2) are
also compared byte for byte: how many workers built a brief must not show.
Run from the repository root::

    .venv/bin/python benchmarks/build_all.py [--briefs 20] [--repeat 3] [--write-doc]

Other processes on the machine distort wall times: each measurement is
repeated, interleaved, and the best run is reported, with the CPU time the
build used (from ``os.wait4``) and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from performance_doc import write_section  # benchmarks/ is on the path when a benchmark runs

REPO = Path(__file__).resolve().parent.parent
HEADING = "## build --all"
EXAMPLE = REPO / "briefs" / "example-helpers.md"


def make_project(root: Path, count: int) -> None:
    """The real corpus and templates, and ``count`` scheduled copies of the example brief."""
    shutil.copytree(REPO / "facts", root / "facts")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "briefs").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    scheduled = "---\nschedule: monthly\n" + text.removeprefix("---\n")
    for number in range(1, count + 1):
        (root / "briefs" / f"example-{number:02d}.md").write_text(scheduled, encoding="utf-8")


@dataclass
class Run:
    """One process: wall time, and the CPU time it and its worker processes used."""

    wall: float
    cpu: float
    stdout: str


def timed_build(root: Path, *args: str) -> Run:
    """Run ``build --all`` in a fresh process; ``os.wait4`` gives the CPU time of exactly that process and its workers."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "briefgen", "-C", str(root), "build", "--all", *args], stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"build failed ({process.returncode}):\n{err.read()}")
        return Run(wall, usage.ru_utime + usage.ru_stime, out.read())


def outputs(root: Path) -> dict[str, str]:
    build = root / "build"
    return {
        p.relative_to(build).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(build.rglob("*"))
        if p.is_file() and p.name != "manifest.json" and ".cache" not in p.parts
    }


def measure(root: Path) -> dict[str, Run]:
    """One serial cold run, one parallel cold run, one no-op run; the serial and parallel outputs must match."""
    shutil.rmtree(root / "build", ignore_errors=True)
    serial = timed_build(root, "-j", "1")
    serial_outputs = outputs(root)
    shutil.rmtree(root / "build")
    parallel = timed_build(root, "-j", "2")
    if outputs(root) != serial_outputs:
        raise SystemExit("one worker and two workers built different bytes")
    noop = timed_build(root, "-j", "2")
    if "summary: 0 built" not in noop.stdout:
        raise SystemExit(f"the second run was not a no-op:\n{noop.stdout}")
    return {"serial": serial, "parallel": parallel, "noop": noop}


def write_doc(section: str) -> None:
    """Add or replace this benchmark's section of docs/performance.md, leaving the others alone."""
    write_section(HEADING, section)


def section_text(runs: list[dict[str, Run]], briefs: int, load: tuple[float, float]) -> str:
    """The docs section: best of the runs (the least disturbed on a shared machine), with CPU time and load."""
    serial = min(runs, key=lambda r: r["serial"].wall)["serial"]
    parallel = min(runs, key=lambda r: r["parallel"].wall)["parallel"]
    noop = min(runs, key=lambda r: r["noop"].wall)["noop"]
    cores = os.cpu_count()
    speedup, noop_ratio = serial.wall / parallel.wall, noop.wall / parallel.wall
    return "\n".join(
        [
            HEADING,
            "",
            f"`build --all` over {briefs} copies of the example brief (HTML and PDF, about ten pages and a chart each), "
            f"each run a fresh process into an empty build/, on {cores} cores; best of {len(runs)} interleaved runs "
            f"(load average {load[0]:.2f} before, {load[1]:.2f} after: other processes share this machine).",
            "",
            "| run | wall time | CPU time (all processes) | |",
            "|---|---|---|---|",
            f"| one worker (`-j 1`) | {serial.wall:.2f} s | {serial.cpu:.2f} s | |",
            f"| two workers (`-j 2`) | {parallel.wall:.2f} s | {parallel.cpu:.2f} s | speed-up {speedup:.2f}× (target ≥ 1.7×) |",
            f"| second run, nothing changed | {noop.wall:.2f} s | {noop.cpu:.2f} s | {noop_ratio:.1%} of the first (target < 10 %) |",
            "",
            "Workers are forked once per run and import WeasyPrint once each; briefs are handed out one at a time, "
            "so a long brief does not hold up the rest. The one-worker and two-worker outputs are byte-identical. "
            "The no-op run loads the corpus, hashes each edition's inputs and each output file, and imports neither "
            "WeasyPrint nor Jinja.",
            "",
            "Reproduce: `.venv/bin/python benchmarks/build_all.py --repeat 3 --write-doc` (on an otherwise idle machine).",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=20, help="number of briefs (default 20)")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved runs of each measurement; the best is reported (default 1)")
    parser.add_argument("--write-doc", action="store_true", help=f"write the figures into docs/performance.md under '{HEADING}'")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="briefgen-build-all-") as folder:
        root = Path(folder) / "project"
        make_project(root, args.briefs)
        runs = []
        for number in range(args.repeat):
            run = measure(root)
            runs.append(run)
            serial, parallel, noop = run["serial"], run["parallel"], run["noop"]
            print(
                f"run {number + 1}: one worker {serial.wall:.2f} s (CPU {serial.cpu:.2f} s), "
                f"two workers {parallel.wall:.2f} s (CPU {parallel.cpu:.2f} s, speed-up {serial.wall / parallel.wall:.2f}×), "
                f"no-op {noop.wall:.2f} s ({noop.wall / parallel.wall:.1%}); load average {os.getloadavg()[0]:.2f}",
                flush=True,
            )
    section = section_text(runs, args.briefs, (load_before, os.getloadavg()[0]))
    print()
    print(section)
    if args.write_doc:
        write_doc(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
