"""Brief files: ``briefs/<slug>.md``, front matter plus a Jinja2/Markdown body.

A brief names itself by its file; its slug becomes the output file name, so
it is held to the same strict pattern as ids and can never reach outside the
output directory.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from briefgen.corpus.loader import read_text
from briefgen.corpus.models import BriefMeta
from briefgen.errors import BriefgenError, Problem, UsageError
from briefgen.loading.frontmatter import split_front_matter
from briefgen.loading.validation import validate_item
from briefgen.project import BRIEFS_DIR, is_slug


@dataclass(frozen=True)
class Brief:
    """A parsed brief: its slug, its validated front matter and its template text."""

    slug: str
    path: str  # project-relative, for messages
    meta: BriefMeta
    body: str
    body_line: int  # file line of the body's first line


def brief_slugs(root: Path) -> list[str]:
    """Every brief in the project, by slug."""
    return sorted(p.stem for p in (root / BRIEFS_DIR).glob("*.md") if is_slug(p.stem))


def resolve_brief_name(root: Path, name: str) -> str:
    """Accept ``slug``, ``slug.md`` or ``briefs/slug.md``; refuse anything else."""
    candidate = Path(name)
    slug = candidate.stem if candidate.suffix == ".md" else candidate.name
    if candidate.suffix == ".md" and candidate.parent.as_posix() not in {".", BRIEFS_DIR}:
        raise UsageError(f"'{name}' is not a brief in {BRIEFS_DIR}/")
    if not is_slug(slug):
        raise UsageError(f"'{name}' is not a brief name (use lowercase letters, digits and '-')")
    known = brief_slugs(root)
    if slug not in known:
        close = difflib.get_close_matches(slug, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else ("known briefs: " + ", ".join(known) if known else None)
        raise UsageError(f"no brief named '{slug}' in {BRIEFS_DIR}/", hint=hint)
    return slug


def load_brief(root: Path, slug: str) -> Brief:
    """Read and validate one brief; raise :class:`BriefgenError` with file and line."""
    display = f"{BRIEFS_DIR}/{slug}.md"
    text, problems = read_text(root / display, display)
    if text is None:
        raise BriefgenError(problems)
    parts = split_front_matter(text, display)
    data = parts.meta.data
    if not isinstance(data, dict):
        raise BriefgenError([Problem(display, 2, "front matter must be a mapping of fields (title: …, as_of: …)")])
    meta, problems = validate_item(BriefMeta, data, parts.meta, (), display, "brief")
    if meta is None:
        raise BriefgenError(problems)
    if meta.summary_of is not None:
        meta = _with_scope_of(root, slug, meta, display, parts.meta.line_of(("summary_of",)))
    return Brief(slug=slug, path=display, meta=meta, body=parts.body, body_line=parts.body_line)


#: What a summary takes from the brief it summarises, unless its own front matter says otherwise.
SCOPE_FIELDS = ("topics", "exclude_topics", "entities", "as_of", "classification", "audience", "occasion", "language", "subtitle")


def _with_scope_of(root: Path, slug: str, meta: BriefMeta, display: str, line: int) -> BriefMeta:
    """A summary's front matter with the scope of the brief it summarises (``summary_of``), read afresh at every build.

    So a one-page summary follows its brief: narrow the brief's topics and the
    summary narrows with it.
    """
    other = meta.summary_of
    if other == slug:
        raise BriefgenError([Problem(display, line, "a brief cannot be a summary of itself", hint="name another brief in summary_of")])
    if other not in brief_slugs(root):
        close = difflib.get_close_matches(str(other), brief_slugs(root), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "name a brief in briefs/ (its file name without .md)"
        raise BriefgenError([Problem(display, line, f"summary_of: no brief named '{other}' in {BRIEFS_DIR}/", hint=hint)])
    parent = load_brief(root, str(other))
    if parent.meta.summary_of is not None:
        raise BriefgenError([Problem(display, line, f"summary_of: '{other}' is itself a summary", hint="summarise the full brief instead")])
    inherited = {name: getattr(parent.meta, name) for name in SCOPE_FIELDS if name not in meta.model_fields_set}
    return meta.model_copy(update=inherited)
