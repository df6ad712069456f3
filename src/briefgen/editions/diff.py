"""Claim-level differences between two editions of a brief.

An edition's claims are the facts it cites, each with its source and a hash
of its quote, as ``build/manifest.json`` recorded them (or, for an edition
the manifest does not know, as its PDF's provenance record states them).
Between two editions a claim is *added* or *dropped*, or *re-sourced*: the
same fact now rests on another source or another quote, or a dropped and an
added fact make the same claim word for word from different sources.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.digest import sha256_text
from briefgen.editions.manifest import ClaimRecord, Manifest
from briefgen.editions.outputs import output_path
from briefgen.errors import UsageError


@dataclass(frozen=True)
class ClaimDiff:
    brief: str
    before: dt.date
    after: dt.date
    added: tuple[ClaimRecord, ...]
    dropped: tuple[ClaimRecord, ...]
    resourced: tuple[tuple[ClaimRecord, ClaimRecord], ...]
    unchanged: int


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def diff_claims(brief: str, before: dt.date, after: dt.date, old: list[ClaimRecord], new: list[ClaimRecord]) -> ClaimDiff:
    """Compare two editions' claims; each list is in note order."""
    old_by_id = {c.id: c for c in old}
    new_by_id = {c.id: c for c in new}
    resourced: list[tuple[ClaimRecord, ClaimRecord]] = []
    unchanged = 0
    for claim in new:
        earlier = old_by_id.get(claim.id)
        if earlier is None:
            continue
        if (earlier.source, earlier.quote_sha256) != (claim.source, claim.quote_sha256):
            resourced.append((earlier, claim))
        else:
            unchanged += 1
    added = [c for c in new if c.id not in old_by_id]
    dropped = [c for c in old if c.id not in new_by_id]
    by_text = {_key(c.claim): c for c in dropped}
    for claim in list(added):
        twin = by_text.get(_key(claim.claim))
        if twin is not None and twin.source != claim.source and twin in dropped:
            resourced.append((twin, claim))
            added.remove(claim)
            dropped.remove(twin)
    return ClaimDiff(brief, before, after, tuple(added), tuple(dropped), tuple(resourced), unchanged)


def claims_from_provenance(record: dict[str, Any]) -> list[ClaimRecord]:
    """An edition's claims from the provenance record embedded in its PDF."""
    claims = []
    for fact in record.get("facts", []):
        quote = str(fact.get("quote", ""))
        claims.append(
            ClaimRecord(
                note=int(fact.get("note", 0)),
                id=str(fact.get("id", "")),
                source=str(fact.get("source", "")),
                claim=str(fact.get("claim", "")),
                quote_sha256=sha256_text(quote),
            )
        )
    return claims


def edition_claims(out_dir: Path, manifest: Manifest, slug: str, date: dt.date) -> list[ClaimRecord]:
    """The claims of one edition: from the manifest, else from its PDF; a usage error if neither exists."""
    record = manifest.edition(slug, date)
    if record is not None:
        return list(record.claims)
    pdf = out_dir / output_path(slug, date, "pdf")
    if pdf.is_file():
        from briefgen.editions.verify import extract_provenance

        provenance = extract_provenance(pdf.read_bytes())
        if provenance is not None:
            return claims_from_provenance(provenance)
    known = sorted(manifest.editions.get(slug, {}))
    hint = f"editions of '{slug}': {', '.join(known)}" if known else f"build it first: briefgen build {slug} --as-of {date.isoformat()}"
    raise UsageError(f"no edition of '{slug}' as of {date.isoformat()} in {out_dir.name}/", hint=hint)


def format_diff(diff: ClaimDiff) -> str:
    """The terminal report: one line per claim, grouped."""
    lines = [f"{diff.brief}: claims from the edition as of {diff.before.isoformat()} to the edition as of {diff.after.isoformat()}"]
    lines.append(f"  {len(diff.added)} added, {len(diff.dropped)} dropped, {len(diff.resourced)} re-sourced, {diff.unchanged} unchanged")
    if diff.added:
        lines.append("added:")
        lines += [f"  + {c.id} [{c.source}]: {c.claim}" for c in diff.added]
    if diff.dropped:
        lines.append("dropped:")
        lines += [f"  - {c.id} [{c.source}]: {c.claim}" for c in diff.dropped]
    if diff.resourced:
        lines.append("re-sourced:")
        for old, new in diff.resourced:
            what = f"{old.source} -> {new.source}" if old.source != new.source else f"{new.source}, quote changed"
            name = new.id if old.id == new.id else f"{old.id} -> {new.id}"
            lines.append(f"  ~ {name} [{what}]: {new.claim}")
    return "\n".join(lines)


def diff_json(diff: ClaimDiff) -> dict[str, Any]:
    def claim(c: ClaimRecord) -> dict[str, Any]:
        return {"id": c.id, "source": c.source, "claim": c.claim}

    return {
        "brief": diff.brief,
        "from": diff.before.isoformat(),
        "to": diff.after.isoformat(),
        "added": [claim(c) for c in diff.added],
        "dropped": [claim(c) for c in diff.dropped],
        "resourced": [{"before": claim(a), "after": claim(b)} for a, b in diff.resourced],
        "unchanged": diff.unchanged,
    }
