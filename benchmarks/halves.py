"""Benchmark: intake and linking quality pooled over one development half of the labelled sets.

A rule is written looking at half A and measured once on half B (docs/evaluation-rounds.md):

- half **A**: ``intake_eval``, ``intake_test`` and the even-numbered ``intake_finalN``;
- half **B**: ``intake_holdout``, ``intake_final`` and the odd-numbered ``intake_finalN``.

Each set is run through ``intake_quality.py`` and ``linking_quality.py`` in a
fresh process (so one set's caches cannot help the next), and every count is
summed over the half: a pooled ratio weighs each draft, value and pair once,
where an average of the sets' ratios would weigh a small set like a large one.
The keep bounds of a round are stated in counts of wrong items, so each line
also prints how many are wrong or missing.

Run from the repository root::

    .venv/bin/python benchmarks/halves.py A [--upto N] [--jobs 2] [--keep DIR] [--no-links]
    .venv/bin/python benchmarks/halves.py A [--upto N] --from DIR [--against BASE]

``--upto`` leaves out the final sets numbered above N (the newest, not yet
judged, or kept for a later measurement); ``--keep`` writes each set's two
reports into DIR, to read a line's detail afterwards.  ``--from`` pools the
reports a ``--keep`` run left in DIR instead of measuring again (after a few
sets' reports were replaced, say, once their new drafts were judged), and
``--against`` names each set whose summary lines differ from those kept in
BASE, old line above new: the per-set reading a round's keep bounds ask for.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

#: Each pooled line: its name, the report it is read from, and the pattern of its "right/total" pair.
LINES: tuple[tuple[str, str, str], ...] = (
    ("recall", "intake", r"^recall\s+(\d+)/(\d+)"),
    ("precision", "intake", r"^precision\s+(\d+)/(\d+)"),
    ("figures", "intake", r"^figure accuracy\s+(\d+)/(\d+)"),
    ("dates", "intake", r"^dates \(all\)\s+(\d+)/(\d+)"),
    ("relative dates", "intake", r"^relative dates\s+(\d+)/(\d+)"),
    ("metadata", "intake", r"^metadata\s+(\d+)/(\d+)"),
    ("verbatim quotes", "intake", r"^verbatim quotes\s+(\d+)/(\d+)"),
    ("links of record, precision", "linking", r"OF RECORD.*?precision \d+% \((\d+)/(\d+)\)"),
    ("links of record, recall", "linking", r"OF RECORD.*?recall \d+% \((\d+)/(\d+)\)"),
    ("conflicts, editor's path, found", "linking", r"editor's path.*?precision \d+% \((\d+)/(\d+)\)"),
    ("conflicts, editor's path, labelled", "linking", r"editor's path.*?recall \d+% \((\d+)/(\d+)\)"),
)
_DUPLICATES = re.compile(r"^duplicate drafts\s+(\d+)/", re.M)
_UNJUDGED = re.compile(r"(\d+) not judged, left out")


def sets_of_half(half: str, upto: int) -> list[str]:
    """The labelled sets of ``half`` ("A" or "B") present in the repository, final sets numbered up to ``upto``."""
    first, parity = (["intake_eval", "intake_test"], 0) if half == "A" else (["intake_holdout", "intake_final"], 1)
    finals = [f"intake_final{n}" for n in range(2, upto + 1) if n % 2 == parity]
    return [name for name in first + finals if (FIXTURES / name).is_dir()]


def _report(script: str, name: str) -> str:
    command = [sys.executable, str(REPO / "benchmarks" / script), "--set", str(FIXTURES / name)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{script} failed on {name}:\n{done.stderr.strip()[-2000:]}")
    return done.stdout


def measure(name: str, links: bool) -> dict[str, str]:
    """The intake report and, unless left out, the linking report of one set."""
    return {"intake": _report("intake_quality.py", name), "linking": _report("linking_quality.py", name) if links else ""}


#: The lines of a set's report compared by ``--against``: every summary line, none of the per-item detail.
_SUMMARY = re.compile(
    r"^(?:recall|precision|figure accuracy|dates \(all\)|relative dates|unresolvable|metadata|duplicate drafts|"
    r"verbatim quotes|links,|conflicts,|same origin)"
)


def kept_reports(folder: Path, name: str, links: bool) -> dict[str, str]:
    """The two reports of set ``name`` that a ``--keep`` run wrote into ``folder``."""
    kinds = ("intake", "linking") if links else ("intake",)
    missing = [kind for kind in kinds if not (folder / f"{name}.{kind}.txt").is_file()]
    if missing:
        print(f"error: {folder}: no {name}.{missing[0]}.txt (was the set kept by a --keep run of this --upto?)", file=sys.stderr)
        raise SystemExit(2)
    reports = {kind: (folder / f"{name}.{kind}.txt").read_text(encoding="utf-8") for kind in kinds}
    return {"linking": "", **reports}


def changed_lines(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str]]:
    """The summary lines of one set's reports that differ between two runs, as (old, new) pairs in report order."""
    pairs: list[tuple[str, str]] = []
    for kind in ("intake", "linking"):
        before = [line for line in old.get(kind, "").splitlines() if _SUMMARY.match(line)]
        after = [line for line in new.get(kind, "").splitlines() if _SUMMARY.match(line)]
        pairs += [(a, b) for a, b in zip(before, after, strict=False) if a != b]
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=["A", "B"])
    parser.add_argument("--upto", type=int, default=10_000, help="leave out final sets numbered above N")
    parser.add_argument("--jobs", type=int, default=2, help="sets measured at once (default 2)")
    parser.add_argument("--keep", type=Path, help="write each set's two reports into this folder")
    parser.add_argument("--no-links", action="store_true", help="intake only: skip linking_quality.py")
    parser.add_argument("--from", dest="source", type=Path, help="pool the reports a --keep run left in this folder")
    parser.add_argument("--against", type=Path, help="list the sets whose summary lines differ from this kept folder's")
    args = parser.parse_args(argv)

    names = sets_of_half(args.half, args.upto)
    totals = {line: [0, 0] for line, _, _ in LINES}
    duplicates = unjudged = 0
    changes: list[tuple[str, list[tuple[str, str]]]] = []
    links = not args.no_links
    source: Path | None = args.source

    def reports_of(name: str) -> dict[str, str]:
        return kept_reports(source, name, links) if source is not None else measure(name, links)

    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for name, reports in zip(names, pool.map(reports_of, names), strict=True):
            differ = changed_lines(kept_reports(args.against, name, links), reports) if args.against is not None else []
            if differ:
                changes.append((name, differ))
            if args.keep and source is None:
                args.keep.mkdir(parents=True, exist_ok=True)
                for kind, text in reports.items():
                    (args.keep / f"{name}.{kind}.txt").write_text(text, encoding="utf-8")
            for line, kind, pattern in LINES:
                if match := re.search(pattern, reports[kind], re.M):
                    totals[line][0] += int(match.group(1))
                    totals[line][1] += int(match.group(2))
            duplicates += sum(int(n) for n in _DUPLICATES.findall(reports["intake"]))
            unjudged += sum(int(n) for n in _UNJUDGED.findall(reports["intake"]))

    print(f"half {args.half}: {len(names)} sets")
    for line, (right, total) in totals.items():
        if total:
            print(f"{line:36s} {right}/{total} = {100 * right / total:.2f}%   wrong or missing {total - right}")
    print(f"{'duplicate drafts':36s} {duplicates}")
    print(f"{'drafts not judged (left out)':36s} {unjudged}")
    if args.against is not None:
        print(f"\nsets whose summary lines differ from {args.against}: {len(changes)}")
        for name, differ in changes:
            print(name)
            for before, after in differ:
                print(f"  - {before}\n  + {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
