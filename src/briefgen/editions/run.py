"""Building editions: decide what is out of date, build it in worker processes, write it, record it.

A run holds the output folder's lock (:mod:`briefgen.editions.lock`) from start to
end, so two builds never write the same outputs at once.  Under the lock it

1. removes ``.*.part`` files a killed build left behind (only a build holding
   the lock writes here, so any such file is stale);
2. plans: each brief's edition date, its previous edition, and whether each
   requested output is up to date (its input hash unchanged and its file
   still the one recorded, see :mod:`briefgen.editions.manifest`);
3. renders what is not, in worker processes (one per core by default) that
   each import WeasyPrint and hold the corpus once, then take briefs one by
   one; a brief that fails is reported and the others go on;
4. as each edition arrives, writes its files atomically and records it; the
   manifest, ``index.html`` and the change pages are refreshed every few
   seconds and at the end (a killed run loses only the latest records, and the
   next run rebuilds those outputs to the same bytes).

Workers only compute; the parent alone writes.  Workers die with the parent
(``PR_SET_PDEATHSIG`` on Linux), so a build killed with SIGKILL leaves no
orphan behind to finish a write or keep the lock.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import write_atomic
from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.digest import file_sha256, sha256_bytes
from briefgen.editions.dependencies import edition_dependencies
from briefgen.editions.index import INDEX_NAME, publish
from briefgen.editions.lock import BuildLock, remove_stale_parts
from briefgen.editions.manifest import MANIFEST_NAME, EditionRecord, InputHasher, Manifest, OutputRecord
from briefgen.editions.outputs import DEFAULT_FORMATS, output_path
from briefgen.editions.progress import Outcome, Reporter
from briefgen.editions.recover import load_or_recover
from briefgen.editions.shards import Shard
from briefgen.editions.worker import Task, TaskResult, Worker, start_worker, work
from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.render.scope import PreviousEdition, build_date, edition_date, staleness_warning

__all__ = ["BuildRequest", "run_build", "scheduled_briefs"]

# The manifest and index are refreshed at most this often during a run, and at its end: a
# build killed in between loses only the records of the last few outputs, which the next run
# then rebuilds (to the same bytes).
PUBLISH_INTERVAL_SECONDS = 2.0


@dataclass(frozen=True)
class BuildRequest:
    """What the command line asked for."""

    root: Path
    out_dir: Path
    slugs: list[str]
    as_of: dt.date | None = None
    formats: tuple[str, ...] = DEFAULT_FORMATS
    jobs: int = 1
    wait: bool = True
    force: bool = False
    debug: bool = False
    unscheduled: list[str] = field(default_factory=list)
    pdf_variant: str | None = None  # --pdf-variant; None leaves it to templates/brand.yaml
    shard: Shard | None = None


def scheduled_briefs(root: Path) -> tuple[list[str], list[str]]:
    """Briefs with ``schedule: monthly`` (and those whose front matter is broken, so they fail visibly), and the rest."""
    from briefgen.render.brief import brief_slugs, load_brief

    chosen: list[str] = []
    others: list[str] = []
    for slug in brief_slugs(root):
        try:
            scheduled = load_brief(root, slug).meta.schedule == "monthly"
        except BriefgenError:
            scheduled = True
        (chosen if scheduled else others).append(slug)
    return chosen, others


def run_build(request: BuildRequest, reporter: Reporter) -> list[Outcome]:
    """Build what the request names under the folder's lock; return what became of each brief."""
    started = time.perf_counter()
    with BuildLock(request.out_dir, wait=request.wait, on_wait=reporter.note):
        remove_stale_parts(request.out_dir)
        corpus = load_corpus(request.root)
        if corpus.errors:
            raise BriefgenError(corpus.errors)
        manifest, problems = load_or_recover(request.out_dir)
        reporter.problems(problems)
        run = _Run(request, corpus, manifest, reporter)
        tasks, planned = run.plan()
        try:
            outcomes = run.execute(tasks, planned)
        finally:  # interrupted or not, record what was written
            if run.unpublished:
                run.publish()
        if not _any_built(outcomes) and manifest.outputs and not (request.out_dir / INDEX_NAME).exists():
            publish(request.out_dir, manifest, set())  # repair a deleted index
        if request.shard is not None and not (request.out_dir / MANIFEST_NAME).exists():
            publish(request.out_dir, manifest, set())  # a shard always leaves a manifest for `briefgen index`, even with no brief
    order = {slug: n for n, slug in enumerate(request.slugs)}
    outcomes.sort(key=lambda o: order.get(o.slug, len(order)))
    reporter.end(outcomes, time.perf_counter() - started, request.unscheduled)
    return outcomes


def _any_built(outcomes: list[Outcome]) -> bool:
    return any(o.status == "built" for o in outcomes)


