"""The PDF stage: WeasyPrint behind a confined fetcher, its log turned into Problems.

WeasyPrint reports a missing image or a refused URL only as a log line and
still writes a PDF; a briefing note with a hole in it must not be published,
so every ERROR record fails the render, and CSS warnings come back as warning
Problems pointing at the stylesheet and line.  Everything that would make two
renders of the same inputs differ (dates, the file identifier, attachment
timestamps) is set from the caller's data, never from the clock or the
environment: WeasyPrint 70 and pydyf 0.13 do not read ``SOURCE_DATE_EPOCH``.
WeasyPrint is imported inside the functions so the CLI starts without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from briefgen.errors import BriefgenError, Problem
from briefgen.limits import RenderTimeout, deadline, memory_budget_mb, memory_ceiling
from briefgen.pdf.fetcher import ConfinedFetcher
from briefgen.pdf.logcapture import LEASE, LogCapture, display_path

__all__ = ["PdfAttachment", "PdfMetadata", "PdfResult", "render_pdf"]


@dataclass(frozen=True)
class PdfMetadata:
    """What the PDF says about itself; ``created`` is the brief's date, never the wall clock."""

    title: str
    created: datetime
    description: str | None = None
    lang: str | None = None
    authors: Sequence[str] = ()
    keywords: Sequence[str] = ()
    modified: datetime | None = None  # defaults to ``created``
    generator: str = "briefgen"


@dataclass(frozen=True)
class PdfAttachment:
    """A file embedded in the PDF from bytes (the brief's provenance JSON); the only kind allowed."""

    name: str
    data: bytes
    description: str
    mime: str = "application/octet-stream"


@dataclass(frozen=True)
class PdfResult:
    """The PDF bytes and the warnings (severity WARNING) met while rendering."""

    pdf: bytes
    warnings: list[Problem] = field(default_factory=list)
    pages: int = 0


def render_pdf(
    html: str,
    *,
    base_url: str,
    fetcher: ConfinedFetcher,
    stylesheets: Sequence[Path],
    metadata: PdfMetadata,
    attachments: Sequence[PdfAttachment] = (),
    display_root: Path | None = None,
    label: str = "<html>",
    timeout_seconds: float | None = None,
    extra_css: str = "",
    variant: str | None = None,
) -> PdfResult:
    """Render ``html`` to PDF bytes, or raise BriefgenError listing every resource that failed.

    ``label`` names the document in problems not tied to a stylesheet;
    ``display_root`` makes stylesheet paths in problems project-relative.
    ``timeout_seconds`` is enforced by SIGALRM when called from the main
    thread (it interrupts a hung layout); off the main thread signals are not
    available, so it is only checked once the render has finished.
    Stylesheets are read through ``fetcher`` too, so they must lie under its roots.
    ``extra_css`` is read after them (the project's paper size and colours).
    ``variant`` is a WeasyPrint ``pdf_variant`` such as ``pdf/ua-1`` (tagged,
    with the document's language and title) or ``pdf/a-3b`` (archival, the
    provenance attached as an associated file).
    """
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    first_refusal = len(fetcher.refused)
    log = LogCapture(label, display_root)
    errors: list[Problem] = []
    started = time.monotonic()
    budget = memory_budget_mb()
    try:
        with LEASE.hold(log), deadline(timeout_seconds), memory_ceiling(budget):
            fonts = FontConfiguration()
            sheets: list[Any] = []
            failed: set[str] = set()
            for sheet in stylesheets:
                try:
                    sheets.append(weasyprint.CSS(url=sheet.absolute().as_uri(), url_fetcher=fetcher, font_config=fonts))
                except Exception as error:  # reported here, with the stylesheet's path, not from the fetcher's list
                    failed.add(sheet.absolute().as_uri())
                    reason = str(error).removeprefix("FetchRefused: ")
                    errors.append(Problem(display_path(sheet, display_root), None, f"cannot load stylesheet: {reason}"))
            if extra_css:
                sheets.append(weasyprint.CSS(string=extra_css, url_fetcher=fetcher, font_config=fonts))
            options: dict[str, Any] = {"pdf_variant": variant} if variant else {}
            document_html = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
            document = document_html.render(font_config=fonts, stylesheets=sheets, **options)
            errors += _remove_stray_attachments(document, document_html, label)
            _set_metadata(document.metadata, metadata)
            pdf = document.write_pdf(
                attachments=[_attachment(item, metadata) for item in attachments],
                pdf_identifier=_identifier(html + extra_css + (variant or ""), metadata, stylesheets, attachments),
                **options,
            )
    except RenderTimeout:
        raise BriefgenError.single(label, None, f"PDF rendering took longer than {timeout_seconds} s and was stopped") from None
    except MemoryError:
        raise BriefgenError.single(label, None, f"PDF rendering needed more than {budget} MB of memory and was stopped") from None
    elapsed = time.monotonic() - started
    if timeout_seconds is not None and elapsed > timeout_seconds:
        raise BriefgenError.single(label, None, f"PDF rendering took {elapsed:.1f} s, over the {timeout_seconds} s limit")
    refused = [item for item in fetcher.refused[first_refusal:] if item.url not in failed]
    errors += [Problem(label, None, f"refused {item.url}: {item.reason}") for item in refused]
    errors += log.errors
    if errors:
        raise BriefgenError(errors + log.warnings)
    return PdfResult(pdf, log.warnings, len(document.pages))


