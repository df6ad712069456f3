"""The catalogue of what templates can use: helpers, filters, the records they return, and the partials.

Each helper (:class:`briefgen.render.helpers.Helpers`) and filter
(:data:`briefgen.render.wording.FILTERS`) documents itself: the docstring's first
line says what it does and its ``Example:`` line shows it in use.  This module
reads them back for ``briefgen helpers`` and for docs/editing.md, so the list
cannot drift from the code; a test fails when a helper or filter lacks either line.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.loading.projectfile import read_project_text
from briefgen.project import PARTIALS_DIR


@dataclass(frozen=True)
class Entry:
    """One helper or filter as editors see it."""

    kind: str  # "helper" or "filter"
    name: str
    usage: str
    description: str
    example: str


def _describe(function: Callable[..., Any]) -> tuple[str, str]:
    """The docstring's first line and its ``Example:`` line (empty when missing)."""
    lines = [line.strip() for line in (inspect.getdoc(function) or "").splitlines()]
    summary = lines[0] if lines else ""
    examples = [line.removeprefix("Example:").strip() for line in lines if line.startswith("Example:")]
    return summary, examples[0] if examples else ""


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value)


def _usage(name: str, function: Callable[..., Any], *, as_filter: bool) -> str:
    """``name(arguments)`` for a helper, ``value | name(arguments)`` for a filter (its value comes first)."""
    parameters = list(inspect.signature(function).parameters.values())[1:]  # the helper's self, the filter's value
    parts = []
    for parameter in parameters:
        if parameter.name == "locale":
            continue  # the brief's language decides it
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            parts.append(f"{parameter.name}…")
        elif parameter.default is inspect.Parameter.empty:
            parts.append(parameter.name)
        else:
            parts.append(f"{parameter.name}={_value(parameter.default)}")
    if as_filter:
        return f"value | {name}" + (f"({', '.join(parts)})" if parts else "")
    return f"{name}({', '.join(parts)})"


def catalog() -> list[Entry]:
    """Every helper, then every filter, in the order the code declares them."""
    from briefgen.render.helpers import HELPER_NAMES, Helpers
    from briefgen.render.wording import FILTERS

    entries = []
    for name in HELPER_NAMES:
        function: Callable[..., Any] = getattr(Helpers, name)
        summary, example = _describe(function)
        entries.append(Entry("helper", name, _usage(name, function, as_filter=False), summary, example))
    for name, filter_function in FILTERS.items():
        function = typing.cast(Callable[..., Any], filter_function)
        summary, example = _describe(function)
        entries.append(Entry("filter", name, _usage(name, function, as_filter=True), summary, example))
    return entries


@dataclass(frozen=True)
class PartialEntry:
    """A partial as its header comment describes it."""

    name: str  # as included: partials/timeline.md.j2
    summary: str
    variables: tuple[str, ...]
    example: str


_HEADER = re.compile(r"\A\{#-?(.*?)-?#\}", re.S)
_VARIABLE = re.compile(r"^\s+([a-z][a-z0-9_]*)\s{2,}\S")


def partial_entries(root: Path) -> list[PartialEntry]:
    """Every partial under templates/partials/, from the comment at its top.

    By convention that comment opens with what the partial shows, lists the
    variables it reads under "Variables read", and ends with "Example:".
    """
    folder = root / PARTIALS_DIR
    entries = []
    for path in sorted(folder.glob("*.j2")) if folder.is_dir() else []:
        if path.is_symlink():
            continue
        text, _ = read_project_text(root, path, path.relative_to(root).as_posix())
        if text is None:
            continue  # not a file that can be read: the build names it when a brief includes it
        match = _HEADER.match(text)
        comment = match.group(1) if match else ""
        lines = [line.rstrip() for line in comment.splitlines()]
        text = " ".join(line.strip() for line in lines).strip()
        summary = re.split(r"(?<=[a-z)'’])\.(?:\s|$)", text, maxsplit=1)[0].strip()
        summary = summary + "." if summary and not summary.endswith(".") else summary
        variables: list[str] = []
        reading = False
        for line in lines:
            if "Variables read" in line:
                reading = True
            elif line.strip().startswith("Example:"):
                reading = False
            elif reading and (found := _VARIABLE.match(line)):
                variables.append(found.group(1))
        example = ""
        if "Example:" in comment:
            example = " ".join(part.strip() for part in comment.split("Example:", 1)[1].strip().splitlines()).strip()
            example = example.split(" (", 1)[0].strip() if example.count("{%") else example
        elif "{% import" in comment:
            example = "{% import" + comment.split("{% import", 1)[1].split("%}", 1)[0] + "%}"
        entries.append(PartialEntry(f"partials/{path.name}", summary, tuple(variables), example))
    return entries