class _Run:
    """One run's state in the parent process."""

    def __init__(self, request: BuildRequest, corpus: Corpus, manifest: Manifest, reporter: Reporter) -> None:
        self.request = request
        self.corpus = corpus
        self.manifest = manifest
        self.reporter = reporter
        self.hasher = InputHasher(request.root, corpus)
        self.warnings: dict[str, list[Problem]] = {}
        self.unpublished: set[str] = set()
        self.published_at = time.monotonic()

    def publish(self) -> None:
        """Record what was written: the manifest, the index, and the change pages of the briefs built since last time."""
        publish(self.request.out_dir, self.manifest, self.unpublished)
        self.unpublished = set()
        self.published_at = time.monotonic()

    def plan(self) -> tuple[list[Task], list[Outcome]]:
        """Each brief's edition, and which of its outputs are out of date."""
        from briefgen.render.brief import load_brief

        tasks: list[Task] = []
        done: list[Outcome] = []
        out = self.request.out_dir
        for slug in self.request.slugs:
            try:
                brief = load_brief(self.request.root, slug)
                date = edition_date(brief, self.corpus, self.request.as_of)
            except BriefgenError as exc:
                done.append(Outcome(slug, "failed", problems=exc.problems))
                continue
            stale = staleness_warning(brief, self.corpus.as_of(date), date)
            self.warnings[slug] = [stale] if stale else []
            previous = self.manifest.previous_edition(slug, date)
            needed = tuple(fmt for fmt in self.request.formats if self.request.force or not self._up_to_date(slug, date, fmt, previous))
            if needed:
                tasks.append(Task(slug, date, needed, previous, self.request.pdf_variant))
            else:
                paths = [out / output_path(slug, date, fmt) for fmt in self.request.formats]
                done.append(Outcome(slug, "skipped", date, outputs=paths, problems=self.warnings[slug], reason="unchanged"))
        return tasks, done

    def _up_to_date(self, slug: str, date: dt.date, fmt: str, previous: PreviousEdition | None) -> bool:
        record = self.manifest.output(slug, date, fmt)
        if record is None:
            return False
        digest = self.hasher.edition_digest(slug, record.templates, date, build_date(date), previous, self.request.pdf_variant)
        if digest != record.input_sha256:
            return False
        return file_sha256(self.request.out_dir / record.path) == record.output_sha256

    def execute(self, tasks: list[Task], planned: list[Outcome]) -> list[Outcome]:
        """Render the tasks (in parallel when there are several), writing each result as it arrives."""
        outcomes: list[Outcome] = []

        def begin() -> None:
            self.reporter.begin(len(self.request.slugs))
            for outcome in planned:
                self.reporter.finish(outcome)
                outcomes.append(outcome)

        def accept(result: TaskResult) -> None:
            outcome = self.accept(result)
            self.reporter.finish(outcome)
            outcomes.append(outcome)

        jobs = min(self.request.jobs, len(tasks))
        if jobs <= 1:
            begin()
            worker = Worker(self.request.root, self.corpus, self.hasher)
            for task in tasks:
                accept(worker.run(task))
            return outcomes
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        initargs = (self.request.root, self.corpus, os.getpid(), any("pdf" in t.formats for t in tasks))
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=start_worker, initargs=initargs)
        try:
            futures = {pool.submit(work, task): task for task in tasks}  # with fork, every worker starts here
            begin()
            for future in as_completed(futures):
                accept(_result_of(future, futures[future]))
        except BaseException:
            _stop_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return outcomes

    def accept(self, result: TaskResult) -> Outcome:
        """Write one edition's files atomically, then record it; or report its failure."""
        warnings = self.warnings.get(result.slug, []) + [p for p in result.problems if p.severity is Severity.WARNING]
        errors = [p for p in result.problems if p.severity is Severity.ERROR]
        if result.trace and self.request.debug:
            print(result.trace, file=sys.stderr)
        if errors:
            return Outcome(result.slug, "failed", result.as_of, result.seconds, problems=errors + warnings)
        out = self.request.out_dir
        records, paths = [], []
        for fmt, data in result.payloads.items():
            relative = output_path(result.slug, result.as_of, fmt)
            write_started = time.perf_counter()
            try:
                write_atomic(out / relative, data)
            except OSError as exc:
                problem = Problem(str(out / relative), None, f"cannot write output: {exc.strerror}")
                return Outcome(result.slug, "failed", result.as_of, result.seconds, problems=[problem, *warnings])
            timings = {"render": round(result.timings.get("render", 0.0), 4), "write": round(time.perf_counter() - write_started, 4)}
            if fmt in ("pdf", "docx"):
                timings[fmt] = round(result.timings.get(fmt, 0.0), 4)
            records.append(
                OutputRecord(
                    path=relative,
                    brief=result.slug,
                    as_of=result.as_of.isoformat(),
                    format=fmt,
                    input_sha256=result.digest,
                    output_sha256=sha256_bytes(data),
                    bytes=len(data),
                    facts=result.facts,
                    sources=result.sources,
                    templates=result.templates,
                    briefgen_version=_version(),
                    timings=timings,
                )
            )
            paths.append(out / relative)
        previous = self.manifest.previous_edition(result.slug, result.as_of)
        edition = EditionRecord(
            brief=result.slug,
            as_of=result.as_of.isoformat(),
            title=result.title,
            built=(result.built or result.as_of).isoformat(),
            previous=previous.as_of.isoformat() if previous else None,
            claims=result.claims,
            depends=edition_dependencies(self.corpus.as_of(result.as_of), [c.id for c in result.claims]),
        )
        self.manifest.record(edition, records)
        self.unpublished.add(result.slug)
        if time.monotonic() - self.published_at >= PUBLISH_INTERVAL_SECONDS:
            self.publish()
        return Outcome(result.slug, "built", result.as_of, result.seconds, outputs=paths, problems=warnings)


def _result_of(future: Future[TaskResult], task: Task) -> TaskResult:
    try:
        return future.result()
    except Exception as exc:  # the worker process died (killed, out of memory) or could not send its result
        problem = Problem(f"briefs/{task.slug}.md", None, f"the worker building this brief failed: {type(exc).__name__}: {exc}")
        return TaskResult(task.slug, task.as_of, [problem])


def _stop_workers(pool: Executor) -> None:
    """Terminate a pool's workers at once (on Ctrl-C); ProcessPoolExecutor has no public way before Python 3.14."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _version() -> str:
    from briefgen import __version__

    return __version__
