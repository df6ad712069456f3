"""Benchmark: one brief built whole, and as HTML only, against WeasyPrint alone on its HTML.

By default the standing brief (``pakistan-belarus-industrial-cooperation``:
96 notes and a chart); ``--brief benchmark-forty-notes`` generates the brief of
about ten pages and forty notes, without a chart, of the earlier measurements.
Three commands, each a fresh process as a user runs it, timed in turn (one
round after another, so that all three see the same load on a shared machine),
and the medians compared as ratios measured in one run:

* ``briefgen build BRIEF --force`` (HTML and PDF: loading the corpus, the
  narrative, the HTML, the PDF with its provenance, the atomic writes);
* ``briefgen build BRIEF --format html --force`` (everything but the PDF);
* a bare Python process that imports WeasyPrint and renders the very HTML and
  stylesheets that the build gives WeasyPrint.

Targets (issue 16): the whole build at most 1.15 × WeasyPrint alone, the
HTML-only build at most 0.15 ×; peak memory under 300 MB.  The caches are warm,
as in every build after the first: the corpus snapshot, the parse cache, the
compiled templates and the chart cache (``build/.cache``) and Python's own
bytecode are filled by a first, untimed build.
Run:  .venv/bin/python benchmarks/build_brief.py [--runs 5] [--brief SLUG]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import USER_ENVIRONMENT  # benchmarks/ is on the path when a benchmark runs

REPO = Path(__file__).resolve().parent.parent
SLUG = "benchmark-forty-notes"
STANDING = "pakistan-belarus-industrial-cooperation"
RUNS = 5


def write_brief(project: Path, facts: list[dict[str, object]]) -> None:
    """A brief citing forty facts in prose, lists and a table, without charts."""
    chosen = [f for f in facts if not str(f["source"]).startswith("itcn")][:40]
    lines = [
        "---",
        "title: Benchmark brief with forty notes",
        "subtitle: Prose, lists and a table citing forty facts",
        "audience: Benchmarks",
        "classification: OFFICIAL",
        "---",
        "## Summary",
        "",
    ]
    for index, fact in enumerate(chosen):
        if index % 10 == 0:
            lines += ["", f"## Part {index // 10 + 1}", ""]
        lines.append(
            f"{{{{ fact('{fact['id']}').claim }}}} [@{fact['id']}] "
            "Officials on both sides described the exchanges as useful and said further work would follow "
            "through the existing channels of both governments and their agencies."
        )
        lines.append("")
    lines += ["## Table", "", "| Date | Claim |", "|---|---|"]
    for fact in chosen[:15]:
        lines.append(f"| {{{{ fact('{fact['id']}').date | date }}}} | {{{{ fact('{fact['id']}').claim }}}} [@{fact['id']}] |")
    (project / "briefs" / f"{SLUG}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from ``os.wait4``) of a fresh process.

    On a loaded machine the wall time mostly measures the other work; the CPU
    time of the process itself hardly changes, so its ratios are reported too.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=USER_ENVIRONMENT)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode() if process.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime


def dump_render_inputs(project: Path, target: Path, slug: str) -> None:
    """Write the HTML and stylesheet paths that the build gives WeasyPrint."""
    from briefgen.corpus.loader import load_corpus
    from briefgen.render.pipeline import render_brief

    corpus = load_corpus(project)
    _, _, document = render_brief(project, slug, corpus)
    (target / "print.html").write_text(document.print_html, encoding="utf-8")
    (target / "sheets.json").write_text(json.dumps([str(p) for p in document.stylesheets]), encoding="utf-8")


WEASYPRINT_ALONE = """
import json, sys
from pathlib import Path
import weasyprint
folder = Path(sys.argv[1])
html = (folder / "print.html").read_text(encoding="utf-8")
sheets = [weasyprint.CSS(filename=p) for p in json.loads((folder / "sheets.json").read_text())]
weasyprint.HTML(string=html, base_url=str(folder)).write_pdf(folder / "alone.pdf", stylesheets=sheets)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--brief", default=STANDING, help=f"the brief to build (default {STANDING}; {SLUG} is generated)")
    args = parser.parse_args()
    slug = args.brief
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        for name in ("facts", "templates", "briefs"):
            shutil.copytree(REPO / name, project / name)
        if slug == SLUG:
            report = json.loads(
                subprocess.run(
                    [sys.executable, "-m", "briefgen", "-C", str(project), "check", "--json", "--corpus-only"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            write_brief(project, report["facts"])
        dump_render_inputs(project, Path(tmp), slug)
        # --force: every run renders (an unchanged brief would otherwise be skipped as up to date).
        build_cmd = [sys.executable, "-m", "briefgen", "-C", str(project), "build", slug, "--force"]
        html_cmd = [*build_cmd, "--format", "html"]
        alone_cmd = [sys.executable, "-c", WEASYPRINT_ALONE, tmp]
        timed(build_cmd, project)  # warm the file cache, fontconfig, the parse and chart caches
        runs: list[tuple[tuple[float, float], ...]] = []
        for _ in range(args.runs):
            runs.append((timed(build_cmd, project), timed(html_cmd, project), timed(alone_cmd, project)))
        builds, htmls, alones = ([run[i][0] for run in runs] for i in range(3))
        cpu_build, cpu_html, cpu_alone = (statistics.median(run[i][1] for run in runs) for i in range(3))
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        pdf = next((project / "build").glob(f"*/{slug}.pdf"))
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        page_count = next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))
        notes = (project / "build").joinpath(pdf.parent.name, f"{slug}.html").read_text(encoding="utf-8").count('<li id="fn-')
    build, html, alone = statistics.median(builds), statistics.median(htmls), statistics.median(alones)
    load_after = os.getloadavg()
    print(f"{slug}: {page_count} pages, {notes} notes; median of {args.runs} runs, fresh processes, {os.cpu_count()} cores")
    print(f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"{'briefgen build (HTML + PDF)':32} {build:6.2f} s")
    print(f"{'briefgen build --format html':32} {html:6.2f} s")
    print(f"{'WeasyPrint alone (same HTML)':32} {alone:6.2f} s")
    print(f"{'build / WeasyPrint alone':32} {build / alone:6.2f}   (target ≤ 1.15)")
    print(f"{'HTML-only / WeasyPrint alone':32} {html / alone:6.2f}   (target ≤ 0.15)")
    print(f"{'CPU time: build, HTML, alone':32} {cpu_build:6.2f} s {cpu_html:6.2f} s {cpu_alone:6.2f} s")
    print(f"{'CPU ratios: build, HTML-only':32} {cpu_build / cpu_alone:6.2f}   {cpu_html / cpu_alone:6.2f}")
    print(f"{'peak memory of any run':32} {peak_mb:6.0f} MB (target < 300 MB)")
    print("runs (build, html, alone): " + "; ".join(f"{b:.2f} {h:.2f} {a:.2f}" for b, h, a in zip(builds, htmls, alones, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
