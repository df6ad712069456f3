"""Starting a new brief: from a layout's starter, or as a copy of an existing brief.

A starter is an ordinary brief file, ``templates/starters/<layout>.md``, that
editors can change like any other template; when a project has none, the
built-in one below is used.  Only the front matter's ``title`` line is
rewritten, so everything else in the starter or the copied brief — the
fields, the narrative, the comments — arrives exactly as written.  A new
brief never replaces a file: the name must be free.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Problem, UsageError
from briefgen.project import BRIEFS_DIR, is_slug
from briefgen.render.brief import load_brief, resolve_brief_name

STARTERS_DIR = "templates/starters"

BUILT_IN_STARTER = """\
---
title: New brief
subtitle: ""
audience: ""
classification: OFFICIAL
layout: brief
topics: []
---
{#- A new brief.  A comment like this one is a note to editors: it never
    reaches the reader, and it ends at the first hash-and-brace.  Every
    sentence either reports what a source says and ends with its citation
    (the fact's id after an @, in square brackets; several ids are separated
    by ';'), or is your own judgement and goes in a '::: assessment' block.
    `briefgen check --json` lists the ids, `briefgen helpers` what templates
    can call, and docs/editing.md explains it all.  Preview as you type with
    `briefgen serve`. -#}
## Key points

{% set key_facts = facts()[-3:] %}
{% if key_facts %}
::: keypoints
{% for f in key_facts %}
- {{ f.claim }} {{ f.cite }}
{% endfor %}
:::
{% else %}
::: about
The sources in scope hold no facts yet.
:::
{% endif %}

## Background

::: about
Replace this section with the brief's narrative.  Every sentence needs a
citation, unless it stands in a '::: assessment' block as your own judgement.
:::
"""

_TITLE_LINE = re.compile(r"^title:.*$", re.MULTILINE)


@dataclass(frozen=True)
class NewBrief:
    path: Path
    display: str
    origin: str  # what it was made from, for the message
    problems: list[Problem]


def check_slug(slug: str) -> str:
    """A new brief's name: also its file name and its output file name."""
    if not is_slug(slug):
        raise UsageError(
            f"'{slug}' is not a valid brief name",
            hint="use lowercase letters, digits and '-', starting with a letter or digit, e.g. belarus-trade-2025",
        )
    return slug


def title_from_slug(slug: str) -> str:
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _with_title(text: str, title: str, origin: str) -> str:
    """``text`` with its front matter's title replaced (or added)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise BriefgenError([Problem(origin, 1, "a starter must begin with '---' and front matter")])
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise BriefgenError([Problem(origin, 1, "front matter is not closed by a '---' line")]) from None
    quoted = "title: " + json.dumps(title, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    front = "\n".join(lines[1:end])
    if not _TITLE_LINE.search(front):
        return "\n".join(["---", quoted, *lines[1:]])
    front = _TITLE_LINE.sub(lambda _: quoted, front, count=1)
    return "\n".join(["---", front, *lines[end:]])


def starter_text(root: Path, layout: str) -> tuple[str, str]:
    """The starter for ``layout`` and where it came from."""
    path = root / STARTERS_DIR / f"{check_slug(layout)}.md"
    if path.is_file() and not path.is_symlink():
        return path.read_text(encoding="utf-8"), f"{STARTERS_DIR}/{layout}.md"
    if layout != "brief":
        raise UsageError(
            f"no starter for layout '{layout}' ({STARTERS_DIR}/{layout}.md)", hint="use --from to copy an existing brief instead"
        )
    return BUILT_IN_STARTER, "the built-in starter"


def new_brief(root: Path, slug: str, *, title: str | None = None, copy_from: str | None = None, layout: str = "brief") -> NewBrief:
    """Write ``briefs/<slug>.md`` and report any problem the new file has (it is kept either way)."""
    check_slug(slug)
    display = f"{BRIEFS_DIR}/{slug}.md"
    target = root / display
    if target.exists() or target.is_symlink():
        raise UsageError(f"{display} already exists", hint="choose another name; a new brief never replaces a file")
    if copy_from is not None:
        source = resolve_brief_name(root, copy_from)
        origin = f"{BRIEFS_DIR}/{source}.md"
        text = (root / origin).read_text(encoding="utf-8")
    else:
        text, origin = starter_text(root, layout)
    text = _with_title(text, title or title_from_slug(slug), origin)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: if another process created the file meanwhile, fail rather than overwrite it.
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise UsageError(f"{display} already exists", hint="choose another name; a new brief never replaces a file") from None
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    try:
        load_brief(root, slug)
        problems: list[Problem] = []
    except BriefgenError as exc:
        problems = exc.problems
    return NewBrief(target, display, origin, problems)
