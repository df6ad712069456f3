"""One edition in memory: the brief rendered to HTML, then drawn as PDF and written as Word when asked, with timings.

This is where the rendering stage meets the PDF and Word stages; the worker processes of
``build --all`` call :func:`render_edition` and hand the bytes to the parent,
which writes them.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.corpus.loader import Corpus
from briefgen.editions.outputs import DEFAULT_FORMATS
from briefgen.errors import Problem, Severity
from briefgen.render.brief import Brief
from briefgen.render.document import Document
from briefgen.render.pipeline import render_brief
from briefgen.render.scope import PreviousEdition, Scope, build_date


@dataclass
class RenderedEdition:
    """One edition's outputs, in memory, and what went into them."""

    brief: Brief
    scope: Scope
    document: Document
    built: dt.date
    payloads: dict[str, bytes]
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def render_edition(
    root: Path,
    slug: str,
    corpus: Corpus,
    *,
    as_of: dt.date | None = None,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    previous: PreviousEdition | None = None,
    pdf_variant: str | None = None,
) -> RenderedEdition:
    """Render one edition's requested formats in memory, with timings (seconds) per stage.

    The ``docx`` timing counts only what the Word document held this process up
    for: its HTML is read by pandoc in another process while the PDF is drawn.
    """
    started = time.perf_counter()
    brief, scope, document = render_brief(root, slug, corpus, as_of=as_of, previous=previous)
    timings = {"render": time.perf_counter() - started}
    payloads: dict[str, bytes] = {}
    warnings: list[Problem] = []
    if "html" in formats:
        payloads["html"] = document.html.encode("utf-8")
    docx_job = None
    if "docx" in formats:
        from briefgen.word.output import start_brief_docx  # pandoc and python-docx load only when Word is asked for

        docx_started = time.perf_counter()
        docx_job = start_brief_docx(root, brief, scope, document)  # pandoc reads the HTML while the PDF is drawn
        timings["docx"] = time.perf_counter() - docx_started
    try:
        if "pdf" in formats:
            from briefgen.pdf.output import render_brief_pdf  # WeasyPrint loads only when a PDF is asked for

            pdf_started = time.perf_counter()
            pdf = render_brief_pdf(root, brief, scope, document, pdf_variant)
            timings["pdf"] = time.perf_counter() - pdf_started
            payloads["pdf"] = pdf.pdf
            warnings += [w for w in pdf.warnings if w.severity is Severity.WARNING]
        if docx_job is not None:
            docx_started = time.perf_counter()
            payloads["docx"] = docx_job.result()
            timings["docx"] += time.perf_counter() - docx_started
    finally:
        if docx_job is not None:
            docx_job.close()
    return RenderedEdition(brief, scope, document, build_date(scope.as_of), payloads, warnings, timings)
