"""A brief's PDF: the built HTML, its stylesheets, its metadata and its provenance.

Glue between the build and :mod:`briefgen.pdf.weasy`: the stylesheet files are
passed to WeasyPrint by path (so a CSS warning names the stylesheet's line),
the only files WeasyPrint may read are under ``templates/``, and the PDF's
dates come from the brief's as-of date so that rebuilding the same inputs
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.pdf.fetcher import ConfinedFetcher
from briefgen.pdf.provenance import PROVENANCE_NAME, provenance_bytes, provenance_record
from briefgen.pdf.weasy import PdfAttachment, PdfMetadata, PdfResult, render_pdf
from briefgen.project import TEMPLATES_DIR
from briefgen.render.brief import Brief
from briefgen.render.document import Document
from briefgen.render.scope import Scope

RENDER_TIMEOUT_SECONDS = 300.0


def render_brief_pdf(root: Path, brief: Brief, scope: Scope, document: Document, variant: str | None = None) -> PdfResult:
    """Render the brief's PDF in memory.

    ``variant`` (``pdf/ua-1``, ``pdf/a-3b``) overrides the project's ``pdf_variant``
    in ``templates/brand.yaml``; ``none`` asks for a plain PDF.
    """
    default = document.brand.brand.pdf_variant if document.brand else "none"
    chosen = variant or default
    templates = (root / TEMPLATES_DIR).resolve()
    created = dt.datetime.combine(scope.as_of, dt.time(0, 0), tzinfo=dt.UTC)
    metadata = PdfMetadata(
        title=brief.meta.title,
        created=created,
        description=brief.meta.subtitle,
        lang=brief.meta.language,
        keywords=tuple(brief.meta.topics),
    )
    record = provenance_record(brief.slug, brief.meta.title, scope.as_of, scope.corpus, document.cited_fact_ids, document.note_numbers)
    attachment = PdfAttachment(
        name=PROVENANCE_NAME,
        data=provenance_bytes(record),
        description="briefgen provenance: cited facts, quotes and source hashes",
        mime="application/json",
    )
    return render_pdf(
        document.print_html,
        base_url=templates.as_uri() + "/",
        fetcher=ConfinedFetcher(templates),
        stylesheets=document.stylesheets,
        metadata=metadata,
        attachments=[attachment],
        display_root=root.resolve(),
        label=brief.path,
        timeout_seconds=RENDER_TIMEOUT_SECONDS,
        extra_css=document.print_css,
        variant=None if chosen == "none" else chosen,
    )
