"""What the live preview shows: the corpus, each brief's latest render, and who waits for changes.

The :class:`Workbench` renders briefs in-process with the same function
``build`` uses (:func:`briefgen.render.pipeline.render_brief`), so the preview is the
built HTML.  It keeps each brief's last result — the page, or the problems
that stopped it — with the files it was made from, and a version number that
changes only when what a reader would see changes.  When files change it
reloads the corpus if ``facts/`` changed and re-renders the briefs that used
the changed files (briefs with an open page first; within a brief, the
narrative only if a file it read changed, see :mod:`briefgen.render.reuse`),
then wakes the pages
waiting on :meth:`Workbench.wait`.  Nothing a brief, template or fact holds
can stop it: every failure becomes problems on the page.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.preview.css import CssChecker
from briefgen.preview.runner import MainThreadRunner
from briefgen.project import BRIEFS_DIR, FACTS_DIR, STYLES_DIR, template_path
from briefgen.render.brief import Brief, brief_slugs
from briefgen.render.document import Document
from briefgen.render.reuse import RenderMemo
from briefgen.render.scope import Scope

T = TypeVar("T")

ALL = "*"  # the change stream of the index: any brief


@dataclass(frozen=True)
class Preview:
    """One brief's latest render: its HTML or the problems that stopped it."""

    slug: str
    version: int
    html: str | None = None
    title: str | None = None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    # Project-relative files the render read; None when unknown (it failed), so any change retries it.
    dependencies: frozenset[str] | None = None
    seconds: float = 0.0
    finished: float = 0.0  # wall-clock time the render ended (for measuring reload latency)
    rendered: tuple[Brief, Scope, Document] | None = field(default=None, compare=False, repr=False)
    pdf: bytes | None = field(default=None, compare=False, repr=False)

    def same_output(self, other: Preview | None) -> bool:
        return other is not None and (self.html, self.problems, self.warnings) == (other.html, other.problems, other.warnings)


Reporter = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


