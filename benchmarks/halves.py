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

``--upto`` leaves out the final sets numbered above N (the newest, not yet
judged, or kept for a later measurement); ``--keep`` writes each set's two
reports into DIR, to read a line's detail afterwards.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=["A", "B"])
    parser.add_argument("--upto", type=int, default=10_000, help="leave out final sets numbered above N")
    parser.add_argument("--jobs", type=int, default=2, help="sets measured at once (default 2)")
    parser.add_argument("--keep", type=Path, help="write each set's two reports into this folder")
    parser.add_argument("--no-links", action="store_true", help="intake only: skip linking_quality.py")
    args = parser.parse_args(argv)

    names = sets_of_half(args.half, args.upto)
    totals = {line: [0, 0] for line, _, _ in LINES}
    duplicates = unjudged = 0
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for name, reports in zip(names, pool.map(lambda n: measure(n, not args.no_links), names), strict=True):
            if args.keep:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
