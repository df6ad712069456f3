"""``build/manifest.json``: what each output was built from, so unchanged ones are not rebuilt.

One record per output file (``<as-of>/<slug>.html``, ``.pdf`` or ``.docx``): the hash of
its inputs, the facts and sources it cites, the templates it used, the hash
of the file written, and how long it took.  One record per edition (a brief
as of a date) keeps its claims, which ``briefgen diff`` and the index's
change pages compare (each with the section of the brief that first cited
it), its previous edition, and the disagreements and
corroborations its citations touch, which ``briefgen check`` compares with
the corpus today.

An output is up to date when the hash of its inputs *now* equals the recorded
one and the file on disk still has the recorded hash.  The input hash covers
the package version, the brief file, every template it loaded (recorded at
its last build: a template can only start including another by changing
itself), every asset under ``templates/`` that is not a template
(stylesheets, images, fonts), the topic vocabulary, every fact and source
visible as of the edition's date (templates may look any of them up), the
edition's date, its cover's build date and its previous edition (its date, the
facts it cited and, when recorded, the section citing each).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from briefgen import __version__
from briefgen.corpus.loader import Corpus
from briefgen.digest import file_sha256, sha256_text
from briefgen.editions.outputs import output_path
from briefgen.errors import BriefgenError, Problem, Severity, shown
from briefgen.loading.projectfile import read_project_bytes
from briefgen.project import TEMPLATES_DIR, template_file
from briefgen.render.scope import PreviousEdition

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
MAX_MANIFEST_BYTES = 256 * 1024 * 1024


def _iso_date(value: str) -> str:
    """A date the manifest records must be one (an edited manifest once made every run exit 70)."""
    dt.date.fromisoformat(value)
    return value


IsoDate = Annotated[str, AfterValidator(_iso_date)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore")


class OutputRecord(_Record):
    """One output file and what it was built from."""

    path: str = Field(description="Relative to the output folder: <as-of>/<slug>.<format>.")
    brief: str
    as_of: IsoDate
    format: str
    input_sha256: str = Field(description="Hash of every input (see the module docstring).")
    output_sha256: str
    bytes: int
    facts: list[str] = Field(description="Cited fact ids, in note order.")
    sources: list[str] = Field(description="Cited source ids, in order of first citation.")
    templates: list[str] = Field(description="Templates loaded: the brief, partials, layout.")
    briefgen_version: str
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds: render (narrative and HTML), pdf, docx, write.")


class ClaimRecord(_Record):
    """One cited fact as the edition printed it."""

    note: int
    id: str
    source: str
    claim: str
    quote_sha256: str
    section: str | None = Field(
        default=None,
        description="The section (# or ## heading) that first cited the fact; absent in manifests written before sections were.",
    )


class DependencyRecord(_Record):
    """A disagreement or corroboration that the edition's citations touch, as it stood: each side and its facts."""

    kind: str = Field(description="'disagreement' or 'corroboration'.")
    key: str = Field(description="The discrepancy's key (an event id, or metric (period)), or the cited fact a corroboration gathers on.")
    sides: dict[str, list[str]] = Field(description="Each side (a month, a figure, or 'reports') and the fact ids on it, sorted.")


class EditionRecord(_Record):
    """One brief as of one date."""

    brief: str
    as_of: IsoDate
    title: str
    built: IsoDate
    previous: IsoDate | None = None
    claims: list[ClaimRecord] = Field(default_factory=list)
    depends: list[DependencyRecord] = Field(
        default_factory=list, description="What the prose depends on, for check's warning when it changes (editions/dependencies.py)."
    )


