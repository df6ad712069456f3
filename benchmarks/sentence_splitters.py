"""Benchmark: briefgen's sentence boundaries against pysbd's, on the evaluation set's articles.

``suggest`` drafts one fact per sentence, and ``check``'s claims linter reads
a brief sentence by sentence, so a boundary in the wrong place cuts a claim
in two (a false boundary) or glues two claims into one quote (a missed one).
The issue asks for a kept library where it measures better: pysbd is the
Python port of the Golden Rules segmenter.

Both splitters read each paragraph of every article of
``tests/fixtures/intake_eval/`` as ``sources add`` archives it.  Where they
agree there is nothing to judge; each place where only one of them puts a
boundary was read by hand and judged in ``sentence_boundaries.yaml`` beside
the articles (a real boundary or not, and why).  The script prints, for each
splitter, the boundaries it got right and wrong among the disagreements, and
lists any disagreement nobody has judged yet (never counted either way).

Run from the repository root::

    .venv/bin/python benchmarks/sentence_splitters.py [--verbose]
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "fixtures" / "intake_eval"
JUDGED = EVAL / "sentence_boundaries.yaml"
sys.path.insert(0, str(REPO / "src"))

from briefgen.ingest.text import clean_page  # noqa: E402
from briefgen.text.english import sentence_spans  # noqa: E402

_BEFORE, _AFTER = 40, 25


@dataclass(frozen=True)
class Disagreement:
    """A place where one splitter ends a sentence and the other does not."""

    article: str
    by: str  # "briefgen" or "pysbd": the splitter that puts the boundary here
    context: str  # the text around it, the boundary written as " ‖ "


def _paragraphs() -> list[tuple[str, str]]:
    """``(article, paragraph)`` for every paragraph of every article, as archived."""
    found = []
    for path in sorted((EVAL / "articles").glob("*.txt")):
        for part in clean_page(path.read_text(encoding="utf-8")).parts:
            found.extend((path.stem, paragraph) for paragraph in part.paragraphs)
    return found


def _ends(paragraph: str, spans: list[tuple[int, int]]) -> set[int]:
    """Where sentences end, the spaces before a boundary left out; the paragraph's own end is not a boundary."""
    ends = set()
    for _, end in spans:
        while end > 0 and paragraph[end - 1].isspace():
            end -= 1
        if paragraph[end:].strip():
            ends.add(end)
    return ends


def _context(paragraph: str, at: int) -> str:
    before = " ".join(paragraph[max(0, at - _BEFORE) : at].split())
    after = " ".join(paragraph[at : at + _AFTER].split())
    return f"{before} ‖ {after}"


def main() -> int:
    """Split every paragraph both ways, compare with the judgements and print the table."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    paragraphs = _paragraphs()
    disagreements: list[Disagreement] = []
    boundaries = {"briefgen": 0, "pysbd": 0}
    seconds = {"briefgen": 0.0, "pysbd": 0.0}
    for article, paragraph in paragraphs:
        started = time.perf_counter()
        ours = _ends(paragraph, sentence_spans(paragraph))
        seconds["briefgen"] += time.perf_counter() - started
        started = time.perf_counter()
        theirs = _ends(paragraph, [(s.start, s.end) for s in segmenter.segment(paragraph)])
        seconds["pysbd"] += time.perf_counter() - started
        boundaries["briefgen"] += len(ours)
        boundaries["pysbd"] += len(theirs)
        for at in sorted(ours ^ theirs):
            disagreements.append(Disagreement(article, "briefgen" if at in ours else "pysbd", _context(paragraph, at)))
    judged = {(entry["article"], entry["context"]): entry for entry in yaml.safe_load(JUDGED.read_text(encoding="utf-8")) or []}
    right = {"briefgen": 0, "pysbd": 0}
    wrong = {"briefgen": 0, "pysbd": 0}
    unjudged = []
    for case in disagreements:
        entry = judged.get((case.article, case.context))
        if entry is None:
            unjudged.append(case)
            continue
        other = "pysbd" if case.by == "briefgen" else "briefgen"
        if entry["boundary"]:  # the splitter that put it here is right, the other missed it
            right[case.by] += 1
            wrong[other] += 1
        else:
            wrong[case.by] += 1
            right[other] += 1
    print(f"{len(paragraphs)} paragraphs of {len({a for a, _ in paragraphs})} articles; {len(disagreements)} places where the two disagree")
    print(f"{'splitter':10} {'boundaries':>10} {'right where they disagree':>26} {'wrong':>6} {'time':>9}")
    for name in ("briefgen", "pysbd"):
        print(f"{name:10} {boundaries[name]:10} {right[name]:26} {wrong[name]:6} {seconds[name] * 1000:7.1f} ms")
    if unjudged:
        print(f"{len(unjudged)} disagreements not judged yet (add them to {JUDGED.relative_to(REPO)}):")
    for case in unjudged if unjudged or "--verbose" not in sys.argv else disagreements:
        entry = judged.get((case.article, case.context))
        verdict = "" if entry is None else (" real boundary" if entry["boundary"] else " not a boundary") + f": {entry['why']}"
        print(f"  {case.by:8} {case.article}: {case.context}{verdict}")
    return 1 if unjudged else 0


if __name__ == "__main__":
    sys.exit(main())
