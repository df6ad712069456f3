"""Where outputs go: the output folder, the formats, and each edition's file names.

``build/<as-of>/<slug>.html``, ``.pdf`` and (when asked for) ``.docx``.  The
output folder may be any folder the person running the command names (a web
root, a shared drive, a shard's scratch space): writing there is their choice,
while what templates and sources may *read* stays confined to the project
(render/sandbox.py, pdf/fetcher.py).  Only the project folder itself and its
source folders are refused, since a build would mix its outputs into the
inputs of the next.  Kept apart from the rendering modules so that commands which only
read or plan (``diff``, an up-to-date ``build``) start fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.errors import UsageError
from briefgen.project import BRIEFS_DIR, BUILD_DIR, FACTS_DIR, TEMPLATES_DIR, inside

#: Every format ``build --format`` knows, in the order the index lists them.
FORMATS = ("html", "pdf", "docx")
#: What ``build`` writes unless ``--format`` says otherwise.
DEFAULT_FORMATS = ("html", "pdf")
#: How the index and the help name each format.
FORMAT_LABELS = {"html": "HTML", "pdf": "PDF", "docx": "Word"}
DEFAULT_OUT = BUILD_DIR


def parse_formats(text: str) -> tuple[str, ...]:
    """A comma-separated list of formats from the command line (``html,pdf,docx``), in the order given."""
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(
            f"unknown format '{','.join(unknown) or text}'", hint="use html, pdf, docx or a comma-separated list such as html,pdf,docx"
        )
    return chosen


SOURCE_FOLDERS = (BRIEFS_DIR, FACTS_DIR, TEMPLATES_DIR)


def output_root(root: Path, out: str | None) -> Path:
    """The output folder (relative to the project unless absolute); never the project itself nor a source folder."""
    target = (root / (out or DEFAULT_OUT)).resolve()
    hint = "name a folder of its own, such as build/ or /var/www/briefs"
    if target == root.resolve():
        raise UsageError(f"output folder '{out}' is the project folder itself", hint=hint)
    for name in SOURCE_FOLDERS:
        if inside(root / name, target):
            raise UsageError(f"output folder '{out}' lies in the project's {name}/ folder, among the build's inputs", hint=hint)
    return target


def output_path(slug: str, as_of: dt.date, fmt: str) -> str:
    """Where an output lies inside the output folder (POSIX, relative)."""
    return f"{as_of.isoformat()}/{slug}.{fmt}"