def _records_in(annotation: Any) -> list[type[Any]]:
    """The dataclasses a type annotation mentions (``list[FactView]``, ``FactView | None``…)."""
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return [annotation]
    return [record for argument in typing.get_args(annotation) for record in _records_in(argument)]


def record_fields() -> dict[str, list[str]]:
    """What a template can read from the records helpers return, from the code's own type hints and fields.

    Each record is named after its class (``FactView`` → "fact") with the
    helpers that return it; records inside records (a fact's ``source``)
    are followed too.
    """
    from briefgen.render.helpers import HELPER_NAMES, Helpers

    returned_by: dict[type[Any], list[str]] = {}
    pending: list[tuple[type[Any], str | None]] = []
    for name in HELPER_NAMES:
        hints = typing.get_type_hints(getattr(Helpers, name))
        pending += [(record, f"{name}()") for record in _records_in(hints.get("return"))]
    while pending:
        record, via = pending.pop(0)
        seen = record in returned_by
        users = returned_by.setdefault(record, [])
        if via and via not in users:
            users.append(via)
        if seen:
            continue
        hints = typing.get_type_hints(record)
        label = _record_name(record).replace(" ", "_")
        for field in dataclasses.fields(record):
            pending += [(inner, f"{label}.{field.name}") for inner in _records_in(hints.get(field.name))]
    found = {}
    for record, users in returned_by.items():
        names = [f.name for f in dataclasses.fields(record)]
        names += [n for n, v in vars(record).items() if isinstance(v, property) and not n.startswith("_")]
        found[f"{_record_name(record)} ({', '.join(users)})"] = names
    return found


def _record_name(record: type[Any]) -> str:
    """``FactView`` → "fact", ``PartialDate`` → "partial date"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", record.__name__.removesuffix("View")).lower()


def plain_text(root: Path | None = None) -> str:
    out = []
    for kind, heading in (
        ("helper", "Helpers: call them inside {{ }} or {% %}"),
        ("filter", "Filters: write them after a value, {{ value | name }}"),
    ):
        out.append(heading)
        for entry in (e for e in catalog() if e.kind == kind):
            out += [f"  {entry.usage}", f"      {entry.description}", f"      Example: {entry.example}"]
        out.append("")
    out.append("Fields of what the helpers return: write {{ f.claim }}, {{ f.source.outlet }}, …")
    for label, names in record_fields().items():
        out.append(f"  {label}: {', '.join(names)}")
    partials = partial_entries(root) if root is not None else []
    if partials:
        out += ["", "Partials in templates/partials/: include them, setting the variables they read first"]
        for partial in partials:
            out.append(f"  {partial.name}")
            out.append(f"      {partial.summary}")
            if partial.variables:
                out.append(f"      Reads: {', '.join(partial.variables)}")
            out.append(f"      Example: {partial.example}")
    return "\n".join(out) + "\n"


def markdown() -> str:
    """The helpers, filters and record fields as Markdown tables, embedded in docs/editing.md."""
    out = []
    for kind, heading in (("helper", "Helpers"), ("filter", "Filters")):
        out += [f"**{heading}**", "", "| use | what it does | example |", "|---|---|---|"]
        for entry in (e for e in catalog() if e.kind == kind):
            out.append(f"| `{_cell(entry.usage)}` | {_text(entry.description)} | `{_cell(entry.example)}` |")
        out.append("")
    out += ["**Fields of what the helpers return**", "", "| record | fields |", "|---|---|"]
    for label, names in record_fields().items():
        out.append(f"| {_text(label)} | {', '.join(f'`{n}`' for n in names)} |")
    return "\n".join(out) + "\n"


def partials_markdown(root: Path) -> str:
    """The project's partials as a Markdown table, embedded in docs/editing.md."""
    out = ["| partial | what it shows | variables it reads | example |", "|---|---|---|---|"]
    for partial in partial_entries(root):
        names = ", ".join(f"`{v}`" for v in partial.variables) or "none"
        out.append(f"| `{partial.name}` | {_text(partial.summary)} | {names} | `{_cell(partial.example)}` |")
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    """Text for a table cell inside backticks."""
    return text.replace("|", "\\|")


def _text(text: str) -> str:
    """Text for a table cell outside backticks: no '<' that Markdown would read as a tag."""
    return _cell(text).replace("<", "&lt;").replace(">", "&gt;")
