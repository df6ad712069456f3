"""Trace a cold ``briefgen check`` per process: when each process starts, forks, waits and ends, and its CPU.

A cold check of a big corpus runs in up to four processes: the parent, two
parse workers before the fork and the linking child after it.  On a shared
machine wall times say little, but each process's CPU and the order of the
steps do.  This benchmark runs the check with the steps that matter wrapped
(nothing of briefgen is changed on disk: the wrappers are installed by an
import hook in the traced process), each step writing a line with the wall
time since launch and the CPU of its process, and prints per run:

- the parent's CPU up to the linking fork, the workers' CPU, the child's CPU,
  the parent's CPU after the fork (and of it, the occasions), and after the
  child's answer to the exit;
- the critical path in CPU seconds: the longer of the parent's CPU to the
  fork and half the CPU of all processes before it, then the longer side
  after the fork, then the end (the reading of earlier rounds);
- the core-seconds of two cores that none of these processes used before
  the fork and after it: idle time on a quiet machine; on a loaded one, the
  time other work took from them too.

With ``--empty-cache`` the cache is on and deleted before each run (the first
check after a clone): the parent's CPU in each step of keeping what it
loaded (the inputs' stat figures, their key, the parse cache's tidying, the
snapshot's fork, the proposals kept) is added to the figures.

Forks are forced by default (``--no-force`` leaves them to the load count),
so the trace shows the two-core schedule even on a loaded machine.

    .venv/bin/python benchmarks/trace_check.py [--project DIR | --facts 50000] [--runs 5]
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
from collections import defaultdict
from pathlib import Path

from processes import SOURCE, USER_ENVIRONMENT

_STEPS = {  # module: (object or "", attribute, label)
    "briefgen.corpus.files": [("", "_parse_for_sending", "wjob"), ("_PoolParse", "take", "take")],
    "briefgen.corpus.handover": [("Handover", "give", "occasions"), ("Handover", "result", "handover-result")],
    "briefgen.corpus.aside": [("Aside", "result", "aside-result")],
    "briefgen.corpus.reader": [("CorpusReader", "check_links", "check_links")],
    "briefgen.corpus.loader": [("Corpus", "discrepancies", "discrepancies")],
    "briefgen.corpus.proposals": [
        ("", name, name)
        for name in ("_prepared_articles", "rarity", "blocks", "candidate_pairs", "_scored_pairs", "_grouped", "_deal_figures")
    ],
    "briefgen.corpus.possible": [("", "possible_conflicts", "possible_conflicts")],
    # the bookkeeping of a check that keeps what it loaded (``--empty-cache``)
    "briefgen.corpus.snapshot": [
        ("", "take_inputs", "take_inputs"),
        ("", "code_key", "code_key"),
        ("Inputs", "key", "inputs_key"),
        ("SnapshotStore", "write_corpus", "write_corpus"),
        ("SnapshotStore", "write_derived", "write_derived"),
    ],
    "briefgen.corpus.cache": [("ParseCache", "finish", "cache_finish")],
}
#: Steps whose CPU in the parent is summed into the figures (``--empty-cache`` runs show them).
_BOOKKEEPING = ("take_inputs", "code_key", "inputs_key", "write_corpus", "write_derived", "cache_finish")


def _traced(log: str, t0: float, force: bool, argv: list[str]) -> None:
    """In the traced process: install the wrappers, run briefgen as the command does."""
    import atexit
    import functools
    import importlib.abc
    import importlib.machinery

    def event(name: str) -> None:
        line = f"{os.getpid()} {time.time() - t0:.4f} {time.process_time():.4f} {name}\n"
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(fd, line.encode())
        os.close(fd)

    def wrap(owner: object, attribute: str, label: str) -> None:
        inner = getattr(owner, attribute)

        @functools.wraps(inner)
        def step(*args: object, **kwargs: object) -> object:
            event(label + ">")
            try:
                return inner(*args, **kwargs)
            finally:
                event(label + "<")

        setattr(owner, attribute, step)

    def patch(name: str, module: object) -> None:
        for owner, attribute, label in _STEPS.get(name, []):
            wrap(getattr(module, owner) if owner else module, attribute, label)
        if name == "briefgen.corpus.files":
            if force:
                module.spare_core_for_a_fork = lambda: True  # type: ignore[attr-defined]
            start = module._ignore_interrupts  # type: ignore[attr-defined]

            def worker_start() -> None:
                event("worker-start")
                start()

            module._ignore_interrupts = worker_start  # type: ignore[attr-defined]
        if name == "briefgen.corpus.aside":
            if force:
                module.spare_core_for_a_fork = lambda: True  # type: ignore[attr-defined]
            fork = module.Aside._fork  # type: ignore[attr-defined]

            def traced_fork(self: object) -> None:
                work = self._work  # type: ignore[attr-defined]

                def child() -> object:
                    event("child-start")
                    value = work()
                    event("child-done")
                    return value

                self._work = child  # type: ignore[attr-defined]
                event("fork")
                fork(self)
                self._work = work  # type: ignore[attr-defined]

            module.Aside._fork = traced_fork  # type: ignore[attr-defined]

    class Hook(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            if name not in _STEPS:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            execute = spec.loader.exec_module

            def exec_module(module: object) -> None:
                execute(module)  # type: ignore[arg-type]
                patch(name, module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    event("start")
    atexit.register(lambda: event("exit"))
    sys.meta_path.insert(0, Hook())
    from briefgen.cli import main
    from briefgen.commands.ending import end, ending_at_once

    ending_at_once()
    end(main(argv))


def analyse(log: Path) -> dict[str, float]:
    """One run's figures from its trace (see the module's docstring)."""
    events: dict[int, list[tuple[float, float, str]]] = defaultdict(list)
    for line in log.read_text().splitlines():
        pid, wall, cpu, name = line.split()
        events[int(pid)].append((float(wall), float(cpu), name))
    parent = next(pid for pid, found in events.items() if found[0][2] == "start")

    def first(pid: int, name: str) -> tuple[float, float]:
        return next((wall, cpu) for wall, cpu, found in events[pid] if found == name)

    workers = [pid for pid, found in events.items() if found[0][2] == "worker-start"]
    children = [pid for pid, found in events.items() if found[0][2] == "child-start"]
    worker_cpu = sum(max((cpu for _, cpu, name in events[w] if name == "wjob<"), default=0.0) for w in workers)
    fork_wall, fork_cpu = first(parent, "fork")
    if not children:
        raise SystemExit("no linking child was forked: is the corpus big enough (5,000 facts)?")
    child = children[0]
    done_wall, child_cpu = first(child, "child-done")
    asked_wall, asked_cpu = first(parent, "aside-result>")
    answered_cpu = first(parent, "aside-result<")[1]
    exit_wall, exit_cpu = [(w, c) for w, c, n in events[parent] if n == "exit"][-1]
    occasions = first(parent, "occasions<")[1] - first(parent, "occasions>")[1]
    # the steps the parent ran, whatever their CPU: every run of one kind then gives the same figures, for the median
    bookkeeping = {label: _cpu_in(events[parent], label) for label in _BOOKKEEPING if any(n == label + ">" for _, _, n in events[parent])}
    before = max(fork_cpu, (fork_cpu + worker_cpu) / 2)
    after = asked_cpu - fork_cpu
    end = exit_cpu - answered_cpu
    return {
        "wall": exit_wall,
        "parent to fork": fork_cpu,
        "workers": worker_cpu,
        "child": child_cpu,
        "parent after fork": after,
        "occasions": occasions,
        "end": end,
        "critical path": before + max(child_cpu, after) + end,
        "fork at": fork_wall,
        "idle before fork": 2 * fork_wall - fork_cpu - worker_cpu,
        "idle after fork": 2 * (max(done_wall, asked_wall) - fork_wall) - child_cpu - after,
        **{f"{label} ms": 1000 * cpu for label, cpu in bookkeeping.items()},
    }


def _cpu_in(events: list[tuple[float, float, str]], label: str) -> float:
    """The CPU one process spent in a step, over every call (an inner call of the same step is counted once)."""
    total, depth, opened = 0.0, 0, 0.0
    for _, cpu, name in events:
        if name == label + ">":
            depth += 1
            if depth == 1:
                opened = cpu
        elif name == label + "<" and depth:
            depth -= 1
            if depth == 0:
                total += cpu - opened
    return total


def run(project: Path, force: bool, args: list[str], *, empty_cache: bool = False) -> dict[str, float]:
    """One traced check: with caching off, or (``empty_cache``) with the project's caches deleted first."""
    with tempfile.TemporaryDirectory(prefix="briefgen-trace-") as tmp:
        log = Path(tmp) / "trace.log"
        env = {**USER_ENVIRONMENT, "BRIEFGEN_NO_CACHE": "1"}
        if empty_cache:
            # imported here, not above: the traced process must import briefgen's modules through its hook
            if str(SOURCE) not in sys.path:
                sys.path.insert(0, str(SOURCE))
            from briefgen.corpus.snapshot import SnapshotStore
            from briefgen.project import CACHE_DIR

            SnapshotStore(project).wait_for_a_writer_elsewhere()  # the last run's snapshot writer, left to finish alone
            shutil.rmtree(project / Path(CACHE_DIR).parent, ignore_errors=True)  # the parse cache and the snapshot
            env.pop("BRIEFGEN_NO_CACHE")
        load = os.getloadavg()[0]
        t0 = time.time()
        command = [sys.executable, __file__, "--traced", str(log), repr(t0), "1" if force else "0", "-C", str(project), "check", *args]
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return {"load": load, **analyse(log)}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--traced":
        _traced(sys.argv[2], float(sys.argv[3]), sys.argv[4] == "1", sys.argv[5:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, help="a project to check (default: the synthetic corpus, generated)")
    parser.add_argument("--facts", type=int, default=50_000, help="facts of the synthetic corpus (default 50000)")
    parser.add_argument("--runs", type=int, default=5, help="traced runs (default 5)")
    parser.add_argument("--no-force", action="store_true", help="fork only when the load count leaves a core free")
    parser.add_argument("--json", action="store_true", help="print each run's figures as a JSON line")
    parser.add_argument(
        "--empty-cache", action="store_true", help="cache on, deleted before each run (default: caching off); adds the bookkeeping's CPU"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-trace-corpus-") as tmp:
        project = args.project
        if project is None:
            from check_corpus import generate  # benchmarks/ is on the path when a benchmark runs

            project = Path(tmp) / "project"
            generate(project, args.facts)
        runs = [run(project, not args.no_force, [], empty_cache=args.empty_cache) for _ in range(args.runs)]
    for figures in runs:
        print(json.dumps({k: round(v, 3) for k, v in figures.items()}) if args.json else _line(figures))
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print("median: " + _line(median))
    return 0


def _line(figures: dict[str, float]) -> str:
    return ", ".join(f"{key} {value:.2f}" for key, value in figures.items())


if __name__ == "__main__":
    raise SystemExit(main())
