"""Benchmark: how briefgen's costs grow with the corpus, with the notes of a brief, and with the number of briefs.

A synthetic project (the generator of ``check_corpus.py``: sources of 2-4 KB,
ten facts each, every quote drawn from its body) gets the real templates and
generated briefs that cite synthetic facts in prose (ten facts per source, so
a 300-note brief cites 30 sources and its evidence annex reprints them).
Every figure is a fresh ``briefgen`` process timed from outside, as a user or
cron runs it; the parse cache is warm (it was filled by a first ``check``)
and so is the chart cache (these briefs draw no chart).  Three series:

1. corpus size (12,500 / 25,000 / 50,000 facts): ``check --corpus-only`` and
   the HTML-only build of a 100-note brief;
2. notes (30 / 100 / 300, on 50,000 facts): the full build (HTML + PDF), the
   HTML-only build and WeasyPrint alone on the brief's HTML, medians of
   ``--repeat`` interleaved runs, and the ratios to WeasyPrint alone;
3. briefs (``--briefs``, default 50 and 200, each citing 30 facts, on 50,000
   facts): ``build --all`` (HTML only unless ``--pdf``) into an empty folder,
   and the second run with nothing changed.

This is a script run by hand, not a test, and it takes several minutes
(more with ``--pdf``).  Run from the repository root::

    .venv/bin/python benchmarks/scale.py [--repeat 3] [--briefs 50,200] [--pdf] [--write-doc]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import generate  # a sibling script, not a package
from performance_doc import write_section  # benchmarks/ is on the path when a benchmark runs
from processes import USER_ENVIRONMENT

REPO = Path(__file__).resolve().parent.parent
HEADING = "## Scale: corpus, notes and briefs"
FACTS_PER_SOURCE = 10


@dataclass
class Timed:
    wall: float
    cpu: float


def timed(command: list[str], env: dict[str, str] | None = None) -> Timed:
    """Wall and CPU time (the process and its workers, from ``os.wait4``) of one fresh process; fails loudly."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env={**USER_ENVIRONMENT, **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"failed: {' '.join(command)}\n{err.read()[-3000:]}")
        return Timed(wall, usage.ru_utime + usage.ru_stime)


def briefgen(project: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "briefgen", "-C", str(project), *args]


def make_project(root: Path, facts: int) -> None:
    generate(root, facts, facts_per_source=FACTS_PER_SOURCE)
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "briefs").mkdir()
    timed(briefgen(root, "check", "--corpus-only"))  # fills the parse cache


