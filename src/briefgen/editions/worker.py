"""The worker side of ``build --all``: render editions in memory and send back bytes and records.

Each worker process is started once per run (:func:`start_worker`): it asks
the kernel to kill it if the parent dies (``PR_SET_PDEATHSIG``, Linux), leaves
Ctrl-C to the parent, imports WeasyPrint once, and keeps the corpus it was
given.  It then renders one task at a time (:func:`work`) and returns the
files' bytes with what they were made from; it never writes a file, so only
the parent, holding the lock, touches the output folder.  The parent also
uses :class:`Worker` directly when it builds in-process (one job or one task).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.corpus.loader import Corpus
from briefgen.digest import sha256_text
from briefgen.editions.manifest import ClaimRecord, InputHasher
from briefgen.errors import BriefgenError, Problem
from briefgen.render.scope import PreviousEdition


@dataclass(frozen=True)
class Task:
    """One edition to render: the formats that are out of date."""

    slug: str
    as_of: dt.date
    formats: tuple[str, ...]
    previous: PreviousEdition | None
    pdf_variant: str | None = None


@dataclass
class TaskResult:
    """What a worker sends back: the files' bytes and what they were made from, or the problems."""

    slug: str
    as_of: dt.date
    problems: list[Problem] = field(default_factory=list)
    trace: str | None = None
    title: str = ""
    built: dt.date | None = None
    payloads: dict[str, bytes] = field(default_factory=dict)
    digest: str = ""
    templates: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


class Worker:
    """What a process keeps between tasks: the project, its corpus, and the input hasher."""

    def __init__(self, root: Path, corpus: Corpus, hasher: InputHasher | None = None) -> None:
        self.root = root
        self.corpus = corpus
        self.hasher = hasher or InputHasher(root, corpus)  # in-process, the run's own: the corpus is hashed once

    def run(self, task: Task) -> TaskResult:
        from briefgen.editions.edition import render_edition

        started = time.perf_counter()
        try:
            edition = render_edition(
                self.root,
                task.slug,
                self.corpus,
                as_of=task.as_of,
                formats=task.formats,
                previous=task.previous,
                pdf_variant=task.pdf_variant,
            )
        except BriefgenError as exc:
            return TaskResult(task.slug, task.as_of, exc.problems, seconds=time.perf_counter() - started)
        except Exception as exc:  # a bug in briefgen: this brief fails, the batch goes on
            message = f"internal error while building: {type(exc).__name__}: {exc}"
            problem = Problem(f"briefs/{task.slug}.md", None, message, hint="run with --debug for the traceback, and please report it")
            return TaskResult(task.slug, task.as_of, [problem], trace=traceback.format_exc(), seconds=time.perf_counter() - started)
        facts = edition.scope.corpus.facts
        claims = [
            ClaimRecord(
                note=edition.document.note_numbers.get(fid, n),
                id=fid,
                source=facts[fid].source,
                claim=facts[fid].claim,
                quote_sha256=sha256_text(facts[fid].quote),
                section=edition.document.sections.get(fid),
            )
            for n, fid in enumerate(edition.document.cited_fact_ids, start=1)
        ]
        return TaskResult(
            task.slug,
            task.as_of,
            problems=edition.warnings,
            title=edition.brief.meta.title,
            built=edition.built,
            payloads=edition.payloads,
            digest=self.hasher.edition_digest(
                task.slug, edition.document.templates, task.as_of, edition.built, task.previous, task.pdf_variant
            ),
            templates=list(edition.document.templates),
            facts=list(edition.document.cited_fact_ids),
            sources=list(edition.document.cited_source_ids),
            claims=claims,
            timings=edition.timings,
            seconds=time.perf_counter() - started,
        )


_WORKER: Worker | None = None  # set once in each worker process by start_worker


def start_worker(root: Path, corpus: Corpus, parent: int, pdf: bool) -> None:
    """Worker set-up: die with the parent, leave Ctrl-C to it, import WeasyPrint once."""
    global _WORKER
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if pdf:
        importlib.import_module("weasyprint")
        importlib.import_module("briefgen.pdf.output")
    _WORKER = Worker(root, corpus)


def work(task: Task) -> TaskResult:
    """Render one task in this worker process."""
    assert _WORKER is not None, "worker not started"
    return _WORKER.run(task)