class Manifest(_Record):
    """The whole manifest; written with sorted keys and records in path order, so equal content gives equal bytes."""

    format: int = MANIFEST_FORMAT
    outputs: dict[str, OutputRecord] = Field(default_factory=dict)
    editions: dict[str, dict[IsoDate, EditionRecord]] = Field(default_factory=dict)

    @classmethod
    def read(cls, out_dir: Path) -> tuple[Manifest | None, str | None]:
        """The manifest, or None and why it cannot be used (None, None when there is none yet)."""
        path = out_dir / MANIFEST_NAME
        try:
            raw = read_project_bytes(out_dir, path, MANIFEST_NAME, limit=MAX_MANIFEST_BYTES)
        except FileNotFoundError:
            return cls(), None
        except OSError as exc:
            return None, f"cannot read the manifest ({exc.strerror})"
        except BriefgenError as exc:
            return None, f"cannot read the manifest ({exc.problems[0].message})"
        try:
            manifest = cls.model_validate_json(raw)
        except ValidationError as exc:
            first = exc.errors()[0]["msg"] if exc.errors() else "invalid"
            return None, f"the manifest is not valid ({shown(first)})"
        if manifest.format != MANIFEST_FORMAT:
            return None, f"manifest format {manifest.format} is not {MANIFEST_FORMAT}"
        return manifest, None

    @classmethod
    def load(cls, out_dir: Path) -> tuple[Manifest, list[Problem]]:
        """Read the manifest; a missing one is empty, an unreadable one is reported (and left as it is)."""
        manifest, reason = cls.read(out_dir)
        if manifest is None:
            path = out_dir / MANIFEST_NAME
            return cls(), [Problem(str(path), None, f"{reason}; every output will be rebuilt", Severity.WARNING)]
        return manifest, []

    def to_bytes(self) -> bytes:
        data = self.model_dump(mode="json")
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def output(self, slug: str, as_of: dt.date, fmt: str) -> OutputRecord | None:
        return self.outputs.get(output_path(slug, as_of, fmt))

    def edition(self, slug: str, as_of: dt.date) -> EditionRecord | None:
        return self.editions.get(slug, {}).get(as_of.isoformat())

    def previous_edition(self, slug: str, as_of: dt.date) -> PreviousEdition | None:
        """The latest recorded edition of ``slug`` dated before ``as_of``."""
        earlier = [date for date in self.editions.get(slug, {}) if date < as_of.isoformat()]
        if not earlier:
            return None
        record = self.editions[slug][max(earlier)]
        sections = tuple(c.section for c in record.claims)
        return PreviousEdition(
            dt.date.fromisoformat(record.as_of),
            tuple(c.id for c in record.claims),
            sections if any(s is not None for s in sections) else (),
        )

    def record(self, edition: EditionRecord, outputs: list[OutputRecord]) -> None:
        """Add or replace an edition and its outputs, keeping records sorted."""
        self.editions.setdefault(edition.brief, {})[edition.as_of] = edition
        self.editions = {slug: dict(sorted(dates.items())) for slug, dates in sorted(self.editions.items())}
        for item in outputs:
            self.outputs[item.path] = item
        self.outputs = dict(sorted(self.outputs.items()))


class InputHasher:
    """Computes input hashes for one run, caching what several editions share."""

    def __init__(self, root: Path, corpus: Corpus) -> None:
        self.root = root
        self.corpus = corpus
        self._digests: dict[str, str] | None = None
        self._by_date: dict[dt.date, str] = {}
        self._files: dict[str, str] = {}
        self._assets: str | None = None

    def _corpus_digest(self, as_of: dt.date) -> str:
        if as_of in self._by_date:
            return self._by_date[as_of]
        if self._digests is None:
            # Kept with the corpus snapshot: 50,000 facts are not dumped and hashed again while nothing changed.
            self._digests = self.corpus.model_digests()
        visible = sorted(sid for sid, s in self.corpus.sources.items() if s.published is not None and s.published <= as_of)
        chosen = set(visible)
        digest = hashlib.sha256()
        digest.update(_json_digest(self.corpus.vocabulary.model_dump(mode="json")).encode())
        for sid in visible:
            digest.update(f"source {sid} {self._digests['source ' + sid]}\n".encode())
        for fid in sorted(self.corpus.facts):
            if self.corpus.facts[fid].source in chosen:
                digest.update(f"fact {fid} {self._digests['fact ' + fid]}\n".encode())
        self._by_date[as_of] = digest.hexdigest()
        return self._by_date[as_of]

    def _file(self, name: str) -> str:
        """A template file's hash by its template name (``briefs/…`` or under ``templates/``)."""
        if name not in self._files:
            parts = name.split("/")
            if not name or name.startswith("/") or ".." in parts or "\\" in name:
                self._files[name] = "refused"
            else:
                path = template_file(self.root, name)
                self._files[name] = file_sha256(path) or "missing"
        return self._files[name]

    def _asset_digest(self) -> str:
        """Every file under templates/ that is not a Jinja template: stylesheets, images, fonts."""
        if self._assets is None:
            digest = hashlib.sha256()
            base = self.root / TEMPLATES_DIR
            for path in sorted(base.rglob("*")) if base.is_dir() else []:
                if path.is_file() and not path.name.endswith(".j2") and not path.name.startswith("."):
                    digest.update(f"{path.relative_to(base).as_posix()} {file_sha256(path)}\n".encode())
            self._assets = digest.hexdigest()
        return self._assets

    def edition_digest(
        self, slug: str, templates: list[str], as_of: dt.date, built: dt.date, previous: PreviousEdition | None, variant: str | None = None
    ) -> str:
        """The hash of everything an edition's outputs are made from (``variant``: ``--pdf-variant``, when given)."""
        lines = [
            f"briefgen {__version__}",
            f"brief {slug} {self._file(f'briefs/{slug}.md')}",
            *(f"template {name} {self._file(name)}" for name in sorted(set(templates))),
            f"assets {self._asset_digest()}",
            f"corpus {self._corpus_digest(as_of)}",
            f"as-of {as_of.isoformat()}",
            f"built {built.isoformat()}",
            f"previous {previous.as_of.isoformat() + ' ' + ','.join(previous.fact_ids) if previous else '-'}",
            # the sections only when recorded, so an edition whose previous one predates them keeps its hash
            *([f"previous sections {json.dumps(previous.sections, ensure_ascii=False)}"] if previous and previous.sections else []),
            *([f"pdf-variant {variant}"] if variant else []),
        ]
        return sha256_text("\n".join(lines))


def _json_digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
