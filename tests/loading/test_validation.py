"""Pydantic's errors as ``path:line: message`` problems an editor can act on."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from briefgen.corpus.models import Fact, Source, Vocabulary
from briefgen.errors import Problem
from briefgen.loading.validation import validate_item
from briefgen.loading.yamlload import load_yaml

GOOD = """- id: good
  claim: A claim.
  source: mini-source
  quote: a quote
  date: "2025-01"
  topics: [trade]
"""


def problems_for(text: str, model: type[Any] = Fact, base: tuple[str | int, ...] = (0,)) -> list[str]:
    loaded = load_yaml(text, "facts/x.yaml")
    data: Any = loaded.data
    for part in base:
        data = data[part]
    item, problems = validate_item(model, data, loaded, base, "facts/x.yaml", "fact 'x'")
    assert (item is None) == bool(problems)
    return [p.format() for p in problems]


def test_valid_item() -> None:
    loaded = load_yaml(GOOD, "facts/x.yaml")
    fact, problems = validate_item(Fact, loaded.data[0], loaded, (0,), "facts/x.yaml", "fact 'good'")  # type: ignore[index]
    assert problems == []
    assert fact is not None and fact.id == "good" and fact.kind == "statement"


def test_missing_field_points_at_the_item() -> None:
    assert problems_for("- id: x\n  claim: A claim.\n") == [
        "facts/x.yaml:1: fact 'x': missing field 'source'",
        "facts/x.yaml:1: fact 'x': missing field 'quote'",
        "facts/x.yaml:1: fact 'x': missing field 'date'",
        "facts/x.yaml:1: fact 'x': missing field 'topics'",
    ]


def test_missing_nested_field_points_at_its_mapping() -> None:
    text = GOOD + "  value:\n    metric: trade-volume\n    unit: USD\n"
    assert problems_for(text) == ["facts/x.yaml:7: fact 'x': field 'value': give amount, or low and/or high"]


def test_unknown_field_with_a_close_match() -> None:
    assert problems_for(GOOD + "  topcis: [trade]\n") == ["facts/x.yaml:7: fact 'x': unknown field 'topcis' (hint: did you mean 'topics'?)"]


def test_unknown_field_without_a_close_match_lists_the_known_ones() -> None:
    [line] = problems_for(GOOD + "  colour: blue\n")
    assert line.startswith(
        "facts/x.yaml:7: fact 'x': unknown field 'colour' (hint: known fields: id, claim, source, quote, date, kind, topics"
    )


def test_unknown_nested_field() -> None:
    text = GOOD + "  value:\n    metric: m\n    amount: '1'\n    unit: USD\n    periood: '2019'\n"
    assert problems_for(text) == ["facts/x.yaml:11: fact 'x': unknown field 'value.periood' (hint: did you mean 'period'?)"]


def test_list_expected() -> None:
    assert problems_for(GOOD.replace("topics: [trade]", "topics: trade")) == ["facts/x.yaml:6: fact 'x': field 'topics' must be a list"]


def test_mapping_expected() -> None:
    assert problems_for(GOOD + "  value: fifty million\n") == [
        "facts/x.yaml:7: fact 'x': field 'value' must be a mapping of names to values"
    ]
    loaded = load_yaml("topics: [a, b]\n", "facts/vocabulary.yaml")
    _, problems = validate_item(Vocabulary, loaded.data, loaded, (), "facts/vocabulary.yaml", "vocabulary")
    assert [p.format() for p in problems] == ["facts/vocabulary.yaml:1: vocabulary: field 'topics' must be a mapping of names to values"]


def test_text_expected() -> None:
    assert problems_for(GOOD.replace("claim: A claim.", "claim: [A, claim]")) == [
        "facts/x.yaml:2: fact 'x': field 'claim' must be text, not a list or mapping"
    ]


def test_choice_expected() -> None:
    assert problems_for(GOOD + "  kind: rumour\n") == [
        "facts/x.yaml:7: fact 'x': field 'kind': Input should be 'event', 'plan', 'figure' or 'statement'"
    ]


def test_item_in_a_list_points_at_its_own_line() -> None:
    text = GOOD.replace("topics: [trade]", "topics:\n    - trade\n    - NO\n")
    assert problems_for(text) == [
        "facts/x.yaml:8: fact 'x': field 'topics[1]': 'NO' is not a valid id: "
        "use lowercase letters, digits and '-', starting with a letter or digit"
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('date: "2025-01"', "date: 2025-02-30"), "facts/x.yaml:5: fact 'x': field 'date': '2025-02-30': February 2025 has no day 30"),
        (("quote: a quote", "quote: '   '"), "facts/x.yaml:4: fact 'x': field 'quote': must not be empty"),
        (("id: good", "id: Good!"), "facts/x.yaml:1: fact 'x': field 'id': 'Good!' is not a valid id"),
    ],
)
def test_value_errors_lose_pydantics_prefix(change: tuple[str, str], message: str) -> None:
    [line] = problems_for(GOOD.replace(*change))
    assert line.startswith(message)
    assert "Value error" not in line


def test_amount_and_flag() -> None:
    text = GOOD + "  draft: maybe\n  value:\n    metric: m\n    amount: about fifty\n    unit: USD\n"
    assert problems_for(text) == [
        "facts/x.yaml:10: fact 'x': field 'value.amount': 'about fifty' is not a number (write digits, e.g. 50200000 or 1.5)",
        "facts/x.yaml:7: fact 'x': field 'draft': 'maybe' is not true or false",
    ]


def test_every_error_of_an_item_is_reported() -> None:
    text = "- id: Bad Id\n  claim: ''\n  source: s\n  quote: q\n  date: soon\n  topics: []\n"
    assert len(problems_for(text)) == 4  # id, claim, date, topics


def test_source_front_matter_with_offset() -> None:
    loaded = load_yaml("id: s\nurl: 'javascript:alert(1)'\npublished: '2025-02'\n", "facts/sources/s.md", line_offset=1)
    source, problems = validate_item(Source, {**loaded.data, "body": "x"}, loaded, (), "facts/sources/s.md", "source")  # type: ignore[dict-item]
    assert source is None
    assert [p.format() for p in problems] == [
        "facts/sources/s.md:4: source: field 'published': '2025-02' must be a full date, YYYY-MM-DD",
        "facts/sources/s.md:3: source: field 'url': 'javascript:alert(1)' is not a web address (write https://…)",
    ]
    assert all(isinstance(p, Problem) for p in problems)


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str


class _Holder(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[_Item]
    by_name: dict[str, _Item] = {}
    note: str = ""


def test_unknown_field_hint_inside_lists_and_mappings_of_models() -> None:
    text = "items:\n  - label: a\n  - lable: b\nby_name:\n  first:\n    labl: c\n"
    loaded = load_yaml(text, "x.yaml")
    _, problems = validate_item(_Holder, loaded.data, loaded, (), "x.yaml", "holder")
    assert [p.format() for p in problems] == [
        "x.yaml:3: holder: missing field 'items[1].label'",
        "x.yaml:3: holder: unknown field 'items[1].lable' (hint: did you mean 'label'?)",
        "x.yaml:5: holder: missing field 'by_name.first.label'",
        "x.yaml:6: holder: unknown field 'by_name.first.labl' (hint: did you mean 'label'?)",
    ]


def test_model_at() -> None:
    from briefgen.corpus.models import Value
    from briefgen.loading.validation import _model_at

    assert _model_at(Fact, ()) is Fact
    assert _model_at(Fact, ("value",)) is Value
    assert _model_at(Fact, ("claim",)) is Fact  # not a model: the search stops
    assert _model_at(Fact, ("nothing",)) is Fact
    assert _model_at(_Holder, ("items", 3)) is _Item
