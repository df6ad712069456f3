"""The provenance record a PDF carries: what the brief rested on, checkable later.

Embedded in every PDF as ``provenance.json``: the as-of date, the package
version, each cited fact with its claim and verbatim quote, and each cited
source's metadata with a hash of its archived body.  A PDF found years later
can then be re-checked against the corpus (``briefgen verify``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefgen import __version__
from briefgen.corpus.loader import Corpus
from briefgen.digest import sha256_text

PROVENANCE_NAME = "provenance.json"
PROVENANCE_FORMAT = 1


def provenance_record(
    slug: str, title: str, as_of: dt.date, corpus: Corpus, cited_fact_ids: list[str], notes: dict[str, int] | None = None
) -> dict[str, Any]:
    """The record for one edition of a brief (deterministic: no clock, sorted keys).

    ``notes`` gives each fact's note number (facts quoting one passage share a
    note); without it the facts are numbered one by one.
    """
    facts = []
    source_ids: list[str] = []
    for position, fact_id in enumerate(cited_fact_ids, start=1):
        number = notes.get(fact_id, position) if notes else position
        fact = corpus.facts[fact_id]
        facts.append(
            {
                "note": number,
                "id": fact.id,
                "claim": fact.claim,
                "quote": fact.quote,
                "date": str(fact.date),
                "source": fact.source,
            }
        )
        if fact.source not in source_ids:
            source_ids.append(fact.source)
    sources = []
    for source_id in source_ids:
        source = corpus.sources[source_id]
        sources.append(
            {
                **source.model_dump(mode="json", exclude={"body", "notes"}),
                "body_sha256": sha256_text(source.body),
            }
        )
    return {
        "format": PROVENANCE_FORMAT,
        "brief": slug,
        "title": title,
        "as_of": as_of.isoformat(),
        "briefgen_version": __version__,
        "facts": facts,
        "sources": sources,
    }


def provenance_bytes(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
