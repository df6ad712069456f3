"""JSON Schema for the files editors write, generated from the pydantic models.

Editors' YAML editors (VS Code with the YAML extension, or anything built on
yaml-language-server) read a ``# yaml-language-server: $schema=…`` line and
then complete field names and flag mistakes as the editor types.  The schemas
are generated from :mod:`briefgen.corpus.models`, where each field is declared once
with its description, and committed under ``schemas/``; a test fails when
the committed files differ from what the code generates (``briefgen schema``
rewrites them).

briefgen reads every YAML scalar as text, so ``date: 2019`` and
``amount: 50200000`` are as good as their quoted forms.  A YAML editor, though,
sees a bare ``2019`` as a number; so wherever a bare number would be a valid
value of a text field, the schema accepts a number too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from briefgen.corpus.models import BriefMeta, Fact, Source, Vocabulary

SCHEMA_DIR = "schemas"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Fields of a model that are not written in its file's front matter.
_NOT_IN_FRONT_MATTER: dict[type[BaseModel], tuple[str, ...]] = {Source: ("body",)}


def _model_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation")
    properties: dict[str, Any] = schema.get("properties", {})
    for name in _NOT_IN_FRONT_MATTER.get(model, ()):
        properties.pop(name, None)
        if name in schema.get("required", []):
            schema["required"].remove(name)
    for name, field in model.model_fields.items():
        spec = properties.get(name)
        if spec is not None and not field.is_required() and field.default is None and not _allows_null(spec):
            # `as_of:` with nothing after it is null to a YAML editor, and empty to briefgen.
            spec["anyOf"] = [{k: spec.pop(k) for k in list(spec) if k not in {"default", "description", "title"}}, {"type": "null"}]
    return schema


def _allows_null(spec: dict[str, Any]) -> bool:
    kinds = spec.get("type")
    return kinds == "null" or (isinstance(kinds, list) and "null" in kinds) or any(_allows_null(o) for o in spec.get("anyOf", []))


def _accept_bare_numbers(node: Any) -> None:
    """Let a text field whose pattern a bare number satisfies accept that number too."""
    if isinstance(node, dict):
        pattern = node.get("pattern")
        if node.get("type") == "string" and isinstance(pattern, str):
            types = ["string"]
            if re.search(pattern, "2019"):
                types.append("integer")
            if re.search(pattern, "1.5"):
                types = ["string", "number"]
            if len(types) > 1:
                node["type"] = types
        for value in node.values():
            _accept_bare_numbers(value)
    elif isinstance(node, list):
        for value in node:
            _accept_bare_numbers(value)


def _document(schema: dict[str, Any], *, name: str, title: str, description: str) -> dict[str, Any]:
    _accept_bare_numbers(schema)
    head = {"$schema": DIALECT, "$id": f"{name}", "title": title, "description": description}
    return {**head, **{k: v for k, v in schema.items() if k not in {"title", "description"}}}


def schema_documents() -> dict[str, dict[str, Any]]:
    """Every schema, by file name (as referenced from the files they describe)."""
    fact = _model_schema(Fact)
    definitions = fact.pop("$defs", {})
    definitions["Fact"] = fact
    fact_file = {"type": "array", "items": {"$ref": "#/$defs/Fact"}, "$defs": definitions}
    return {
        "fact-file.schema.json": _document(
            fact_file,
            name="fact-file.schema.json",
            title="briefgen facts file (facts/<theme>.yaml)",
            description="A list of facts: each a claim backed by a verbatim quote from one archived source. See docs/corpus.md.",
        ),
        "source.schema.json": _document(
            _model_schema(Source),
            name="source.schema.json",
            title="briefgen archived source front matter (facts/sources/<id>.md)",
            description="The metadata above an archived article's text. State only what the text itself states; leave the rest empty.",
        ),
        "brief.schema.json": _document(
            _model_schema(BriefMeta),
            name="brief.schema.json",
            title="briefgen brief front matter (briefs/<slug>.md)",
            description="The fields between the '---' lines at the top of a brief. See docs/editing.md.",
        ),
        "vocabulary.schema.json": _document(
            _model_schema(Vocabulary),
            name="vocabulary.schema.json",
            title="briefgen topic vocabulary (facts/vocabulary.yaml)",
            description="The topics facts may carry, each with a one-line description.",
        ),
    }


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as committed: sorted keys are not used, so fields keep the models' order."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the files that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, schema in schema_documents().items():
        path = folder / name
        text = schema_text(schema)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            from briefgen.atomic import write_atomic

            write_atomic(path, text.encode("utf-8"))
            changed.append(path)
    return changed


def stale_schemas(folder: Path) -> list[str]:
    """Names of the schemas in ``folder`` that are missing or differ from the models."""
    stale = []
    for name, schema in schema_documents().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(schema):
            stale.append(name)
    return stale


def _type_label(spec: dict[str, Any]) -> str:
    if "enum" in spec:
        return " or ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    kinds = spec.get("type")
    if kinds == "array":
        return "list of " + _type_label(spec.get("items", {})) + "s"
    if isinstance(kinds, list):
        kinds = kinds[0]
    if spec.get("format") == "date" or r"\d{4}-\d{2}-\d{2}" in str(spec.get("pattern", "")):
        return "date (YYYY-MM-DD)"
    if "pattern" in spec and kinds == "string" and spec["pattern"].startswith("^[a-z0-9]"):
        return "slug"
    if "anyOf" in spec:
        return " or ".join(_type_label(option) for option in spec["anyOf"] if option.get("type") != "null")
    return {"string": "text", "integer": "whole number", "boolean": "true or false", "number": "number"}.get(str(kinds), str(kinds))


def _fields(model: type[BaseModel]) -> Iterator[tuple[str, str, str, str]]:
    properties = _model_schema(model).get("properties", {})
    for name, field in model.model_fields.items():
        if name not in properties:
            continue
        spec = properties[name]
        if field.is_required():
            default = "required"
        elif field.default_factory is not None:
            default = "`[]`"
        elif field.default is None:
            default = "empty"
        else:
            value = field.default
            default = f"`{str(value).lower() if isinstance(value, bool) else value}`"
        yield name, _type_label(spec), default, field.description or ""


def fields_markdown(model: type[BaseModel] = BriefMeta) -> str:
    """A Markdown table of a model's fields (for docs/editing.md), from the model itself."""
    lines = ["| field | what to write | if left out | meaning |", "|---|---|---|---|"]
    for name, kind, default, description in _fields(model):
        text = description.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
        lines.append(f"| `{name}` | {kind} | {default} | {text} |")
    return "\n".join(lines) + "\n"
