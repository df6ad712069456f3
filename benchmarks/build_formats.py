"""Benchmark: what the Word document adds to a build of the standing brief.

Times ``briefgen build pakistan-belarus-industrial-cooperation --force`` as a
fresh process, as a user runs it, with ``--format html,pdf`` and with
``--format html,pdf,docx``, alternating the two within one run of this script
so that a busy machine slows both alike, and prints the ratio of the medians:
of the wall time, and of the CPU time of the build and every process it
started (pandoc, the Word conversion), which a busy machine does not inflate.
The Word conversion runs in its own process beside the PDF, so with a core
free its wall time hides behind the PDF's; the CPU ratio is what it costs
when no core is free (``build --all`` on every core).

Target (issue 13): ``html,pdf,docx`` costs at most 1.3 × ``html,pdf``.
Run:  .venv/bin/python benchmarks/build_formats.py [--runs N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SLUG = "pakistan-belarus-industrial-cooperation"
RUNS = 5
FORMATS = ("html,pdf", "html,pdf,docx")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time of a fresh process, and the CPU time of it and of the processes it waited for."""
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    times: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    cpu: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        for name in ("facts", "templates", "briefs"):
            shutil.copytree(REPO / name, project / name)

        def command(fmt: str) -> list[str]:
            return [sys.executable, "-m", "briefgen", "-C", str(project), "build", SLUG, "--format", fmt, "--force", "-j", "1"]

        for fmt in FORMATS:
            timed(command(fmt), project)  # warm the file cache, fontconfig and the corpus cache
        for _ in range(args.runs):
            for fmt in FORMATS:
                wall, used = timed(command(fmt), project)
                times[fmt].append(wall)
                cpu[fmt].append(used)
        docx = next((project / "build").glob(f"*/{SLUG}.docx"))
        size_kb = docx.stat().st_size / 1024
    base, with_word = (statistics.median(times[fmt]) for fmt in FORMATS)
    print(f"brief: {SLUG}; median of {args.runs} runs each, fresh processes, alternating")
    for fmt in FORMATS:
        runs = ", ".join(f"{t:.2f}" for t in times[fmt])
        wall, used = statistics.median(times[fmt]), statistics.median(cpu[fmt])
        print(f"{'build --format ' + fmt:34} {wall:6.2f} s wall, {used:6.2f} s CPU  (wall: {runs})")
    print(f"{'Word document':34} {size_kb:6.0f} kB")
    print(f"{'ratio html,pdf,docx / html,pdf':34} {with_word / base:6.2f}   (target ≤ 1.30)")
    cpu_base, cpu_word = (statistics.median(cpu[fmt]) for fmt in FORMATS)
    print(f"{'ratio of CPU time':34} {cpu_word / cpu_base:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
