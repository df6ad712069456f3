"""Each fact's origin lines, looked up for a whole facts file at once: the lines a lookup per fact gives."""

from __future__ import annotations

import pytest

from briefgen.corpus.origin_lines import ORIGIN_KEYS, ORIGIN_LIST, file_origin_lines
from briefgen.loading.yamlload import load_yaml

TEXTS = [
    # The common style: topics as a flow list, every key on its own line.
    '- id: a\n  claim: "A."\n  source: s\n  quote: "Q."\n  date: "2025"\n  topics: [x, y]\n',
    # Topics a line each, keys missing or in another order, a value nested, a comment and a blank line between.
    "# facts\n\n- id: a\n  topics:\n    - x\n    - y\n  date: '2025'\n  value:\n    amount: '1'\n\n"
    "- id: b\n  quote: q\n- {id: c, source: s, topics: [z]}\n",
    # A flow list over two lines: its first item on its key's line, its last below.
    "- id: a\n  topics: [x,\n    y, z]\n  quote: q\n- id: b\n  topics: [\n    x]\n",
    # Items that cannot be facts: a list, a text, topics that are not a list.
    "- [a, b]\n- plain\n- id: c\n  topics: x\n- id: d\n  topics:\n    x: y\n",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("line_offset", [0, 3])
def test_each_item_has_the_lines_a_lookup_of_its_own_gives(text: str, line_offset: int) -> None:
    loaded = load_yaml(text, "facts/x.yaml", line_offset=line_offset)
    rows = file_origin_lines(loaded)
    assert rows is not None and isinstance(loaded.data, list) and len(rows) == len(loaded.data)
    for index, (item, row) in enumerate(zip(loaded.data, rows, strict=True)):
        topics = item.get(ORIGIN_LIST) if isinstance(item, dict) else None
        count = len(topics) if isinstance(topics, list) else 0
        line, (quote, source, date), topic_lines = loaded.item_lines(index, ORIGIN_KEYS, ORIGIN_LIST, count)
        assert row == (line, quote, source, date, topic_lines)
        assert row[0] == loaded.line_of((index,))
        assert row[4] == tuple(loaded.line_of((index, ORIGIN_LIST, n)) for n in range(count))


def test_a_file_that_is_not_a_list_has_none() -> None:
    assert file_origin_lines(load_yaml("id: a\n", "facts/x.yaml")) is None
    assert file_origin_lines(load_yaml("", "facts/x.yaml")) is None
