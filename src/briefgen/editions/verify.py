"""``briefgen verify``: does a PDF's evidence still stand in today's corpus?

Every PDF carries its provenance record (``provenance.json``, see
:mod:`briefgen.pdf.provenance`): each cited fact with its verbatim quote, and each
source with a hash of its archived body.  Verifying re-reads that record and
checks it against the corpus as it is now: a claim fails when its source has
vanished, when the source's archived text changed since the edition, or when
the quote can no longer be found in it.  A fact that was edited or removed
from ``facts/`` while its source still bears the quote out is a warning.

The record is read with pypdf when it is installed, and otherwise by a small
reader of the PDF's embedded-file streams, so ``verify`` needs nothing beyond
briefgen's own dependencies.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from briefgen.corpus.loader import Corpus
from briefgen.digest import sha256_text
from briefgen.errors import Problem, Severity
from briefgen.pdf.provenance import PROVENANCE_NAME
from briefgen.text.quotes import contains_quote, fold

_EMBEDDED = re.compile(rb"<<\s*/Type\s*/EmbeddedFile\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")
_STREAM = re.compile(rb">>\s*stream\r?\n")


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` opens with a PDF header (readers allow it within the first kilobyte)."""
    return b"%PDF-" in data[:1024]


def extract_provenance(data: bytes) -> dict[str, Any] | None:
    """The provenance record embedded in a PDF, or None if it has none."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return _scan_embedded_files(data)
    # pypdf logs its repairs of a damaged file ("EOF marker not found"); the
    # user is told what matters (no record, or a record that fails) instead.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        contents = reader.attachments.get(PROVENANCE_NAME)
    except Exception:  # a damaged file: fall back to the plain reader
        return _scan_embedded_files(data)
    finally:
        pypdf_log.setLevel(level)
    for content in contents or []:
        record = _as_record(content)
        if record is not None:
            return record
    return None


def _scan_embedded_files(data: bytes) -> dict[str, Any] | None:
    """Find a provenance record among the PDF's ``/Type /EmbeddedFile`` streams (as WeasyPrint writes them).

    The stream's end is found by decompressing (Flate stops at its own end),
    so an indirect ``/Length`` does not matter.
    """
    for match in _EMBEDDED.finditer(data):
        start = _STREAM.search(data, match.end())
        if start is None:
            continue
        header = data[match.start() : start.start()]
        raw = data[start.end() :]
        length = _LENGTH.search(header)
        if length and not length.group(2):
            raw = raw[: int(length.group(1))]
        if b"/FlateDecode" in header:
            try:
                raw = zlib.decompressobj().decompress(raw)
            except zlib.error:
                continue
        record = _as_record(raw)
        if record is not None:
            return record
    return None


def _as_record(raw: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(record, dict) and "facts" in record and "sources" in record and "as_of" in record:
        return record
    return None


@dataclass
class Verification:
    """The findings for one PDF: failures (exit 1) and warnings, and what was checked."""

    claims: int = 0
    sources: int = 0
    failures: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def verify_record(record: dict[str, Any], corpus: Corpus, label: str) -> Verification:
    """Check each cited fact of ``record`` against ``corpus``; ``label`` names the PDF in messages."""
    result = Verification()
    recorded_sources = {str(s.get("id")): s for s in record.get("sources", []) if isinstance(s, dict)}
    result.sources = len(recorded_sources)
    folded: dict[str, str] = {}
    for fact in record.get("facts", []):
        if not isinstance(fact, dict):
            continue
        result.claims += 1
        fact_id, source_id, quote = str(fact.get("id")), str(fact.get("source")), str(fact.get("quote", ""))
        where = f"note {fact.get('note')} (fact '{fact_id}')"
        source = corpus.sources.get(source_id)
        if source is None:
            result.failures.append(Problem(label, None, f"{where}: its source '{source_id}' no longer exists in the corpus"))
            continue
        if source_id not in folded:
            folded[source_id] = fold(source.body)
        found = contains_quote(folded[source_id], quote)
        recorded_hash = recorded_sources.get(source_id, {}).get("body_sha256")
        if recorded_hash != sha256_text(source.body):
            state = "the quote is still found in it" if found else "the quote is no longer found in it"
            result.failures.append(
                Problem(label, None, f"{where}: the archived text of source '{source_id}' changed since this edition; {state}")
            )
        elif not found:
            result.failures.append(Problem(label, None, f"{where}: the quote is no longer found in source '{source_id}'"))
        current = corpus.facts.get(fact_id)
        if current is None:
            result.warnings.append(Problem(label, None, f"{where}: the fact was removed from facts/ since this edition", Severity.WARNING))
        elif (current.claim, current.quote, current.source) != (fact.get("claim"), quote, source_id):
            changed = [
                name
                for name, now in (("claim", current.claim), ("quote", current.quote), ("source", current.source))
                if now != fact.get(name)
            ]
            result.warnings.append(
                Problem(label, None, f"{where}: the fact's {' and '.join(changed)} changed in facts/ since this edition", Severity.WARNING)
            )
    return result
