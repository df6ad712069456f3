"""The project's names, declared once: its folders, the id pattern, and where a project file may lie.

A briefgen project is a folder with ``briefs/``, ``templates/`` and ``facts/``.
Every stage that looks for a file asks this module where it is, so a folder
name or the shape of an id is written here and nowhere else.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: One brief per Markdown file: ``briefs/<slug>.md``.
BRIEFS_DIR = "briefs"
#: Layouts, partials, styles and images: the editors' room.
TEMPLATES_DIR = "templates"
LAYOUTS_DIR = f"{TEMPLATES_DIR}/layouts"
PARTIALS_DIR = f"{TEMPLATES_DIR}/partials"
STYLES_DIR = f"{TEMPLATES_DIR}/styles"
#: Fact files (``*.yaml``) and the topic vocabulary.
FACTS_DIR = "facts"
VOCABULARY_FILE = f"{FACTS_DIR}/vocabulary.yaml"
#: The project's own additions to the table of known news sites (``site: Outlet name``), read by ``sources add``.
OUTLETS_FILE = f"{FACTS_DIR}/outlets.yaml"
#: The reviewed file of link decisions (read by :mod:`briefgen.corpus.links`).
LINKS_FILE = f"{FACTS_DIR}/links.yaml"
#: Archived articles, one Markdown file each.
SOURCES_DIR = f"{FACTS_DIR}/sources"
#: Draft facts written by ``suggest``: never citable.
DRAFTS_DIR = f"{FACTS_DIR}/drafts"
#: Where editions are written unless ``--out`` says otherwise.
BUILD_DIR = "build"
#: The parsed-YAML cache (not an output; safe to delete).
CACHE_DIR = f"{BUILD_DIR}/.cache/corpus"
#: Charts drawn, by the hash of their data and style (not an output; safe to delete).
CHART_CACHE_DIR = f"{BUILD_DIR}/.cache/charts"
TEMPLATE_CACHE_DIR = f"{BUILD_DIR}/.cache/templates"

#: The kinds of brief ``briefgen new --kind`` makes, each with a starter ``templates/starters/<kind>.md``.
BRIEF_KINDS = ("pre-visit", "standing", "topic-note", "summary")

#: The longest id, in characters (briefs, facts, sources, events).
MAX_ID_CHARS = 100
#: The shape of every id a person types: briefs, facts, sources, events.
SLUG_BODY = rf"[a-z0-9][a-z0-9-]{{0,{MAX_ID_CHARS - 1}}}"
SLUG_PATTERN = rf"^{SLUG_BODY}$"
SLUG = re.compile(SLUG_PATTERN)
SLUG_HINT = "use lowercase letters, digits and '-' (at most 100 characters), starting with a letter or digit"


def is_slug(text: str) -> bool:
    """Whether ``text`` is a valid id (brief, fact, source or event)."""
    return SLUG.fullmatch(text) is not None


# An http(s) address with no space, no angle bracket and no double quote.  An apostrophe is allowed: real
# addresses carry one ("…/one-of-india's-most-important-…"), and every output escapes it where it is printed.
WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+")


def is_web_address(text: str) -> bool:
    """Whether ``text`` is a web address a source may give (``https://…`` or ``http://…``)."""
    return WEB_ADDRESS.fullmatch(text) is not None


def template_folder(name: str) -> tuple[str, str]:
    """The folder a template name points into, and the name within it.

    ``briefs/<slug>.md`` is a brief; any other name lies under ``templates/``.
    """
    if name.startswith(f"{BRIEFS_DIR}/"):
        return BRIEFS_DIR, name.removeprefix(f"{BRIEFS_DIR}/")
    return TEMPLATES_DIR, name


def template_path(name: str) -> str:
    """A template name as a project-relative path (``partials/x.md.j2`` → ``templates/partials/x.md.j2``)."""
    folder, relative = template_folder(name)
    return f"{folder}/{relative}"


def template_file(root: Path, name: str) -> Path:
    """The file behind a template name."""
    return root / template_path(name)


def inside(folder: Path, path: Path) -> bool:
    """Whether ``path`` lies inside ``folder`` once both are resolved (symbolic links followed)."""
    real = os.path.realpath(path)
    base = os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base


def inside_project(root: Path, path: Path) -> bool:
    """Whether ``path`` lies inside the project folder (the folder itself does not count)."""
    return inside(root, path) and os.path.realpath(path) != os.path.realpath(root)


def project_name(root: Path, path: Path) -> str:
    """``path`` as the project names it in messages and caches: relative to ``root``, with ``/``.

    The same as ``path.relative_to(root).as_posix()``, without its cost for a
    path under the root as given (the loader names every facts file and source
    this way, and the parse started ahead of it must name them alike).
    """
    prefix = str(root) + os.sep
    text = str(path)
    if text.startswith(prefix):
        return text[len(prefix) :].replace(os.sep, "/")
    return path.relative_to(root).as_posix()