def _remove_stray_attachments(document: Any, html: Any, label: str) -> list[Problem]:
    """Drop every file the HTML asked to embed (``rel="attachment"``) and report it.

    Only :class:`PdfAttachment` bytes may be embedded; an attachment link to
    a file under ``templates/`` would pass the fetcher, so it is stopped here.
    Removing them before ``write_pdf`` means they are never even fetched.
    """
    urls = [
        urljoin(html.base_url or "", element.get("href", ""))
        for element in html.etree_element.iter("link")
        if "attachment" in element.get("rel", "").lower().split()
    ]
    if len(urls) < len(document.metadata.attachments):
        urls.append("(an attachment link)")
    document.metadata.attachments = []
    for page in document.pages:
        urls += [target for kind, target, _, _ in page.links if kind == "attachment"]
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
    return [Problem(label, None, f"refused to embed {url}: only the brief's own attachments may be embedded") for url in urls]


def _set_metadata(target: Any, metadata: PdfMetadata) -> None:
    """Overwrite WeasyPrint's DocumentMetadata (read from <title>/<meta>) with ours."""
    target.title = metadata.title
    target.description = metadata.description
    target.lang = metadata.lang or target.lang
    target.authors = list(metadata.authors)
    target.keywords = list(metadata.keywords)
    target.generator = metadata.generator
    target.created = _utc(metadata.created).strftime("%Y-%m-%dT%H:%M:%SZ")
    target.modified = _utc(metadata.modified or metadata.created).strftime("%Y-%m-%dT%H:%M:%SZ")
    target.custom = {}
    target.xmp_metadata = []


def _utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC, so the same brief gives the same bytes in every time zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _attachment(item: PdfAttachment, metadata: PdfMetadata) -> Any:
    """A WeasyPrint Attachment from bytes, with our MIME type and the brief's dates."""
    from weasyprint import Attachment

    stamp = _utc(metadata.created)
    return Attachment(
        url="briefgen-attachment:" + item.name,
        url_fetcher=_BytesFetcher(item),
        name=item.name,
        description=item.description,
        created=stamp,
        modified=stamp,
    )


class _BytesFetcher:
    """Serves one attachment's bytes, so its MIME type reaches the PDF (``string=`` loses it)."""

    _fail_on_errors = True

    def __init__(self, item: PdfAttachment) -> None:
        self._item = item

    def __call__(self, url: str) -> Any:
        from weasyprint.urls import URLFetcherResponse

        return URLFetcherResponse(url, body=self._item.data, headers={"Content-Type": self._item.mime})


def _identifier(html: str, metadata: PdfMetadata, stylesheets: Sequence[Path], attachments: Sequence[PdfAttachment]) -> bytes:
    """The PDF /ID's first half from the inputs; pydyf derives the second from the content.

    Stylesheets count by their content, not their path, so the same project in
    another folder gives the same bytes.
    """
    digest = hashlib.sha256(html.encode())
    digest.update(repr(metadata).encode())
    for sheet in stylesheets:
        with contextlib.suppress(OSError):
            digest.update(hashlib.sha256(sheet.read_bytes()).digest())
    for item in attachments:
        digest.update(item.name.encode() + b"\0" + item.data)
    return digest.hexdigest()[:32].encode()
