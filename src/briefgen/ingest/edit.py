"""``sources edit``: fix an archived source's metadata in place, and rename its id everywhere it is cited.

Before this, a wrong outlet or date could only be fixed by deleting the file
(re-adding is refused as a duplicate).  The edit is textual: only the
front-matter lines of the fields given are rewritten, the body stays byte for
byte, the change is recorded in ``notes``; a new id renames the file and the
``source:`` lines of every fact file that cites the old one, keeping their
comments and layout.  All files change together or none do
(:func:`briefgen.atomic.replace_all_atomic`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import replace_all_atomic
from briefgen.errors import BriefgenError, UsageError
from briefgen.loading.yamlwrite import folded_lines, plain_or_quoted, quoted
from briefgen.project import SOURCES_DIR, is_slug, is_web_address

FIELDS = ("title", "outlet", "published", "author", "url", "place")
_FACT_GLOBS = ("facts/*.yaml", "facts/drafts/*.yaml")


@dataclass
class EditResult:
    """What ``sources edit`` changed (or would change, in a dry run)."""

    source_path: str
    new_source_path: str
    changes: list[str]
    rewritten: dict[str, int] = field(default_factory=dict)  # fact file → number of source: lines rewritten
    texts: dict[str, str] = field(default_factory=dict)  # every file written, by display path


def _formatted(key: str, value: str) -> str:
    if key == "published":
        return value or quoted("")
    if key == "place":
        return plain_or_quoted(value) if value else quoted("")
    return quoted(value)


def _split(text: str, display: str) -> tuple[list[str], str]:
    """The front-matter lines (without the fences) and the body, exactly as in the file."""
    if not text.startswith("---\n"):
        raise BriefgenError.single(display, 1, "the file does not start with a '---' front-matter line", hint="edit it by hand first")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise BriefgenError.single(display, 1, "the front matter has no closing '---' line", hint="edit it by hand first")
    return text[4 : end + 1].splitlines(), text[end + 5 :]


def _entry_span(lines: list[str], key: str) -> tuple[int, int] | None:
    """The lines of a top-level key and its continuation (indented) lines."""
    for start, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            end = start + 1
            while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
                end += 1
            return start, end
    return None


def _set(lines: list[str], key: str, rendered: list[str]) -> list[str]:
    span = _entry_span(lines, key)
    if span is None:
        notes = _entry_span(lines, "notes")
        at = notes[0] if notes is not None else len(lines)
        return lines[:at] + rendered + lines[at:]
    return lines[: span[0]] + rendered + lines[span[1] :]


def _unknown(root: Path, source_id: str) -> UsageError:
    known = sorted(p.stem for p in (root / SOURCES_DIR).glob("*.md"))
    close = difflib.get_close_matches(source_id, known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else "list them with ls facts/sources/"
    return UsageError(f"unknown source '{source_id}': there is no {SOURCES_DIR}/{source_id}.md", hint=hint)


def _rewrite_citations(text: str, old: str, new: str) -> tuple[str, int]:
    """``text`` with every ``source: OLD`` value replaced by NEW (quotes, comments and indentation kept)."""
    pattern = re.compile(rf"^(\s*(?:-\s+)?source:[ \t]*)([\"']?){re.escape(old)}\2([ \t]*(?:#.*)?)$", re.MULTILINE)
    return pattern.subn(lambda m: f"{m.group(1)}{m.group(2)}{new}{m.group(2)}{m.group(3)}", text)


def edit_source(root: Path, source_id: str, values: dict[str, str], new_id: str | None, *, dry_run: bool = False) -> EditResult:
    """Rewrite the given front-matter fields of one source (and its id across the facts); raise before changing anything."""
    from briefgen.corpus.models import Source
    from briefgen.loading.frontmatter import split_front_matter

    path = root / SOURCES_DIR / f"{source_id}.md"
    display = f"{SOURCES_DIR}/{source_id}.md"
    if not is_slug(source_id) or not path.is_file():
        raise _unknown(root, source_id)
    if new_id is not None:
        if not is_slug(new_id):
            raise UsageError(f"--id '{new_id}' is not a valid id: use lowercase letters, digits and '-'")
        if new_id != source_id and (root / SOURCES_DIR / f"{new_id}.md").exists():
            raise UsageError(f"--id '{new_id}' is taken: {SOURCES_DIR}/{new_id}.md already exists", hint="choose another id")
    if not values and (new_id is None or new_id == source_id):
        raise UsageError("nothing to change: give at least one of --outlet, --published, --title, --author, --url, --place, --id")
    if "url" in values and values["url"] and not is_web_address(values["url"]):
        raise UsageError(f"--url '{values['url']}' is not a web address (write https://…)")

    text = path.read_text(encoding="utf-8")
    data = split_front_matter(text, display).meta.data
    if not isinstance(data, dict):
        raise BriefgenError.single(display, 1, "the front matter is not a mapping of fields", hint="edit it by hand first")
    lines, body = _split(text, display)
    changes: list[str] = []
    for key in FIELDS:
        if key in values:
            value = " ".join(values[key].split())
            lines = _set(lines, key, [f"{key}: {_formatted(key, value)}"])
            changes.append(f"{key} set to {quoted(value)}" if key != "published" else f"published set to {value}")
    target_id = new_id if new_id is not None else source_id
    if target_id != source_id:
        lines = _set(lines, "id", [f"id: {target_id}"])
        changes.append(f"id changed from '{source_id}' to '{target_id}'")
    old_notes = data.get("notes") if isinstance(data.get("notes"), str) else ""
    record = f"Edited: {'; '.join(changes)} by the editor."
    notes = f"{old_notes} {record}".strip()
    lines = _set(lines, "notes", ["notes: >-", *(f"  {line}" for line in folded_lines(notes))])
    new_text = "---\n" + "\n".join(lines) + "\n---\n" + body

    new_display = f"{SOURCES_DIR}/{target_id}.md"
    parsed = split_front_matter(new_text, new_display)  # read back as the corpus will; a mismatch is a bug
    new_data = parsed.meta.data
    expected = {**{k: " ".join(v.split()) for k, v in values.items()}, "id": target_id, "notes": notes}
    if parsed.body != body or not isinstance(new_data, dict) or any(str(new_data.get(k) or "") != v for k, v in expected.items()):
        raise RuntimeError(f"{display}: the edited front matter does not read back as written")
    try:
        Source.model_validate({**new_data, "body": parsed.body})
    except ValueError as exc:
        raise BriefgenError.single(display, None, f"the edited source would not pass check: {exc}".splitlines()[0]) from None

    result = EditResult(display, new_display, changes, texts={new_display: new_text})
    if target_id != source_id:
        for pattern in _FACT_GLOBS:
            for fact_path in sorted(root.glob(pattern)):
                fact_text = fact_path.read_text(encoding="utf-8")
                rewritten, count = _rewrite_citations(fact_text, source_id, target_id)
                if count:
                    relative = fact_path.relative_to(root).as_posix()
                    result.rewritten[relative] = count
                    result.texts[relative] = rewritten
    if not dry_run:
        files = {root / name: content.encode("utf-8") for name, content in result.texts.items()}
        replace_all_atomic(files, remove=[path] if target_id != source_id else [])
    return result
