"""``briefgen verify``: does a PDF's evidence still stand in today's corpus?

Every PDF carries its provenance record (``provenance.json``, see
:mod:`briefgen.pdf.provenance`): each cited fact with its verbatim quote, and each
source with a hash of its archived body.  Verifying re-reads that record and
checks it against the corpus as it is now, strictly: a claim fails when its
source has vanished, when the source's archived text changed since the
edition, when the quote can no longer be found in it, and when the fact's id,
claim, quote or source differ from ``facts/`` (a quote swapped for another
passage of the same article is a failure, not a warning).  A record that
lists no claims, or whose entries are not what briefgen writes, fails too:
an emptied record proves nothing.

Decompression is bounded: the record is at most 16 MB once inflated, so a
small PDF that would inflate to gigabytes is refused, not a memory error.

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
from briefgen.errors import Problem, shown
from briefgen.pdf.provenance import PROVENANCE_NAME
from briefgen.text.quotes import contains_quote, fold

MAX_RECORD_BYTES = 16 * 1024 * 1024  # inflated; a record of a thousand claims is about 1 MB
_EMBEDDED = re.compile(rb"<<\s*/Type\s*/EmbeddedFile\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")
_STREAM = re.compile(rb">>\s*stream\r?\n")


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` opens with a PDF header (readers allow it within the first kilobyte)."""
    return b"%PDF-" in data[:1024]


def extract_provenance(data: bytes) -> dict[str, Any] | None:
    """The provenance record embedded in a PDF, or None if it has none.

    pypdf bounds what it inflates (75 MB a stream, in the versions briefgen
    accepts) and raises when a stream would pass that; the plain reader it
    falls back to inflates at most :data:`MAX_RECORD_BYTES`.  The caller runs
    this under the render memory ceiling as well.
    """
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
                raw = zlib.decompressobj().decompress(raw, MAX_RECORD_BYTES + 1)
            except zlib.error:
                continue
        record = _as_record(raw)
        if record is not None:
            return record
    return None


def _as_record(raw: bytes) -> dict[str, Any] | None:
    if len(raw) > MAX_RECORD_BYTES:
        return None
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


_FACT_FIELDS = ("id", "source", "quote", "claim")


def _malformed(fact: Any) -> str | None:
    """What is wrong with one fact entry of a record, if anything."""
    if not isinstance(fact, dict):
        return "an entry of the record is not a fact"
    missing = [name for name in _FACT_FIELDS if not isinstance(fact.get(name), str) or not fact.get(name)]
    if missing:
        return f"an entry of the record has no {' or '.join(missing)}"
    return None


def verify_record(record: dict[str, Any], corpus: Corpus, label: str) -> Verification:
    """Check each cited fact of ``record`` against ``corpus``; ``label`` names the PDF in messages.

    Every difference is a failure: verify's exit code says whether the PDF
    still says exactly what the corpus holds.
    """
    result = Verification()
    facts = record.get("facts")
    sources = record.get("sources")
    if not isinstance(facts, list) or not isinstance(sources, list):
        result.failures.append(Problem(label, None, "the provenance record has no list of facts and sources"))
        return result
    recorded_sources = {str(s.get("id")): s for s in sources if isinstance(s, dict)}
    result.sources = len(recorded_sources)
    if not facts:
        result.failures.append(Problem(label, None, "the provenance record lists no claims, so there is nothing to verify"))
        return result
    folded: dict[str, str] = {}
    for position, fact in enumerate(facts, start=1):
        result.claims += 1
        wrong = _malformed(fact)
        if wrong is not None:
            result.failures.append(Problem(label, None, f"claim {position}: {wrong}"))
            continue
        result.failures += _check_fact(fact, corpus, recorded_sources, folded, label)
    return result


def _check_fact(
    fact: dict[str, Any], corpus: Corpus, recorded_sources: dict[str, Any], folded: dict[str, str], label: str
) -> list[Problem]:
    fact_id, source_id, quote = fact["id"], fact["source"], fact["quote"]
    where = f"note {shown(str(fact.get('note')))} (fact '{shown(fact_id)}')"
    failures: list[Problem] = []
    current = corpus.facts.get(fact_id)
    if current is None:
        failures.append(Problem(label, None, f"{where}: no fact with this id in facts/ (removed or renamed since this edition)"))
    else:
        for name, now in (("claim", current.claim), ("quote", current.quote), ("source", current.source)):
            if now != fact[name]:
                differs = f"the {name} differs from facts/: the PDF has “{shown(fact[name])}”, facts/ has “{shown(now)}”"
                failures.append(Problem(label, None, f"{where}: {differs}"))
    source = corpus.sources.get(source_id)
    if source is None:
        failures.append(Problem(label, None, f"{where}: its source '{shown(source_id)}' no longer exists in the corpus"))
        return failures
    if source_id not in folded:
        folded[source_id] = fold(source.body)
    found = contains_quote(folded[source_id], quote)
    recorded = recorded_sources.get(source_id)
    recorded_hash = recorded.get("body_sha256") if isinstance(recorded, dict) else None
    if recorded_hash is None:
        failures.append(Problem(label, None, f"{where}: the record holds no entry for source '{source_id}'"))
    elif recorded_hash != sha256_text(source.body):
        state = "the quote is still found in it" if found else "the quote is no longer found in it"
        failures.append(Problem(label, None, f"{where}: the archived text of source '{source_id}' changed since this edition; {state}"))
    elif not found:
        failures.append(Problem(label, None, f"{where}: the quote is no longer found in source '{source_id}'"))
    return failures
