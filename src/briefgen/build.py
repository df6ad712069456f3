"""Building one edition: corpus → narrative → HTML → PDF, in memory.

Every stage raises :class:`BriefgenError` with located problems.  Nothing
here writes a file: :mod:`briefgen.batch` decides what needs building, runs
these functions (in worker processes for ``build --all``) and writes the
results atomically, so a failed build leaves the previous edition as it was.

Nothing in an edition comes from the clock: the cover's "Built" date is
SOURCE_DATE_EPOCH's day when that is set and otherwise the edition's as-of
date (see "Dates in the output" in docs/architecture.md), so the same inputs
give the same bytes on any day.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.brief import Brief, load_brief
from briefgen.claims import read_template_sources, uncited_claim_problems
from briefgen.corpus import Corpus
from briefgen.document import Document, build_document
from briefgen.editions import PreviousEdition, build_date, edition_date, staleness
from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.narrative import Scope, render_narrative, static_citation_problems
from briefgen.outputs import DEFAULT_OUT, FORMATS, output_root, parse_formats

__all__ = [
    "DEFAULT_OUT",
    "FORMATS",
    "EditionScope",
    "RenderedEdition",
    "build_date",
    "check_briefs",
    "output_root",
    "parse_formats",
    "render_brief",
    "render_edition",
    "scope_for",
    "stale_notice",
]


@dataclass
class EditionScope(Scope):
    """A brief's scope plus the edition before it, which ``new_since_last()`` and ``superseded()`` read."""

    previous: PreviousEdition | None = None


@dataclass
class RenderedEdition:
    """One edition's outputs, in memory, and what went into them."""

    brief: Brief
    scope: EditionScope
    document: Document
    built: dt.date
    payloads: dict[str, bytes]
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def scope_for(brief: Brief, corpus: Corpus, as_of: dt.date | None, previous: PreviousEdition | None = None) -> EditionScope:
    """The corpus as the brief may see it: its date, its topics and the topics it excludes."""
    date = edition_date(brief, corpus, as_of)
    return EditionScope(
        corpus=corpus.as_of(date),
        topics=frozenset(brief.meta.topics),
        as_of=date,
        exclude=frozenset(brief.meta.exclude_topics),
        previous=previous,
    )


def render_brief(
    root: Path, slug: str, corpus: Corpus, *, as_of: dt.date | None = None, previous: PreviousEdition | None = None
) -> tuple[Brief, EditionScope, Document]:
    """Render one brief to HTML in memory (no files written)."""
    if corpus.errors:
        raise BriefgenError(corpus.errors)
    brief = load_brief(root, slug)
    scope = scope_for(brief, corpus, as_of, previous)
    narrative = render_narrative(root, brief, scope, corpus)
    problems = static_citation_problems(root, narrative.templates, scope, corpus)
    if problems:
        raise BriefgenError(problems)
    extra = {"stale_notice": stale_notice(brief, scope)}
    document = build_document(root, brief, narrative, scope, corpus, built=build_date(scope.as_of), extra=extra)
    uncited = uncited_claim_problems(document.narrative_html, read_template_sources(root, narrative.templates), brief.path)
    if uncited:
        raise BriefgenError(uncited)
    return brief, scope, document


def stale_notice(brief: Brief, scope: Scope) -> str | None:
    """A visible warning when the newest source in scope is older than the brief allows."""
    return staleness(brief, scope.corpus, scope.as_of)


def render_edition(
    root: Path,
    slug: str,
    corpus: Corpus,
    *,
    as_of: dt.date | None = None,
    formats: tuple[str, ...] = FORMATS,
    previous: PreviousEdition | None = None,
) -> RenderedEdition:
    """Render one edition's requested formats in memory, with timings (seconds) per stage."""
    started = time.perf_counter()
    brief, scope, document = render_brief(root, slug, corpus, as_of=as_of, previous=previous)
    timings = {"render": time.perf_counter() - started}
    payloads: dict[str, bytes] = {}
    warnings: list[Problem] = []
    if "html" in formats:
        payloads["html"] = document.html.encode("utf-8")
    if "pdf" in formats:
        from briefgen.pdf_output import render_brief_pdf

        pdf_started = time.perf_counter()
        pdf = render_brief_pdf(root, brief, scope, document)
        timings["pdf"] = time.perf_counter() - pdf_started
        payloads["pdf"] = pdf.pdf
        warnings += [w for w in pdf.warnings if w.severity is Severity.WARNING]
    return RenderedEdition(brief, scope, document, build_date(scope.as_of), payloads, warnings, timings)


def check_briefs(root: Path, corpus: Corpus, as_of: dt.date | None = None) -> list[Problem]:
    """Render every brief's HTML in memory and collect its problems (nothing is written)."""
    from briefgen.brief import brief_slugs

    problems: list[Problem] = []
    for slug in brief_slugs(root):
        try:
            render_brief(root, slug, corpus, as_of=as_of)
        except BriefgenError as exc:
            problems.extend(exc.problems)
    return problems
