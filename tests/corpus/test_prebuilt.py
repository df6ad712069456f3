"""Facts validated by a parse worker and rebuilt by the loader: the very facts validation makes."""

from __future__ import annotations

import marshal

import pytest
from pydantic import ValidationError

from briefgen.corpus.models import Fact
from briefgen.corpus.prebuilt import FactBuilder, prebuilt_items
from briefgen.loading.yamlload import load_yaml

TEXT = """\
- id: a
  claim: "A."
  source: s
  quote: "Q."
  date: "2025"
  topics: [x, y]
- id: " b "
  claim: "  Padded.  "
  source: " s "
  quote: "Q."
  date: " 2025-02-03 "
  kind: figure
  topics: [x]
  entities: [Alpha, " Beta "]
  place: "  "
  event: ev
  draft: "yes"
  value:
    metric: m
    low: "1_000.50"
    high: "2E+3"
    approximate: "yes"
    unit: USD
    scale: million
    period: ""
- id: c
  claim: "C."
  source: s
  quote: "Q."
  date: "2025-01"
  kind: plan
  topics: [x]
  value: {metric: n, amount: "-0.000", unit: percent}
- id: Bad_Id
  claim: "Invalid."
  source: s
  quote: "Q."
  date: "2025-13"
  topics: [x]
- plain text
- [a, list]
- id: d
  claim: "No quote."
  source: s
  date: "2025"
  topics: [x]
  colour: red
"""


def _fields(model: object) -> list[tuple[str, type, str]]:
    return [(name, type(value), repr(value)) for name, value in vars(model).items()]


def test_valid_facts_become_rows_and_the_rest_stays_as_parsed() -> None:
    data = load_yaml(TEXT, "facts/a.yaml").data
    assert isinstance(data, list)
    items = prebuilt_items(data)
    assert isinstance(items, list)
    assert [type(item) is tuple for item in items] == [True, True, True, False, False, False, False]
    assert items[3:] == data[3:]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_row_rebuilds_the_fact_validation_makes(index: int) -> None:
    data = load_yaml(TEXT, "facts/a.yaml").data
    assert isinstance(data, list)
    row = marshal.loads(marshal.dumps(prebuilt_items(data)))[index]  # as it travels from the worker
    built = FactBuilder().fact(row)
    validated = Fact.__pydantic_validator__.validate_python(data[index])
    assert built == validated
    assert _fields(built) == _fields(validated)
    assert built.model_fields_set == validated.model_fields_set
    assert built.__pydantic_extra__ == validated.__pydantic_extra__
    assert built.__pydantic_private__ == validated.__pydantic_private__
    assert built.date is validated.date  # the same cached date
    assert built.model_dump_json() == validated.model_dump_json()
    if validated.value is not None:
        assert built.value is not None
        assert _fields(built.value) == _fields(validated.value)
        assert built.value.model_fields_set == validated.value.model_fields_set


def test_the_invalid_items_fail_validation_as_sent() -> None:
    data = load_yaml(TEXT, "facts/a.yaml").data
    assert isinstance(data, list)
    for item in prebuilt_items(data)[3:]:  # type: ignore[index]
        with pytest.raises(ValidationError):
            Fact.__pydantic_validator__.validate_python(item)


def test_a_file_that_is_not_a_list_is_sent_as_it_is() -> None:
    assert prebuilt_items("text") == "text"
    assert prebuilt_items({"id": "a"}) == {"id": "a"}