def write_brief(project: Path, slug: str, notes: int, first_source: int = 0, *, scheduled: bool = False) -> None:
    """A brief citing ``notes`` facts: every fact of ``notes / 10`` consecutive sources, a sentence each."""
    lines = ["---", f"title: Synthetic brief {slug}", "subtitle: Generated for the scale benchmark", "audience: Benchmarks"]
    lines += ["classification: OFFICIAL", *(["schedule: monthly"] if scheduled else []), "---", ""]
    for n in range(notes):
        source, fact = first_source + n // FACTS_PER_SOURCE, n % FACTS_PER_SOURCE
        fid = f"src-{source:05d}-fact-{fact:02d}"
        if n % 20 == 0:
            lines += ["", f"## Part {n // 20 + 1}", ""]
        lines += [f"{{{{ fact('{fid}').claim }}}} [@{fid}] Officials described the exchanges as useful [@{fid}].", ""]
    (project / "briefs" / f"{slug}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


WEASYPRINT_ALONE = """
import json, sys
from pathlib import Path
import weasyprint
folder = Path(sys.argv[1])
html = (folder / "print.html").read_text(encoding="utf-8")
sheets = [weasyprint.CSS(filename=p) for p in json.loads((folder / "sheets.json").read_text())]
weasyprint.HTML(string=html, base_url=str(folder)).write_pdf(folder / "alone.pdf", stylesheets=sheets)
"""

DUMP = """
import json, sys
from pathlib import Path
from briefgen.corpus.loader import load_corpus
from briefgen.render.pipeline import render_brief
project, slug, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
document = render_brief(project, slug, load_corpus(project))[2]
(target / "print.html").write_text(document.print_html, encoding="utf-8")
(target / "sheets.json").write_text(json.dumps([str(p) for p in document.stylesheets]), encoding="utf-8")
"""


def _best(runs: list[Timed]) -> Timed:
    return Timed(min(r.wall for r in runs), min(r.cpu for r in runs))


def corpus_series(base: Path, sizes: list[int]) -> list[tuple[int, Timed, Timed]]:
    """For each corpus size: check (warm cache) and the HTML-only build of a 100-note brief (best of two)."""
    rows = []
    for size in sizes:
        project = base / f"corpus-{size}"
        make_project(project, size)
        write_brief(project, "notes-100", 100)
        check = _best([timed(briefgen(project, "check", "--corpus-only")) for _ in range(2)])
        timed(briefgen(project, "build", "notes-100", "--format", "html", "--force"))
        build = _best([timed(briefgen(project, "build", "notes-100", "--format", "html", "--force")) for _ in range(2)])
        print(f"corpus {size:6} facts: check {check.wall:.2f} s (CPU {check.cpu:.2f} s), ", end="")
        print(f"HTML build {build.wall:.2f} s (CPU {build.cpu:.2f} s)", flush=True)
        rows.append((size, check, build))
    return rows


def notes_series(project: Path, counts: list[int], repeat: int) -> list[tuple[int, Timed, Timed, Timed]]:
    """For each number of notes: full build, HTML-only build, WeasyPrint alone (medians of interleaved runs)."""
    rows = []
    for notes in counts:
        slug = f"notes-{notes}"
        write_brief(project, slug, notes)
        folder = project.parent / f"dump-{notes}"
        folder.mkdir(exist_ok=True)
        subprocess.run([sys.executable, "-c", DUMP, str(project), slug, str(folder)], check=True)
        full_cmd = briefgen(project, "build", slug, "--force")
        html_cmd = briefgen(project, "build", slug, "--format", "html", "--force")
        alone_cmd = [sys.executable, "-c", WEASYPRINT_ALONE, str(folder)]
        timed(full_cmd)  # warm the file cache and fontconfig
        runs = [(timed(full_cmd), timed(html_cmd), timed(alone_cmd)) for _ in range(repeat)]
        full, html, alone = (Timed(statistics.median(r[i].wall for r in runs), statistics.median(r[i].cpu for r in runs)) for i in range(3))
        print(
            f"{notes:4} notes: full {full.wall:.2f} s (CPU {full.cpu:.2f}), HTML only {html.wall:.2f} s (CPU {html.cpu:.2f}), "
            f"WeasyPrint alone {alone.wall:.2f} s (CPU {alone.cpu:.2f})",
            flush=True,
        )
        rows.append((notes, full, html, alone))
    return rows


def briefs_series(project: Path, counts: list[int], pdf: bool) -> list[tuple[int, Timed, Timed]]:
    """For each number of briefs: ``build --all`` into an empty folder, then again with nothing changed."""
    rows = []
    formats = ["--format", "html,pdf" if pdf else "html"]
    for count in counts:
        for old in (project / "briefs").glob("*.md"):
            old.unlink()
        for n in range(count):
            write_brief(project, f"brief-{n:04d}", 30, first_source=3 * n, scheduled=True)
        out = f"all-{count}"
        shutil.rmtree(project / out, ignore_errors=True)
        cold = timed(briefgen(project, "build", "--all", "-q", "--out", out, *formats))
        noop = timed(briefgen(project, "build", "--all", "-q", "--out", out, *formats))
        print(f"build --all over {count} briefs: {cold.wall:.2f} s (CPU {cold.cpu:.2f} s), no-op {noop.wall:.2f} s", flush=True)
        rows.append((count, cold, noop))
    return rows


def section(
    corpus: list[tuple[int, Timed, Timed]],
    notes: list[tuple[int, Timed, Timed, Timed]],
    briefs: list[tuple[int, Timed, Timed]],
    args: argparse.Namespace,
    load: tuple[str, str],
) -> str:
    what = "HTML and PDF" if args.pdf else "HTML only"
    lines = [
        HEADING,
        "",
        f"`benchmarks/scale.py`: a generated corpus ({FACTS_PER_SOURCE} facts per source, bodies of 2-4 KB) with the real",
        "templates; each figure a fresh process, parse cache warm. Machine: "
        f"{os.cpu_count()} cores, shared with other work (`uptime` before: {load[0]}; after: {load[1]}); under load, "
        "wall times are slower than on a quiet machine, while CPU times and the ratios measured side by side stay steadier.",
        "",
        "Wall time and, in brackets, CPU time (user + system of the process and its workers, from `os.wait4`):",
        "the CPU time hardly changes with the load, so growth is read from it.",
        "",
        "Corpus size (a 100-note brief, HTML only; best of two):",
        "",
        "| facts | sources | `check --corpus-only` | CPU per 1,000 facts | build, 100 notes, HTML only |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size, check, build in corpus:
        lines.append(
            f"| {size:,} | {size // FACTS_PER_SOURCE:,} | {check.wall:.2f} s ({check.cpu:.2f} s) | {1000 * check.cpu / size:.3f} s "
            f"| {build.wall:.2f} s ({build.cpu:.2f} s) |"
        )
    lines += [
        "",
        f"Notes of one brief (on {max(s for s, _, _ in corpus):,} facts; median of {args.repeat} interleaved runs; ratios of CPU time):",
        "",
        "| notes | sources in annex | build (HTML + PDF) | HTML-only build | WeasyPrint alone | build ÷ WeasyPrint | HTML ÷ WeasyPrint |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for count, full, html, alone in notes:
        cells = [str(count), str(count // FACTS_PER_SOURCE), *(f"{t.wall:.2f} s ({t.cpu:.2f} s)" for t in (full, html, alone))]
        lines.append("| " + " | ".join([*cells, f"{full.cpu / alone.cpu:.2f}", f"{html.cpu / alone.cpu:.2f}"]) + " |")
    lines += [
        "",
        f"Briefs (`build --all`, {what}, each brief citing 30 facts, two workers, into an empty folder; then again):",
        "",
        "| briefs | wall time | CPU time | CPU per brief | second run, nothing changed |",
        "|---:|---:|---:|---:|---:|",
    ]
    for count, cold, noop in briefs:
        lines.append(
            f"| {count} | {cold.wall:.2f} s | {cold.cpu:.2f} s | {cold.cpu / count:.3f} s | {noop.wall:.2f} s ({noop.cpu:.2f} s) |"
        )
    flags = f" --repeat {args.repeat} --briefs {args.briefs}" + (" --pdf" if args.pdf else "")
    lines += ["", f"Reproduce: `.venv/bin/python benchmarks/scale.py{flags} --write-doc`", ""]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    """Add or replace this benchmark's section of docs/performance.md, leaving the others alone."""
    write_section(HEADING, text)


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs per brief in the notes series (default 3)")
    parser.add_argument("--sizes", default="12500,25000,50000", help="corpus sizes in facts (default 12500,25000,50000)")
    parser.add_argument("--notes", default="30,100,300", help="notes per brief (default 30,100,300)")
    parser.add_argument("--briefs", default="50,200", help="numbers of briefs for build --all (default 50,200)")
    parser.add_argument("--pdf", action="store_true", help="build PDFs too in the build --all series (much longer)")
    parser.add_argument("--write-doc", action="store_true", help=f"write the tables into docs/performance.md under '{HEADING}'")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    before = uptime()
    print(before, flush=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-scale-") as tmp:
        corpus = corpus_series(Path(tmp), sizes)
        largest = Path(tmp) / f"corpus-{max(sizes)}"
        notes = notes_series(largest, [int(n) for n in args.notes.split(",")], args.repeat)
        briefs = briefs_series(largest, [int(n) for n in args.briefs.split(",")], args.pdf)
    after = uptime()
    text = section(corpus, notes, briefs, args, (before, after))
    print()
    print(text)
    if args.write_doc:
        write_doc(text)
    print(json.dumps({"load_before": before, "load_after": after}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
