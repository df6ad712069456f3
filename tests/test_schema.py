"""JSON Schemas: committed files equal what the models generate, and they describe the real files.

The schemas are what editors' YAML editors check files against as they
type, so they must accept every file the project holds and flag the
mistakes briefgen would refuse (a misspelt field, a bad id, a bad kind).  A
small validator for the keywords the schemas use stands in for a full JSON
Schema library.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefgen.corpus.models import BriefMeta, Fact, Source
from briefgen.schema import SCHEMA_DIR, fields_markdown, schema_documents, stale_schemas
from tests.conftest import REPO, run_cli

SCHEMAS = REPO / SCHEMA_DIR
HEADER = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.MULTILINE)


def _errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema 2020-12 the generated schemas use."""
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _errors(value, target, root, where)
    if "anyOf" in schema and all(_errors(value, option, root, where) for option in schema["anyOf"]):
        return [f"{where}: {value!r} matches none of {schema['anyOf']}"]
    found: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        checks = {
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
            "array": lambda v: isinstance(v, list),
            "object": lambda v: isinstance(v, dict),
        }
        if not any(checks[name](value) for name in names):
            return [f"{where}: {value!r} is not {names}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        found.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(value, int) and value < schema["minimum"]:
        found.append(f"{where}: {value} < {schema['minimum']}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(f"{where}: fewer than {schema['minItems']} items")
        for index, item in enumerate(value):
            found += _errors(item, schema.get("items", {}), root, f"{where}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}: missing {name}")
        for name, item in value.items():
            if name in properties:
                found += _errors(item, properties[name], root, f"{where}.{name}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{where}: unknown field {name}")
            elif isinstance(schema.get("additionalProperties"), dict):
                found += _errors(item, schema["additionalProperties"], root, f"{where}.{name}")
        if "propertyNames" in schema:
            for name in value:
                found += _errors(name, schema["propertyNames"], root, f"{where} key {name}")
    return found


def _as_yaml_editor_sees(value: Any) -> Any:
    """YAML 1.2 (what yaml-language-server speaks) has no date type: a bare 2024-11-16 is text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_as_yaml_editor_sees(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_yaml_editor_sees(v) for k, v in value.items()}
    return value


def _front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    head = text.split("\n---", 1)[0].removeprefix("---\n")
    data: dict[str, Any] = _as_yaml_editor_sees(yaml.safe_load(head))
    return data


def _schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return result


def test_committed_schemas_are_what_the_models_generate() -> None:
    assert stale_schemas(SCHEMAS) == [], "schemas/ is out of date: run `briefgen schema` and commit the result"
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(schema_documents())


def test_schema_check_command(tmp_path: Path) -> None:
    assert run_cli("-C", str(REPO), "schema", "--check").code == 0
    (tmp_path / "facts").mkdir()
    written = run_cli("-C", str(tmp_path), "schema")
    assert written.code == 0 and "wrote schemas/fact-file.schema.json" in written.stdout
    (tmp_path / "schemas" / "brief.schema.json").write_text("{}\n", encoding="utf-8")
    stale = run_cli("-C", str(tmp_path), "schema", "--check")
    assert stale.code == 1 and "schemas/brief.schema.json: out of date" in stale.stderr
    outside = run_cli("-C", str(tmp_path), "schema", "--out", "../elsewhere")
    assert outside.code == 2 and not (tmp_path.parent / "elsewhere").exists()


def test_facts_files_name_the_fact_file_schema() -> None:
    for path in sorted((REPO / "facts").glob("*.yaml")):
        if path.name == "vocabulary.yaml":
            continue
        match = HEADER.search(path.read_text(encoding="utf-8"))
        assert match, f"{path.name} has no '# yaml-language-server: $schema=…' line"
        assert (path.parent / match.group(1)).resolve() == SCHEMAS / "fact-file.schema.json", path.name


@pytest.mark.parametrize(
    ("name", "model", "skip"),
    [("brief.schema.json", BriefMeta, set()), ("source.schema.json", Source, {"body"}), ("fact-file.schema.json", Fact, set())],
)
def test_every_model_field_and_no_other(name: str, model: Any, skip: set[str]) -> None:
    schema = _schema(name)
    target = schema["$defs"]["Fact"] if name == "fact-file.schema.json" else schema
    assert set(target["properties"]) == set(model.model_fields) - skip
    assert target["additionalProperties"] is False, "a misspelt field is flagged as the editor types"
    for field, spec in target["properties"].items():
        assert spec.get("description"), f"{name}: {field} has no description to show on hover"


def test_real_files_satisfy_their_schemas() -> None:
    fact_file = _schema("fact-file.schema.json")
    for path in sorted((REPO / "facts").glob("*.yaml")):
        if path.name == "vocabulary.yaml":
            data = _as_yaml_editor_sees(yaml.safe_load(path.read_text(encoding="utf-8")))
            assert _errors(data, _schema("vocabulary.schema.json"), _schema("vocabulary.schema.json")) == []
            continue
        data = _as_yaml_editor_sees(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert _errors(data, fact_file, fact_file) == [], path.name
    source = _schema("source.schema.json")
    for path in sorted((REPO / "facts" / "sources").glob("*.md")):
        assert _errors(_front_matter(path), source, source) == [], path.name
    brief = _schema("brief.schema.json")
    for path in sorted((REPO / "briefs").glob("*.md")):
        assert _errors(_front_matter(path), brief, brief) == [], path.name


def test_schemas_flag_what_briefgen_refuses() -> None:
    fact_file = _schema("fact-file.schema.json")
    good = {
        "id": "trade-2019",
        "claim": "Trade stood at US$50.2 million in 2019.",
        "source": "business-recorder-2024-11-16",
        "quote": "stood at US$50.2 million",
        "date": 2019,  # a bare year: briefgen reads it as text, so the schema accepts it
        "topics": ["trade"],
        "value": {"metric": "trade-volume", "amount": 50200000, "unit": "USD"},
    }
    assert _errors([good], fact_file, fact_file) == []
    for change in ({"kind": "rumour"}, {"id": "Trade 2019"}, {"claimm": "x"}, {"date": "19-05-2019"}, {"topics": []}):
        assert _errors([{**good, **change}], fact_file, fact_file), change
    brief = _schema("brief.schema.json")
    assert _errors({"title": "A brief", "as_of": None, "annex": False}, brief, brief) == []
    assert _errors({"title": "A brief", "subtitel": "x"}, brief, brief)
    assert _errors({"title": "A brief", "schedule": "weekly"}, brief, brief)
    assert _errors({"subtitle": "no title"}, brief, brief)


def test_front_matter_table_comes_from_the_model() -> None:
    table = fields_markdown()
    for name, field in BriefMeta.model_fields.items():
        assert f"| `{name}` |" in table
        assert (field.description or "").replace("<", "&lt;").replace(">", "&gt;") in table
