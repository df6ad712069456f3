"""The archived source file: its front matter and verbatim body, written and read back before it is kept.

``sources add`` writes what it read of a page as a Markdown file with front
matter; the file is then read back exactly as the corpus loader reads it, so a
file that would not load, or load as something else, is never written.
"""

from __future__ import annotations

from pydantic import ValidationError

from briefgen.errors import BriefgenError
from briefgen.loading.yamlwrite import folded_lines, plain_or_quoted, quoted


def render_source(fields: dict[str, str], notes: str, body: str) -> str:
    """The archived file, in the corpus's layout: front matter, then the body verbatim."""
    lines = [
        "---",
        f"id: {fields['id']}",
        f"title: {quoted(fields['title'])}",
        f"outlet: {quoted(fields['outlet'])}",
        f"published: {fields['published'] or quoted('')}",
        f"author: {quoted(fields['author'])}",
        f"url: {quoted(fields['url'])}",
        f"place: {plain_or_quoted(fields['place']) if fields['place'] else quoted('')}",
        "notes: >-",
        *(f"  {line}" for line in folded_lines(notes)),
        "---",
    ]
    return "\n".join(lines) + "\n" + body


def verify_round_trip(text: str, fields: dict[str, str], notes: str, body: str, display: str) -> None:
    """Read the file back as the corpus loader will; a mismatch is a bug, not the editor's."""
    from briefgen.corpus.models import Source, control_character_problem
    from briefgen.loading.frontmatter import split_front_matter

    parsed = split_front_matter(text, display)
    data = parsed.meta.data
    if not isinstance(data, dict) or parsed.body != body:
        raise RuntimeError(f"{display}: the archived file does not read back as written")
    expected = {**fields, "notes": notes}
    if {k: data.get(k) for k in expected} != expected:
        raise RuntimeError(f"{display}: the front matter does not read back as written")
    control = control_character_problem(parsed.body)
    if control is not None:
        raise BriefgenError.single(
            display,
            None,
            f"the article text {control[1]} (line {control[0]} of the body)",
            hint="save the page, edit it out, and add the file",
        )
    try:
        Source.model_validate({**data, "body": parsed.body})
    except ValidationError as exc:  # a field over its bound (a very long headline, say): say which, write nothing
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        raise BriefgenError.single(display, None, f"the archived article would not pass check: field '{field}': {message}") from None
