"""Benchmark: ``briefgen check`` on a synthetic corpus of 50,000 facts over 5,000 sources.

The corpus is generated, deterministically, into a temporary folder: 5,000
archived sources with 2-4 KB bodies (typographic quotes, apostrophes and dashes
included), 10 facts per source spread over 50 fact files, every quote drawn
from its source's body (some with the typography straightened, some across a
paragraph break, so the folding is exercised).  ``briefgen check`` then runs
as a whole fresh process, as an editor would run it:

1. cold, with caching disabled (``BRIEFGEN_NO_CACHE=1``): every file parsed;
2. cold, empty cache: every file parsed, and the parse cache written;
3. again, with the cache: a fresh process, nothing changed since run 2
   (the corpus snapshot is read back), with and without linking;
4. again, after editing one facts file: that file alone is parsed again;
5. runs 1 and 3 pinned to one core, where briefgen parses in-process
   (no worker pool): what the work costs without the second core.

Run 1 is also timed with ``--no-link-proposals``, for the cost of linking.

Wall time is measured around each process; peak memory is the child's
``ru_maxrss`` (``os.wait4`` gives the rusage of exactly that child, and of any
process pool it waited for).  A check that writes the corpus snapshot leaves
that to a child which finishes after the command has ended: its CPU time is
not counted, and the next run starts only once it is done.  The OS page cache is warm in every run (the
files were just written); "cold" means a fresh Python process and, for
runs 1 and 2, no parse cache.

Run from the repository root::

    .venv/bin/python benchmarks/check_corpus.py [--facts 50000] [--repeat 3] [--write-doc]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from performance_doc import DOC, write_section  # benchmarks/ is on the path when a benchmark runs
from processes import SOURCE, USER_ENVIRONMENT

sys.path.insert(0, str(SOURCE))  # this checkout's code, as the timed processes run it

from briefgen.corpus.snapshot import SnapshotStore

REPO = Path(__file__).resolve().parent.parent
HEADING = "## briefgen check on 50,000 facts"

TOPICS = [
    "trade",
    "exports",
    "imports",
    "investment",
    "agriculture",
    "industry",
    "machinery",
    "defence",
    "diplomacy",
    "visits",
    "meetings",
    "agreements",
    "education",
    "health",
    "technology",
    "energy",
    "transport",
    "culture",
    "tourism",
    "finance",
]
WORDS = " ".join(
    [
        "the minister said that both countries would expand cooperation in trade industry agriculture and technology",
        "during talks held in the capital on monday officials from the ministry of foreign affairs and the chamber of",
        "commerce discussed joint ventures tractor assembly textile exports pharmaceutical imports and the new visa",
        "regime a delegation of business leaders will visit next month to sign memorandums of understanding on",
        "investment education health energy transport and culture the ambassador noted a steady rise in bilateral",
        "trade volume which reached record levels last year while the federal government pledged support for small",
        "and medium enterprises railway links logistics customs procedures banking channels and payment systems were",
        "also on the agenda according to a statement issued after the meeting the sides agreed to hold the next",
        "session of the joint commission early next year",
    ]
).split(" ")
NAMES = ["Jam Kamal Khan", "Andrei Metelitsa", "Khawaja Muhammad Asif", "Ishaq Dar", "Maxim Ryzhenkov", "Sardar Ahmad Nawaz Sukhera"]
PLACES = ["Islamabad", "Minsk", "Lahore", "Karachi", "Rawalpindi", "Gomel", "Brest"]
KINDS = ["event", "plan", "statement", "statement", "figure"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    words[0] = words[0].capitalize()
    flavour = rng.random()
    if flavour < 0.15:  # a typographic quotation
        i = rng.randrange(2, len(words) - 3)
        words[i] = "\u201c" + words[i]
        words[i + 2] = words[i + 2] + "\u201d"
    elif flavour < 0.3:  # an apostrophe
        i = rng.randrange(1, len(words))
        words[i] = words[i] + "\u2019s"
    elif flavour < 0.4:  # a dash
        words.insert(rng.randrange(3, len(words)), "\u2014")
    if rng.random() < 0.2:
        words.insert(rng.randrange(3, len(words)), f"US${rng.randint(1, 900)}.{rng.randint(0, 9)} million")
    return " ".join(words) + "."


def _body(rng: random.Random) -> str:
    target = rng.randint(2048, 4096)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


def _quote(rng: random.Random, body: str) -> str:
    """A span of whole words from the body, sometimes with straightened typography."""
    words = body.split(" ")
    length = rng.randint(8, 30)
    start = rng.randrange(0, max(1, len(words) - length))
    quote = " ".join(words[start : start + length]).strip()
    if rng.random() < 0.5:  # an editor typing straight quotes and hyphens
        quote = quote.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2014", "-")
    return quote


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def generate(root: Path, n_facts: int, facts_per_source: int = 10, n_files: int = 50, seed: int = 20250101) -> dict[str, int]:
    """Write a synthetic project under ``root``; return what was written."""
    rng = random.Random(seed)
    facts_dir = root / "facts"
    sources_dir = facts_dir / "sources"
    sources_dir.mkdir(parents=True)
    vocabulary = ["topics:"] + [f"  {t}: Synthetic topic {t}." for t in TOPICS]
    (facts_dir / "vocabulary.yaml").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")

    n_sources = n_facts // facts_per_source
    per_file = max(1, n_sources // n_files)
    files: dict[int, list[str]] = {}
    body_bytes = 0
    for s in range(n_sources):
        sid = f"src-{s:05d}"
        year = 2020 + s % 6
        month = 1 + (s // 6) % 12
        day = 1 + (s // 72) % 28
        body = _body(rng)
        body_bytes += len(body.encode("utf-8"))
        front = [
            "---",
            f"id: {sid}",
            f"title: {_yaml_text('Synthetic report number ' + str(s))}",
            "outlet: Synthetic Gazette",
            f"published: {year}-{month:02d}-{day:02d}",
            f"author: {_yaml_text(rng.choice(NAMES))}",
            'url: ""',
            f"place: {rng.choice(PLACES)}",
            "notes: >-",
            "  Generated by benchmarks/check_corpus.py. The body is made of random",
            "  sentences; every fact's quote is drawn from it.",
            "---",
        ]
        (sources_dir / f"{sid}.md").write_text("\n".join(front) + "\n" + body, encoding="utf-8")
        lines = files.setdefault(s // per_file, ["# Synthetic facts.", ""])
        # Pairs of sources report one event; one pair in 100 disagrees on its month.
        if s % 2 == 0:
            event_year, event_month = year, month
        event_date = f"{event_year}-{event_month % 12 + 1 if s % 200 == 1 else event_month:02d}"
        own_date = f"{year}-{month:02d}"
        for f in range(facts_per_source):
            kind = rng.choice(KINDS)
            lines += [
                f"- id: {sid}-fact-{f:02d}",
                f"  claim: {_yaml_text('Synthetic claim ' + str(f) + ' drawn from report ' + str(s) + '.')}",
                f"  source: {sid}",
                f"  quote: {_yaml_text(_quote(rng, body))}",
                f'  date: "{event_date if f == 0 else own_date}"',
                f"  kind: {kind}",
                f"  topics: [{', '.join(rng.sample(TOPICS, rng.randint(1, 3)))}]",
            ]
            if rng.random() < 0.5:
                lines.append(f"  entities: [{rng.choice(NAMES)}]")
            if f == 0:
                lines.append(f"  event: event-{s // 2:05d}")
            if kind == "figure":
                metric = "trade-volume" if rng.random() < 0.01 else f"metric-{s}-{f}"
                lines += [
                    "  value:",
                    f"    metric: {metric}",
                    f'    amount: "{rng.randint(1, 10**9)}"',
                    "    unit: USD",
                    f'    period: "{rng.choice([year, year - 1])}"',
                ]
            lines.append("")
    for index, lines in files.items():
        (facts_dir / f"facts-{index:02d}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return {"sources": n_sources, "facts": n_sources * facts_per_source, "fact_files": len(files), "body_bytes": body_bytes}


@dataclass
class Measure:
    label: str
    seconds: float  # median wall time
    best: float  # fastest wall time: the least disturbed by other work on the machine
    cpu: float  # median user + system time, the process and its workers together
    max_rss_mb: float  # largest ru_maxrss of any run (the largest single process)
    code: int
    summary: str


def _one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run_check(
    project: Path, label: str, env_extra: dict[str, str] | None = None, *, one_core: bool = False, args: tuple[str, ...] = ()
) -> Measure:
    """Run ``briefgen check`` in a fresh process: wall time, CPU time and peak RSS of exactly that process.

    ``one_core`` pins the process to one CPU (briefgen then parses in-process, without workers).
    """
    env = {**USER_ENVIRONMENT, **(env_extra or {})}
    if "BRIEFGEN_NO_CACHE" not in (env_extra or {}):
        env.pop("BRIEFGEN_NO_CACHE", None)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        command = [sys.executable, "-m", "briefgen", "-C", str(project), "check", *args]
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, preexec_fn=_one_core if one_core else None)
        # wait4 gives this child's rusage, including any worker processes it waited for.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        summary = out.read().strip().splitlines()[-1:] or err.read().strip().splitlines()[-1:] or [""]
    cpu = usage.ru_utime + usage.ru_stime
    _wait_for_snapshot_writer(project)
    return Measure(label, seconds, seconds, cpu, usage.ru_maxrss / 1024, process.returncode, summary[0])


def _wait_for_snapshot_writer(project: Path) -> None:
    """Wait, untimed, for the snapshot a check left its child to finish after it ended.

    The command returns once its answer is printed; the snapshot it keeps for
    the next one is written on by that child under a lock.  The next run
    starts once it is done, as the next command waits for it.
    """
    SnapshotStore(project).wait_for_a_writer_elsewhere()


def _combine(measures: list[Measure]) -> Measure:
    return Measure(
        measures[0].label,
        statistics.median(m.seconds for m in measures),
        min(m.seconds for m in measures),
        statistics.median(m.cpu for m in measures),
        max(m.max_rss_mb for m in measures),
        max(m.code for m in measures),
        measures[-1].summary,
    )


LABELS = (
    "cold, cache disabled (`BRIEFGEN_NO_CACHE=1`)",
    "cold, cache disabled, without linking (`--no-link-proposals`)",
    "cold, empty cache (parses everything, writes the caches)",
    "same check again (nothing changed: the corpus snapshot)",
    "same check again, without linking",
    "again after editing one facts file",
    "one core: cold, cache disabled",
    "one core: same check again (nothing changed)",
)
NO_LINKING = ("--no-link-proposals",)


def measure_all(project: Path, repeat: int) -> list[Measure]:
    cache = project / "build" / ".cache"
    results: dict[str, list[Measure]] = {label: [] for label in LABELS}
    edited = project / "facts" / "facts-07.yaml"
    off = {"BRIEFGEN_NO_CACHE": "1"}
    for _ in range(repeat):
        shutil.rmtree(cache, ignore_errors=True)
        results[LABELS[0]].append(run_check(project, LABELS[0], off))
        results[LABELS[1]].append(run_check(project, LABELS[1], off, args=NO_LINKING))
        shutil.rmtree(cache, ignore_errors=True)
        results[LABELS[2]].append(run_check(project, LABELS[2]))
        results[LABELS[3]].append(run_check(project, LABELS[3]))
        results[LABELS[4]].append(run_check(project, LABELS[4], args=NO_LINKING))
        edited.write_text(edited.read_text(encoding="utf-8") + f"\n# edited {time.time_ns()}\n", encoding="utf-8")
        results[LABELS[5]].append(run_check(project, LABELS[5]))
        results[LABELS[6]].append(run_check(project, LABELS[6], off, one_core=True))
        results[LABELS[7]].append(run_check(project, LABELS[7], one_core=True))
    return [_combine(results[label]) for label in LABELS]


def measure_scaling(base: Path, sizes: list[int]) -> list[tuple[int, Measure, Measure]]:
    """Cold (no cache) and cached check at several corpus sizes: time should grow in proportion."""
    rows = []
    for size in sizes:
        project = base / f"scale-{size}"
        generate(project, size)
        cold = run_check(project, f"{size:,}", {"BRIEFGEN_NO_CACHE": "1"})
        run_check(project, "warm-up")  # writes the cache
        cached = run_check(project, f"{size:,}")
        rows.append((size, cold, cached))
        shutil.rmtree(project)
    return rows


def table(measures: list[Measure]) -> str:
    rows = [
        "| run | wall time, median | best | CPU time (all processes) | peak memory (ru_maxrss) | exit |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for m in measures:
        rows.append(f"| {m.label} | {m.seconds:.2f} s | {m.best:.2f} s | {m.cpu:.2f} s | {m.max_rss_mb:.0f} MB | {m.code} |")
    return "\n".join(rows)


def scaling_table(rows: list[tuple[int, Measure, Measure]]) -> str:
    lines = [
        "| facts | cold, cache disabled | per 1,000 facts | with the cache | per 1,000 facts |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size, cold, cached in rows:
        per_cold, per_cached = cold.seconds / size * 1000, cached.seconds / size * 1000
        lines.append(f"| {size:,} | {cold.seconds:.2f} s | {per_cold:.3f} s | {cached.seconds:.2f} s | {per_cached:.3f} s |")
    return "\n".join(lines)


def write_doc(section: str) -> None:
    """Add or replace this benchmark's section of docs/performance.md, leaving the others alone."""
    write_section(HEADING, section)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=50_000, help="number of facts (10 per source; default 50000)")
    parser.add_argument("--repeat", type=int, default=3, help="repeat each run; report the median and the best (default 3)")
    parser.add_argument(
        "--scaling", action="store_true", help="also time a quarter, a half and the whole corpus size, to show linear growth"
    )
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it, instead of a temporary folder")
    parser.add_argument("--write-doc", action="store_true", help=f"write the figures into docs/performance.md under '{HEADING}'")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        project = Path(args.keep) if args.keep else Path(tmp) / "project"
        if project.exists():
            shutil.rmtree(project)
        started = time.perf_counter()
        counts = generate(project, args.facts)
        print(
            f"generated {counts['facts']:,} facts over {counts['sources']:,} sources in {counts['fact_files']} fact files "
            f"({counts['body_bytes'] / 1e6:.1f} MB of bodies) in {time.perf_counter() - started:.1f} s"
        )
        measures = measure_all(project, args.repeat)
        scaling = measure_scaling(Path(tmp), [args.facts // 4, args.facts // 2, args.facts]) if args.scaling else []
    load_after = os.getloadavg()[0]
    print(table(measures))
    if scaling:
        print(scaling_table(scaling))
    print(f"summary line: {measures[-1].summary}")
    print(f"load average (1 min) before and after: {load_before:.2f}, {load_after:.2f}")
    failed = [m for m in measures if m.code != 0]
    if failed:
        print(f"error: check failed on the synthetic corpus ({failed[0].label}: exit {failed[0].code})", file=sys.stderr)
        return 1
    if args.write_doc:
        write_doc(section_text(measures, scaling, counts, args.repeat, (load_before, load_after)))
        print(f"wrote {DOC.relative_to(REPO)}")
    return 0


def section_text(
    measures: list[Measure],
    scaling: list[tuple[int, Measure, Measure]],
    counts: dict[str, int],
    repeat: int,
    load: tuple[float, float],
) -> str:
    lines = [
        HEADING,
        "",
        f"A synthetic corpus of {counts['facts']:,} facts over {counts['sources']:,} sources "
        f"({counts['fact_files']} fact files, {counts['body_bytes'] / 1e6:.1f} MB of article bodies, 2-4 KB each, "
        "every quote drawn from its body, half of them with the typography straightened), checked by `briefgen check` "
        "in a fresh process each time. "
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, PyYAML with libyaml. "
        f"Each run {repeat} times: the median and the best wall time; memory is the largest `ru_maxrss` seen "
        "(the largest single process; the two parse workers each stay far below it). "
        f"Load average while measuring: {load[0]:.1f} before, {load[1]:.1f} after (other work on the machine slows the median).",
        "",
        table(measures),
        "",
        f"Linking (the link proposals `check` makes by default) makes the cold check {measures[0].seconds / measures[1].seconds:.2f}x "
        "as long as without it; with nothing changed the proposals are read back with the corpus.",
        "",
        "With nothing changed since the last run, `check` reads the whole loaded corpus back from its snapshot "
        "(`build/.cache/snapshot/`, one signed pickle: models, origins, problems, discrepancies, and the link "
        "proposals beside it), after comparing the size, inode and times of every file under `facts/` with those "
        "the snapshot was taken from (a file changed less than two seconds before it was taken is compared by its "
        "SHA-256 instead). Any change, and the corpus is loaded again: the parse cache spares the YAML parsing of "
        "the files that did not change, and the snapshot is written anew. "
        "Two parse workers start only when at least 4 facts files (4 MB) need parsing and another core is free "
        "at that moment; otherwise `check` parses in one process, and the figures are those of the one-core rows. "
        "Quote verification is one fold per source body and one substring search per quote: the time per 1,000 "
        "facts stays flat as the corpus grows (below).",
        "",
    ]
    if scaling:
        lines += ["Growth with the corpus size (one run each):", "", scaling_table(scaling), ""]
    lines += ["Reproduce: `.venv/bin/python benchmarks/check_corpus.py --scaling --write-doc`", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
