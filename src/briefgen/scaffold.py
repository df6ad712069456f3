"""Starting a new brief: from a kind's or a layout's starter, or as a copy of an existing brief.

A starter is an ordinary brief file, ``templates/starters/<name>.md``, that
editors can change like any other template; when a project has none for the
standard layout, the built-in one below is used.  The kinds of brief
(``pre-visit``, ``standing``, ``topic-note``) each have a starter built only
from helpers and partials, so that the answers to ``briefgen new``'s questions
(title, topics, entities, as-of date, occasion) make a brief that builds and
passes ``check`` at once.  Only those front-matter lines are rewritten, so
everything else in the starter or the copied brief — the other fields, the
narrative, the comments — arrives exactly as written.  A new brief never
replaces a file: the name must be free.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, Problem, UsageError
from briefgen.project import BRIEF_KINDS, BRIEFS_DIR, is_slug
from briefgen.render.brief import load_brief, resolve_brief_name
from briefgen.text.english import slug_in_words

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

_FIELD_LINE = r"^{}:.*$"


@dataclass(frozen=True)
class Answers:
    """What the editor said about the new brief; None leaves the starter's own line."""

    title: str | None = None
    topics: tuple[str, ...] | None = None
    entities: tuple[str, ...] | None = None
    as_of: dt.date | None = None
    occasion: str | None = None
    summary_of: str | None = None

    def fields(self) -> dict[str, str]:
        """Front-matter lines to write, as YAML values (JSON strings and lists are YAML flow scalars)."""
        values: dict[str, object] = {
            "title": self.title,
            "topics": list(self.topics) if self.topics is not None else None,
            "entities": list(self.entities) if self.entities is not None else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "occasion": self.occasion,
            "summary_of": self.summary_of,
        }
        return {key: json.dumps(value, ensure_ascii=False) for key, value in values.items() if value is not None}


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
    """A new brief's default title: its name in words."""
    return slug_in_words(slug)


def _with_fields(text: str, fields: dict[str, str], origin: str) -> str:
    """``text`` with the given front-matter lines replaced (or added after the title)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise BriefgenError([Problem(origin, 1, "a starter must begin with '---' and front matter")])
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise BriefgenError([Problem(origin, 1, "front matter is not closed by a '---' line")]) from None
    front = "\n".join(lines[1:end])
    for key, value in fields.items():
        line = f"{key}: {value}"
        pattern = re.compile(_FIELD_LINE.format(re.escape(key)), re.MULTILINE)
        literal = line.replace("\\", "\\\\")  # re.sub reads backslashes in a replacement: keep them as written
        front = pattern.sub(literal, front, count=1) if pattern.search(front) else f"{front}\n{line}".lstrip("\n")
    return "\n".join(["---", front, *lines[end:]])


def starter_text(root: Path, layout: str, kind: str | None = None) -> tuple[str, str]:
    """The starter for a kind of brief (else for ``layout``) and where it came from."""
    if kind is not None:
        if kind not in BRIEF_KINDS:
            raise UsageError(f"unknown kind of brief '{kind}'", hint=f"use one of {', '.join(BRIEF_KINDS)}")
        path = root / STARTERS_DIR / f"{kind}.md"
        if not path.is_file() or path.is_symlink():
            raise UsageError(f"no starter for kind '{kind}' ({STARTERS_DIR}/{kind}.md)", hint="restore it from briefgen's templates")
        return path.read_text(encoding="utf-8"), f"{STARTERS_DIR}/{kind}.md"
    path = root / STARTERS_DIR / f"{check_slug(layout)}.md"
    if path.is_file() and not path.is_symlink():
        return path.read_text(encoding="utf-8"), f"{STARTERS_DIR}/{layout}.md"
    if layout != "brief":
        raise UsageError(
            f"no starter for layout '{layout}' ({STARTERS_DIR}/{layout}.md)", hint="use --from to copy an existing brief instead"
        )
    return BUILT_IN_STARTER, "the built-in starter"


def check_topics(root: Path, topics: tuple[str, ...]) -> None:
    """Topics the editor named must be in facts/vocabulary.yaml: a usage error, with the nearest name, before anything is written."""
    from briefgen.corpus.loader import load_corpus

    known = load_corpus(root).vocabulary.topics
    for topic in topics:
        if topic not in known:
            close = difflib.get_close_matches(topic, list(known), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "see facts/vocabulary.yaml for the topics"
            raise UsageError(f"unknown topic '{topic}'", hint=hint)


def new_brief(
    root: Path,
    slug: str,
    *,
    title: str | None = None,
    copy_from: str | None = None,
    layout: str = "brief",
    kind: str | None = None,
    answers: Answers | None = None,
) -> NewBrief:
    """Write ``briefs/<slug>.md`` and report any problem the new file has (it is kept either way)."""
    check_slug(slug)
    answers = answers or Answers()
    if answers.topics:
        check_topics(root, answers.topics)
    display = f"{BRIEFS_DIR}/{slug}.md"
    target = root / display
    if target.exists() or target.is_symlink():
        raise UsageError(f"{display} already exists", hint="choose another name; a new brief never replaces a file")
    summary_of = None
    if kind == "summary":
        if copy_from is None:
            raise UsageError("a summary needs the brief it summarises", hint="add --from BRIEF, e.g. --kind summary --from my-brief")
        summary_of, copy_from = resolve_brief_name(root, copy_from), None
    if copy_from is not None:
        source = resolve_brief_name(root, copy_from)
        origin = f"{BRIEFS_DIR}/{source}.md"
        text = (root / origin).read_text(encoding="utf-8")
    else:
        text, origin = starter_text(root, layout, kind)
    fields = Answers(
        title or answers.title or title_from_slug(slug), answers.topics, answers.entities, answers.as_of, answers.occasion, summary_of
    )
    text = _with_fields(text, fields.fields(), origin)
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
