"""Where outputs go: the output folder, the formats, and each edition's file names.

``build/<as-of>/<slug>.html``, ``.pdf`` and (when asked for) ``.docx``; the
folder must lie inside the project.  Kept apart from the rendering modules so that commands which only
read or plan (``diff``, an up-to-date ``build``) start fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.errors import UsageError
from briefgen.project import BUILD_DIR, inside_project

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


def output_root(root: Path, out: str | None) -> Path:
    """The output folder, which must lie inside the project."""
    target = (root / (out or DEFAULT_OUT)).resolve()
    if not inside_project(root, target):
        raise UsageError(f"output folder '{out}' is outside the project", hint="use a folder inside the project, such as build/")
    return target


def output_path(slug: str, as_of: dt.date, fmt: str) -> str:
    """Where an output lies inside the output folder (POSIX, relative)."""
    return f"{as_of.isoformat()}/{slug}.{fmt}"
