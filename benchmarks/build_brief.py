"""Benchmark: one brief of about ten pages and forty notes, built whole, against WeasyPrint alone.

Both are timed as fresh processes, as a user runs them:

* ``briefgen build BRIEF`` (HTML and PDF: loading the corpus, the narrative,
  the HTML, the PDF and the atomic writes);
* a bare Python process that imports WeasyPrint and renders the very HTML and
  stylesheets that build gave WeasyPrint (``--dump`` mode of this script).

Target (issue 3): the whole build costs at most 1.3 × WeasyPrint alone, peak
memory under 300 MB.  Run:  .venv/bin/python benchmarks/build_brief.py
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SLUG = "benchmark-forty-notes"
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


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time of a fresh process, and the peak RSS (kB) of the largest child so far."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def dump_render_inputs(project: Path, target: Path) -> None:
    """Write the HTML and stylesheet paths that the build gives WeasyPrint."""
    from briefgen.corpus.loader import load_corpus
    from briefgen.render.pipeline import render_brief

    corpus = load_corpus(project)
    _, _, document = render_brief(project, SLUG, corpus)
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        for name in ("facts", "templates", "briefs"):
            shutil.copytree(REPO / name, project / name)
        report = json.loads(
            subprocess.run(
                [sys.executable, "-m", "briefgen", "-C", str(project), "check", "--json", "--corpus-only"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        write_brief(project, report["facts"])
        dump_render_inputs(project, Path(tmp))
        # --force: every run renders (an unchanged brief would otherwise be skipped as up to date).
        build_cmd = [sys.executable, "-m", "briefgen", "-C", str(project), "build", SLUG, "--force"]
        alone_cmd = [sys.executable, "-c", WEASYPRINT_ALONE, tmp]
        timed(build_cmd, project)  # warm the file cache and fontconfig
        builds, alones = [], []
        for _ in range(args.runs):
            builds.append(timed(build_cmd, project)[0])
            alones.append(timed(alone_cmd, project)[0])
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        pdf = next((project / "build").glob(f"*/{SLUG}.pdf"))
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        page_count = next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))
        notes = (project / "build").joinpath(pdf.parent.name, f"{SLUG}.html").read_text(encoding="utf-8").count('<li id="fn-')
    build, alone = statistics.median(builds), statistics.median(alones)
    print(f"brief: {page_count} pages, {notes} notes; median of {args.runs} runs, fresh processes")
    print(f"{'briefgen build (HTML + PDF)':32} {build:6.2f} s")
    print(f"{'WeasyPrint alone (same HTML)':32} {alone:6.2f} s")
    print(f"{'ratio':32} {build / alone:6.2f}   (target ≤ 1.30)")
    print(f"{'peak memory of any run':32} {peak_mb:6.0f} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