class Workbench:
    """The preview's state, shared by the HTTP handlers and the file watcher."""

    def __init__(
        self,
        root: Path,
        *,
        slugs: Sequence[str] | None = None,
        as_of: dt.date | None = None,
        report: Reporter = _quiet,
        debug: bool = False,
        runner: MainThreadRunner | None = None,
    ) -> None:
        self.root = root.resolve()
        self._runner = runner
        self.as_of = as_of
        self.report = report
        self.debug = debug
        self._fixed_slugs = list(slugs) if slugs else None
        self._corpus: Corpus | None = None
        self._previews: dict[str, Preview] = {}
        self._stale: set[str] = set()
        self._counter = 0
        self._watching: Counter[str] = Counter()
        self._stopping = False
        self._state = threading.Condition()  # guards the fields above; waiters sleep on it
        self._render_lock = threading.Lock()  # one render at a time (matplotlib and Jinja state)
        self._pdf_lock = threading.Lock()
        self._css = CssChecker(self.root)
        self._memo = RenderMemo()  # what a save did not change is not rendered again

    # --- what exists ---------------------------------------------------------------

    def slugs(self) -> list[str]:
        """The briefs served: those named on the command line, else every brief (no symlinks)."""
        if self._fixed_slugs is not None:
            return list(self._fixed_slugs)
        folder = self.root / BRIEFS_DIR
        return [slug for slug in brief_slugs(self.root) if not (folder / f"{slug}.md").is_symlink()]

    def knows(self, slug: str) -> bool:
        return slug in self.slugs()

    def version(self, key: str) -> int:
        with self._state:
            if key == ALL:
                return self._counter
            preview = self._previews.get(key)
            return preview.version if preview else 0

    def current(self, slug: str) -> Preview | None:
        """The last render, without rendering."""
        with self._state:
            return self._previews.get(slug)

    # --- rendering -------------------------------------------------------------------

    def corpus(self) -> Corpus:
        with self._state:
            corpus = self._corpus
        if corpus is None:
            corpus = load_corpus(self.root)
            with self._state:
                self._corpus = corpus
        return corpus

    def preview(self, slug: str) -> Preview:
        """The brief's current preview, rendering it first if it is missing or out of date."""
        with self._state:
            preview = self._previews.get(slug)
            if preview is not None and slug not in self._stale:
                return preview
        return self.render(slug, unless_fresh=True)

    def render(self, slug: str, *, unless_fresh: bool = False) -> Preview:
        """Render one brief now and publish the result (waking its pages if it changed).

        With ``unless_fresh``, a render another thread finished while this one
        waited for its turn is used as it is.
        """
        with self._render_lock:
            with self._state:
                previous = self._previews.get(slug)
                if unless_fresh and previous is not None and slug not in self._stale:
                    return previous
                self._stale.discard(slug)
            started = time.perf_counter()
            fresh = self._run(lambda: self._render(slug))
            seconds, finished = time.perf_counter() - started, time.time()
            with self._state:
                if fresh.same_output(previous) and previous is not None:
                    fresh = replace(fresh, version=previous.version, pdf=previous.pdf, seconds=seconds, finished=finished)
                else:
                    self._counter += 1
                    fresh = replace(fresh, version=self._counter, seconds=seconds, finished=finished)
                    self._state.notify_all()
                self._previews[slug] = fresh
        self._tell(fresh, previous)
        return fresh

    def _run(self, work: Callable[[], T]) -> T:
        """Run a render where its limits work: handed to the main thread by ``serve``, else on the calling thread."""
        return self._runner.run(work) if self._runner is not None else work()

    def _render(self, slug: str) -> Preview:
        from briefgen.render.pipeline import render_brief

        path = f"{BRIEFS_DIR}/{slug}.md"
        if not self.knows(slug) or (self.root / path).is_symlink():
            return Preview(slug, 0, problems=(Problem(path, None, f"no brief named '{slug}' in {BRIEFS_DIR}/"),))
        try:
            brief, scope, document = render_brief(self.root, slug, self.corpus(), as_of=self.as_of, memo=self._memo)
        except BriefgenError as exc:
            return Preview(slug, 0, problems=tuple(exc.problems))
        except Exception as exc:  # a bug in briefgen: shown, never fatal
            if self.debug:
                traceback.print_exc()
            message = f"internal error in briefgen: {type(exc).__name__}: {exc}"
            return Preview(slug, 0, problems=(Problem(path, None, message, hint="please report it; run with --debug for the traceback"),))
        warnings = tuple(self._css.warnings(document.stylesheets))
        return Preview(
            slug,
            0,
            html=document.html,
            title=brief.meta.title,
            warnings=warnings,
            dependencies=self._dependencies(brief, document),
            rendered=(brief, scope, document),
        )

    def _dependencies(self, brief: Brief, document: Document) -> frozenset[str]:
        files = {brief.path}
        for name in document.templates:
            files.add(template_path(name))
        for sheet in document.stylesheets:
            try:
                files.add(Path(sheet).resolve().relative_to(self.root).as_posix())
            except ValueError:
                continue
        return frozenset(files)

    def pdf(self, slug: str) -> tuple[Preview, bytes | None, list[Problem]]:
        """The brief's PDF for its current preview, rendered on first request and kept until it changes."""
        preview = self.preview(slug)
        if preview.rendered is None:
            return preview, None, list(preview.problems)
        with self._pdf_lock:
            with self._state:
                latest = self._previews.get(slug, preview)
            if latest.rendered is None:  # broken since: show why
                return latest, None, list(latest.problems)
            if latest.pdf is not None:
                return latest, latest.pdf, []
            from briefgen.pdf.output import render_brief_pdf

            brief, scope, document = latest.rendered
            started = time.perf_counter()
            try:
                result = self._run(lambda: render_brief_pdf(self.root, brief, scope, document))
            except BriefgenError as exc:
                return latest, None, exc.problems
            self.report(f"{slug}: PDF rendered in {1000 * (time.perf_counter() - started):.0f} ms")
            for warning in result.warnings:
                if warning.severity is Severity.WARNING:
                    self.report(warning.format())
            with self._state:
                if self._previews.get(slug) is latest:
                    self._previews[slug] = replace(latest, pdf=result.pdf)
            return latest, result.pdf, []

    # --- changes ---------------------------------------------------------------------

    def changed(self, paths: Iterable[str]) -> list[str]:
        """React to changed project files (project-relative paths); return the briefs re-rendered now.

        The corpus is reloaded if anything under facts/ changed.  Every brief
        that used a changed file (or failed last time, so its files are not
        known) is marked out of date; those open in a browser are re-rendered
        at once, the rest by :meth:`render_next_stale` when the editor pauses,
        or as soon as someone asks for them.
        """
        touched = set(paths)
        if not touched:
            return []
        facts = any(p == FACTS_DIR or p.startswith(f"{FACTS_DIR}/") for p in touched)
        styles = any(p.startswith(f"{STYLES_DIR}/") for p in touched)
        if facts:
            started = time.perf_counter()
            corpus = load_corpus(self.root)
            with self._state:
                self._corpus = corpus
            state = f"{len(corpus.errors)} problems" if corpus.errors else f"{len(corpus.facts)} facts"
            self.report(f"facts/ changed: corpus reloaded in {1000 * (time.perf_counter() - started):.0f} ms ({state})")
        slugs = self.slugs()
        with self._state:
            for gone in set(self._previews) - set(slugs):  # a deleted brief: its open page shows why
                self._stale.add(gone)
            for slug in slugs:
                preview = self._previews.get(slug)
                if (
                    facts
                    or styles
                    or preview is None
                    or preview.dependencies is None
                    or f"{BRIEFS_DIR}/{slug}.md" in touched
                    or touched & preview.dependencies
                ):
                    self._stale.add(slug)
            watched = sorted((s for s in self._stale if self._watching[s] > 0), key=lambda s: -self._watching[s])
        for slug in watched:
            self.render(slug)
        return watched

    def has_stale(self) -> bool:
        with self._state:
            return bool(self._stale)

    def render_next_stale(self) -> str | None:
        """Re-render one out-of-date brief (open pages first); return its slug, or None if none is."""
        with self._state:
            if not self._stale:
                return None
            slug = max(sorted(self._stale), key=lambda s: self._watching[s])
        self.render(slug)
        return slug

    def _tell(self, fresh: Preview, previous: Preview | None) -> None:
        """One line per render in the terminal, and every problem in full."""
        if fresh.problems:
            count = len(fresh.problems)
            self.report(f"{fresh.slug}: {count} {'problem' if count == 1 else 'problems'}")
            for problem in fresh.problems:
                self.report("  " + problem.format())
        else:
            note = "" if previous is None or previous.html != fresh.html else " (no change)"
            self.report(f"{fresh.slug}: rendered in {1000 * fresh.seconds:.0f} ms{note}")
        if fresh.warnings and (previous is None or previous.warnings != fresh.warnings):
            for warning in fresh.warnings:
                self.report("  " + warning.format())

    # --- waiting for changes -------------------------------------------------------------

    def wait(self, key: str, seen: int, timeout: float) -> int | None:
        """Block until ``key``'s version differs from ``seen`` (return it), or None on timeout or stop."""
        deadline = time.monotonic() + timeout
        with self._state:
            while not self._stopping:
                current = self._counter if key == ALL else (self._previews[key].version if key in self._previews else 0)
                if current != seen:
                    return current
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._state.wait(remaining)
        return None

    def watching(self, key: str, delta: int) -> None:
        """Count the pages open on ``key`` (so their briefs re-render first)."""
        with self._state:
            self._watching[key] += delta

    @property
    def stopping(self) -> bool:
        with self._state:
            return self._stopping

    def stop(self) -> None:
        """Wake every waiting page so its connection can close, and every thread waiting for a render."""
        with self._state:
            self._stopping = True
            self._state.notify_all()
        if self._runner is not None:
            self._runner.stop()
