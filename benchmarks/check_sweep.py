"""Benchmark: ``briefgen check`` on the shipped project, with its as-of sweep (target: under 10 s).

``check`` reads every branch of each brief and then renders each brief (HTML
only, in memory) at every date on which a source in its topics was
published, plus its own edition date.  A temporary copy of the shipped
project (facts/, briefs/, templates/) is checked in a fresh ``briefgen``
process, as an editor runs it, and against it the same check without the
briefs (``check --corpus-only``): the difference is what the briefs cost.
Each run is repeated and interleaved; the median and best wall times are
reported, with the CPU time of the process (``os.wait4``) and the load
average, since other work on the machine stretches wall times.

Run from the repository root::

    .venv/bin/python benchmarks/check_sweep.py [--repeat 5] [--write-doc]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from performance_doc import DOC, write_section  # benchmarks/ is on the path when a benchmark runs

REPO = Path(__file__).resolve().parent.parent
HEADING = "## briefgen check: every brief at every as-of date"
TARGET_SECONDS = 10.0


@dataclass
class Measure:
    label: str
    walls: list[float]
    cpus: list[float]
    code: int

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def best(self) -> float:
        return min(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def copy_project(target: Path) -> None:
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, target / name)


def run_once(project: Path, *args: str) -> tuple[float, float, int]:
    """Wall and CPU seconds of one fresh ``briefgen check`` process, and its exit code."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "BRIEFGEN_NO_CACHE": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "-C", str(project), "check", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def renders(project: Path) -> list[tuple[str, int]]:
    """Each brief and the number of as-of dates ``check`` renders it at."""
    sys.path.insert(0, str(REPO / "src"))
    from briefgen.corpus.cache import ParseCache
    from briefgen.corpus.loader import load_corpus
    from briefgen.render.brief import brief_slugs, load_brief
    from briefgen.render.scope import edition_date
    from briefgen.render.sweep import sweep_dates

    corpus = load_corpus(project, cache=ParseCache(None))
    counts = []
    for slug in brief_slugs(project):
        brief = load_brief(project, slug)
        counts.append((slug, len(sweep_dates(brief, corpus, edition_date(brief, corpus, None)))))
    return counts


def measure(project: Path, repeat: int) -> list[Measure]:
    full = Measure("`briefgen check` (corpus, static reading, as-of sweep)", [], [], 0)
    corpus_only = Measure("`briefgen check --corpus-only` (corpus alone)", [], [], 0)
    run_once(project)  # warm the OS page cache and Python's bytecode
    for _ in range(repeat):
        for target, args in ((full, ()), (corpus_only, ("--corpus-only",))):
            wall, cpu, code = run_once(project, *args)
            target.walls.append(wall)
            target.cpus.append(cpu)
            target.code = max(target.code, code)
    return [full, corpus_only]


def section_text(measures: list[Measure], counts: list[tuple[str, int]], repeat: int, loads: tuple[float, float]) -> str:
    total = sum(n for _, n in counts)
    briefs = ", ".join(f"{slug} ({n})" for slug, n in counts)
    rows = "\n".join(f"| {m.label} | {m.median:.2f} s | {m.best:.2f} s | {m.cpu:.2f} s | {m.code} |" for m in measures)
    intro = " ".join(
        [
            f"`briefgen check` on the shipped project ({len(counts)} briefs) reads every branch of each brief and the partials",
            "it includes, then renders each brief (HTML only, in memory) at each date on which the set of sources it may cite",
            f"changes: {total} renders in all ({briefs}; a brief pinned to its `as_of` date and not scheduled is rendered at",
            f"that date only). A fresh process each time, parse cache off, {repeat} runs of each, interleaved; measured",
            f"{dt.date.today().isoformat()} on 2 cores, Python {sys.version.split()[0]}. Load average {loads[0]:.1f} before,",
            f"{loads[1]:.1f} after: other work on the machine stretches the wall times, not the CPU times.",
            f"Target: under {TARGET_SECONDS:g} s.",
        ]
    )
    reuse = " ".join(
        [
            "The renders reuse what does not change from one date to the next: each template's compiled code, each source",
            "body's folded text (to place quotes in the notes and the annex) and each chart's SVG (matplotlib draws a chart",
            "once). On an idle machine the wall time is close to the CPU time.",
        ]
    )
    return f"""{HEADING}

{intro}

| run | wall time, median | best | CPU time | exit |
|---|---:|---:|---:|---:|
{rows}

{reuse}

Reproduce: `.venv/bin/python benchmarks/check_sweep.py --repeat 5 --write-doc`
"""


def write_doc(section: str) -> None:
    """Add or replace this benchmark's section of docs/performance.md, leaving the others alone."""
    write_section(HEADING, section)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command; the median and the best are reported (default 5)")
    parser.add_argument("--write-doc", action="store_true", help=f"write the figures into docs/performance.md under '{HEADING}'")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-sweep-") as folder:
        project = Path(folder)
        copy_project(project)
        counts = renders(project)
        before = os.getloadavg()[0]
        measures = measure(project, options.repeat)
        after = os.getloadavg()[0]
    section = section_text(measures, counts, options.repeat, (before, after))
    print(section)
    if options.write_doc:
        write_doc(section)
        print(f"wrote {DOC.relative_to(REPO)}")
    full = measures[0]
    return 0 if full.code == 0 and full.median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
