"""A corrupt ``build/manifest.json`` is set aside and rebuilt from the editions on disk.

The manifest is the build's memory: which outputs are up to date, and each
edition's claims, from which the change pages are made.  Thrown away, it
took the edition history with it and the next build deleted the change
pages.  Instead, a manifest that cannot be read or does not validate is
renamed to ``manifest.json.corrupt-<n>`` (kept for whoever wants to look),
and a new one is rebuilt from what is on disk: each PDF's provenance record
gives its edition's date, title and claims.  Outputs themselves are not
trusted without a recorded input hash, so they are rebuilt (to the same
bytes).  The build reports all this as a warning.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from pathlib import Path

from briefgen.editions.diff import claims_from_provenance
from briefgen.editions.index import editions_on_disk
from briefgen.editions.manifest import MANIFEST_NAME, EditionRecord, Manifest
from briefgen.editions.outputs import output_path
from briefgen.editions.verify import extract_provenance
from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.loading.projectfile import read_project_bytes

_MAX_PDF_BYTES = 256 * 1024 * 1024


def set_aside(out_dir: Path) -> Path | None:
    """Rename the manifest to the first free ``manifest.json.corrupt-<n>``; None if it could not be."""
    path = out_dir / MANIFEST_NAME
    for number in range(1, 1000):
        target = out_dir / f"{MANIFEST_NAME}.corrupt-{number}"
        if not target.exists():
            try:
                path.rename(target)
            except OSError:
                return None
            return target
    return None


def rebuilt_manifest(out_dir: Path) -> Manifest:
    """A manifest holding every edition whose PDF on disk carries a readable provenance record."""
    manifest = Manifest()
    for slug, dates in editions_on_disk(out_dir).items():
        for date, formats in sorted(dates.items()):
            if "pdf" not in formats:
                continue
            record = _provenance(out_dir / output_path(slug, date, "pdf"))
            if record is None or record.get("brief") != slug or record.get("as_of") != date.isoformat():
                continue
            edition = EditionRecord(
                brief=slug,
                as_of=date.isoformat(),
                title=str(record.get("title") or slug),
                built=date.isoformat(),
                claims=claims_from_provenance(record),
            )
            manifest.record(edition, [])
    _link_previous(manifest)
    return manifest


def _provenance(pdf: Path) -> dict[str, object] | None:
    try:
        data = read_project_bytes(pdf.parent, pdf, pdf.name, limit=_MAX_PDF_BYTES)
    except (OSError, BriefgenError):
        return None
    with contextlib.suppress(Exception):  # a damaged PDF recovers nothing; it is rebuilt
        return extract_provenance(data)
    return None


def _link_previous(manifest: Manifest) -> None:
    for dates in manifest.editions.values():
        ordered = sorted(dates, key=dt.date.fromisoformat)
        for earlier, later in itertools.pairwise(ordered):
            dates[later] = dates[later].model_copy(update={"previous": earlier})


def load_or_recover(out_dir: Path) -> tuple[Manifest, list[Problem]]:
    """The manifest; a corrupt one set aside and rebuilt from the outputs, with a warning saying so."""
    manifest, reason = Manifest.read(out_dir)
    if manifest is not None:
        return manifest, []
    kept = set_aside(out_dir)
    recovered = rebuilt_manifest(out_dir)
    editions = sum(len(dates) for dates in recovered.editions.values())
    where = f"kept as {kept.name}" if kept is not None else "left in place (it could not be renamed)"
    message = (
        f"{reason}; it is {where}, and a new one was rebuilt from the outputs on disk "
        f"({editions} edition{'s' if editions != 1 else ''} recovered from their PDFs); outputs will be rebuilt"
    )
    return recovered, [Problem(str(out_dir / MANIFEST_NAME), None, message, Severity.WARNING)]
