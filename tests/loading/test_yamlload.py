"""The strict YAML loader: strings only, line numbers kept, surprises refused."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.loading import yamlload
from briefgen.loading.yamlload import MAX_YAML_BYTES, LoadedYaml, load_yaml


def problem_of(text: str, *, line_offset: int = 0) -> tuple[int | None, str]:
    with pytest.raises(BriefgenError) as caught:
        load_yaml(text, "facts/x.yaml", line_offset=line_offset)
    [problem] = caught.value.problems
    assert problem.path == "facts/x.yaml"
    return problem.line, problem.message


@pytest.mark.parametrize(
    "scalar",
    ["NO", "no", "yes", "Yes", "on", "off", "true", "False", "010", "0x1F", "0o17", "1e3", "1_000", ".5", "-1", "null", "~", "Null",
     "2025-01-01", "2025-01-01 10:00:00", ".inf", ".NaN", "12:30", "=", "<<"],
)  # fmt: skip
def test_every_plain_scalar_stays_a_string(scalar: str) -> None:
    loaded = load_yaml(f"value: {scalar}\nlist: [{scalar}]\n", "x.yaml")
    assert loaded.data == {"value": scalar, "list": [scalar]}


def test_empty_value_is_an_empty_string() -> None:
    assert load_yaml("a:\nb: ''\nc: \"\"\n", "x.yaml").data == {"a": "", "b": "", "c": ""}


def test_quoted_and_block_scalars() -> None:
    text = "a: \"x\\ty \\u00e9\"\nb: 'it''s'\nc: |\n  one\n  two\nd: >-\n  folded\n  text\n"
    assert load_yaml(text, "x.yaml").data == {"a": "x\ty é", "b": "it's", "c": "one\ntwo\n", "d": "folded text"}


def test_nested_structure() -> None:
    text = "- id: one\n  topics: [trade, visits]\n  value:\n    amount: '5'\n- id: two\n"
    assert load_yaml(text, "x.yaml").data == [{"id": "one", "topics": ["trade", "visits"], "value": {"amount": "5"}}, {"id": "two"}]


def test_lines_of_keys_and_items() -> None:
    text = (
        "# a comment\n"  # 1
        "- id: one\n"  # 2
        "  topics:\n"  # 3
        "    - trade\n"  # 4
        "    - visits\n"  # 5
        "  value:\n"  # 6
        "    amount: '5'\n"  # 7
        "\n"  # 8
        "- id: two\n"  # 9
        "  quote: >-\n"  # 10
        "    folded\n"  # 11
    )
    loaded = load_yaml(text, "x.yaml")
    assert loaded.line_of(()) == 2
    assert loaded.line_of((0,)) == 2
    assert loaded.line_of((0, "id")) == 2
    assert loaded.line_of((0, "topics")) == 3
    assert loaded.line_of((0, "topics", 0)) == 4
    assert loaded.line_of((0, "topics", 1)) == 5
    assert loaded.line_of((0, "value")) == 6
    assert loaded.line_of((0, "value", "amount")) == 7
    assert loaded.line_of((1,)) == 9
    assert loaded.line_of((1, "id")) == 9
    assert loaded.line_of((1, "quote")) == 10
    # Only lines that differ from their parent's are stored: the item and its first key share one.
    assert (0, "id") not in loaded.lines
    assert loaded.lines[(0, "topics")] == 3


def test_line_of_falls_back_to_the_deepest_known_location() -> None:
    loaded = load_yaml("- id: one\n  value:\n    amount: x\n", "x.yaml")
    assert loaded.line_of((0, "value", "amount")) == 3
    assert loaded.line_of((0, "value", "unit")) == 2  # missing field: the mapping's line
    assert loaded.line_of((0, "nothing", "deeper")) == 1
    assert loaded.line_of((5,)) == 1
    assert LoadedYaml(data="", lines={}).line_of(("a",)) == 1


def test_flow_items_on_one_line() -> None:
    loaded = load_yaml("topics: [a, b]\n", "x.yaml")
    assert loaded.line_of(("topics", 0)) == 1
    assert loaded.line_of(("topics", 1)) == 1
    assert loaded.lines == {(): 1}


def test_line_offset_for_front_matter() -> None:
    loaded = load_yaml("id: x\ntitle: y\n", "facts/sources/x.md", line_offset=1)
    assert loaded.line_of(("title",)) == 3
    assert loaded.line_of(()) == 2
    assert loaded.line_of(("missing",)) == 2
    line, message = problem_of("id: x\nid: y\n", line_offset=1)
    assert (line, message) == (3, "duplicate key 'id' (first given at line 2)")
    line, _ = problem_of("a: 'unclosed\n", line_offset=1)
    assert line == 2


def test_duplicate_keys_name_both_lines() -> None:
    line, message = problem_of("- id: a\n  claim: one\n  source: s\n  claim: two\n")
    assert (line, message) == (4, "duplicate key 'claim' (first given at line 2)")


def test_duplicate_keys_in_a_nested_mapping() -> None:
    line, message = problem_of("value:\n  amount: '1'\n  unit: USD\n  amount: '2'\n")
    assert (line, message) == (4, "duplicate key 'amount' (first given at line 2)")


def test_same_key_in_different_items_is_fine() -> None:
    assert load_yaml("- id: a\n- id: b\n", "x.yaml").data == [{"id": "a"}, {"id": "b"}]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: &anchor 1\nb: 2\n", 1, "YAML anchor '&anchor' is not allowed (write the value out)"),
        ("a: 1\nb: &x [1, 2]\n", 2, "YAML anchor '&x' is not allowed (write the value out)"),
        ("a: 1\nb: &m {c: 1}\n", 2, "YAML anchor '&m' is not allowed (write the value out)"),
        ("- &a [lol, lol]\n- [*a, *a]\n", 1, "YAML anchor '&a' is not allowed (write the value out)"),
        ("&k key: 1\n", 1, "YAML anchor '&k' is not allowed (write the value out)"),
        ("a: 1\nb: *nothing\n", 2, "YAML alias '*nothing' is not allowed (write the value out)"),
        ("a: 1\n*k : 2\n", 2, "YAML alias '*k' is not allowed (write the value out)"),
    ],
)
def test_anchors_and_aliases_refused(text: str, line: int, message: str) -> None:
    assert problem_of(text) == (line, message)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: !!str 010\n", 1, "YAML tag 'tag:yaml.org,2002:str' is not allowed"),
        ("a: 1\nb: !!python/object:os.system x\n", 2, "YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"),
        ("a: !custom [1]\n", 1, "YAML tag '!custom' is not allowed"),
        ("a: !!map {b: 1}\n", 1, "YAML tag 'tag:yaml.org,2002:map' is not allowed"),
        ("!!str a: 1\n", 1, "YAML tag 'tag:yaml.org,2002:str' is not allowed"),
        ("? !!seq [a]\n: 1\n", 1, "YAML tag 'tag:yaml.org,2002:seq' is not allowed"),
    ],
)
def test_tags_refused(text: str, line: int, message: str) -> None:
    assert problem_of(text) == (line, message)


def test_complex_keys_refused() -> None:
    assert problem_of("a: 1\n? [x, y]\n: 2\n") == (2, "a mapping key must be a plain name")
    assert problem_of("{a: 1}: 2\n") == (1, "a mapping key must be a plain name")


def test_multi_document_refused() -> None:
    line, message = problem_of("- id: a\n---\n- id: b\n")
    assert line == 2
    assert message == "only one YAML document per file is allowed (remove the extra '---')"


def test_explicit_single_document_is_fine() -> None:
    assert load_yaml("---\na: 1\n...\n", "x.yaml").data == {"a": "1"}


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "  \n# two\n# comments\n"])
def test_empty_document(text: str) -> None:
    loaded = load_yaml(text, "x.yaml")
    assert loaded.data == ""
    assert loaded.line_of(()) == 1


def test_a_lone_scalar_document() -> None:
    assert load_yaml("just text\n", "x.yaml").data == "just text"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        # An unclosed quote or bracket: where it was opened, not where the parser gave up.
        ("a: 1\nb: 'unclosed\nc: 3\n", 2, "while scanning a quoted scalar; found unexpected end of stream"),
        ('- id: x\n  claim: "unterminated\n  source: s\n', 2, "while scanning a quoted scalar"),
        ("a: [1, 2\nb: 3\n", 1, "while parsing a flow sequence"),
        ("a: {b: 1\nc: 2\n", 1, "while parsing a flow mapping"),
        # Everything else: the line the parser stopped at.
        ("a: 1\n  b: 2\n", 2, "mapping values are not allowed in this context"),
        ("- a\nb: 1\n", 2, "while parsing a block collection started at line 1; did not find expected '-' indicator"),
        ("a:\tb\n\tc: 1\n", 2, "found a tab character that violates indentation"),
    ],
)
def test_syntax_error_line(text: str, line: int, fragment: str) -> None:
    got_line, message = problem_of(text)
    assert got_line == line
    assert message.startswith("YAML syntax error, column ")
    assert fragment in message


def test_syntax_error_deep_in_a_long_file_points_at_its_own_line() -> None:
    facts = "".join(f"- id: fact-{i}\n  claim: Claim {i}.\n" for i in range(200))
    line, message = problem_of(facts + "- id: bad\n claim: misindented\n")
    assert line == 402
    assert "started at line 1" in message
    line, message = problem_of(facts + "- id: bad\n  value:\n    metric: x\n   unit: y\n")
    assert line == 404
    assert "did not find expected key" in message


def test_syntax_error_line_in_front_matter() -> None:
    assert problem_of("id: x\n  bad: indent\n", line_offset=1)[0] == 3


def test_size_cap() -> None:
    big = "# " + "x" * MAX_YAML_BYTES + "\n"
    line, message = problem_of(big)
    assert line is None
    assert message == "file is larger than the 8 MB limit"


def test_size_cap_counts_bytes_not_characters() -> None:
    # 3 million three-byte characters: under the cap in characters, over it in bytes.
    text = "a: " + "\u20ac" * 3_000_000 + "\n"
    assert len(text) < MAX_YAML_BYTES < len(text.encode("utf-8"))
    assert problem_of(text) == (None, "file is larger than the 8 MB limit")


def test_just_under_the_size_cap_loads() -> None:
    text = "a: b\n# " + "x" * (MAX_YAML_BYTES - 100) + "\n"
    assert load_yaml(text, "x.yaml").data == {"a": "b"}


def test_alias_bomb_is_refused_before_expansion() -> None:
    lines = ["- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"- &{name} [{', '.join(['*' + previous] * 9)}]")
    assert problem_of("\n".join(lines) + "\n") == (1, "YAML anchor '&a' is not allowed (write the value out)")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: \x07\n", 1, "character U+0007 is not allowed in YAML (control characters are not allowed); remove it"),
        ("\u00e9\u00e9: b\nc: \x00\n", 2, "character U+0000 is not allowed in YAML (control characters are not allowed); remove it"),
        ("a: b\n\x1b[31m: red\n", 2, "character U+001B is not allowed in YAML (control characters are not allowed); remove it"),
        ("a: b\nc: \ud800\n", 2, "text that is not valid Unicode (a lone surrogate)"),
    ],
)
def test_characters_yaml_refuses(text: str, line: int, message: str) -> None:
    assert problem_of(text) == (line, message)
    assert problem_of(text, line_offset=1) == (line + 1, message)


YAMLISH = st.text(alphabet=st.sampled_from(list("ab-:[]{}&*!|>'\"#?,.% \n\t\x00\x07\u00e9\u2019")) | st.characters(), max_size=60)


@settings(max_examples=300)
@given(YAMLISH)
def test_any_text_loads_or_fails_with_one_located_line(text: str) -> None:
    """Whatever the input, the loader returns strings, lists and mappings, or problems: never a traceback."""
    try:
        loaded = load_yaml(text, "x.yaml")
    except BriefgenError as exc:
        for problem in exc.problems:
            assert "\n" not in problem.message
            # YAML breaks lines at \r, \r\n, NEL and the Unicode separators too (a file is read with them folded to \n).
            breaks = len(re.findall("\r\n|[\r\n\x85\u2028\u2029]", text))
            assert problem.line is None or 1 <= problem.line <= breaks + 2
        return

    def check(value: object) -> None:
        if isinstance(value, dict):
            assert all(isinstance(k, str) for k in value)
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)
        else:
            assert isinstance(value, str)

    check(loaded.data)
    assert all(line >= 1 for line in loaded.lines.values())


# The quick reading of files in the common style (yamlload._quick) must build exactly what the event walk builds.


def by_events(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, dict[object, int]] | str:
    """What libyaml's events give ``text`` (the quick reading turned off): the data and lines, or the problem."""
    with monkeypatch.context() as patched:
        patched.setattr(yamlload, "_quick", lambda text: None)
        try:
            loaded = load_yaml(text, "x.yaml")
        except BriefgenError as exc:
            return str(exc.problems)
    return loaded.data, loaded.lines


FACTS_STYLE = """\
# yaml-language-server: $schema=../schemas/fact-file.schema.json
# Trade.

- id: trade-volume-2019
  claim: "Trade stood at US$50.2 million, with the balance in Belarus's favour: \\"so\\" it \\\\ said.\\nIn 2019."
  source: business-recorder-2024-11-16
  date: "2019"
  kind: figure
  topics: [trade, exports]
  entities: [Taimoor Fahad Khan, Jam Kamal Khan]
  notes: ""
  empty: []
  value:
    metric: trade-volume
    amount: "50200000"
    deep:
      unit: USD
    period: "2019"
  after: Belarus's (first) tractor/plant - 5 a|b É “q”
    # an indented comment

- id: second
  topics: [trade]
"""


@pytest.mark.parametrize(
    "text",
    [
        FACTS_STYLE,
        "a: b\n",
        "a: b",
        "a:\n  b: c\nd: e\n",
        "- a: b\n  c: d\n- e: f\n",
        "\n\n# c\na: b\n\n",
        "a: [x y, z'w]\n",
        "a: []\nb: [x, y z, w_1, 2]\n",
        "a: b, c [d] {e}\n",
        "a: >-\n  b\n  c\n",
        'id: s\nnotes: >-\n  Removed the "date" prefix \\ kept; # not a comment\n  and a second line.\nplace: X',
        "- id: x\n  notes: >-\n    one\n    two\n  kind: event\n",
    ],
)
def test_the_quick_reading_builds_what_the_events_build(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert yamlload._quick(text) is not None
    loaded = load_yaml(text, "x.yaml")
    assert (loaded.data, loaded.lines) == by_events(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "a: b # comment\n", "a: |\n  b\n", "a: >\n  b\n", "a: >-\n  b\n\n  c\n", "a: >-\n  b\n    c\n",
        "a: >-\n  b \n", "a: >-\nb: c\n", "- a: >-\n    b\n", "a: >-\n  b\n\n", "a: >-  \n  b\n",
        "a: b\n  c\n", "a: 'b'\n", 'a: "b\\tc"\n', "a: b\tc\n", "a: b\r\nc: d\n",
        "a:\nb: c\n", "- a:\n  b: c\n", "a: b\na: c\n", "- a\n- b\n", "a:\n  - b\n", "a:\n- b\n", "a: &x b\n", "a: *x\n", "a: !t b\n",
        "a: [b,c]\n", "a: [b, [c]]\n", "a: [b, ]\n", "a: [ b]\n", "a: [b , c]\n", "a: [b, , c]\n", "a: [b, c#d]\n",
        "a: b: c\n", "a: b:\n", "a:  b\n", "a: b \n", "---\na: b\n", "a: b\n...\n", "", "# only\n",
        "\ufeffa: b\n", "a: b\u2028c\n", "a: b\x85\n", "  a: b\n", "a: b\n c: d\n", "a:\n    b: c\n  d: e\n", "x:y\n", "a: {b: c}\n",
    ],
)  # fmt: skip
def test_the_quick_reading_leaves_other_styles_to_libyaml(text: str) -> None:
    assert yamlload._quick(text) is None


QUICK_VALUES = ["", ": b", ': ""', ': "a b"', ': "x\\"y"', ': "a\\nb"', ': "a\\tb"', ": []", ": [a, b]", ": [a,b]", ": a b", ": a: b",
                ": a #c", ": a#c", ": 'a'", ": -1", ": a ", ":  a", ": |", ": É", " : a", "# c", "",
                ": a, b [c] {d}", ": [a]b"]  # fmt: skip
QUICK_LINES = st.lists(
    st.tuples(
        st.sampled_from(["", "", "  ", "    ", " ", "      "]),
        st.sampled_from(["", "", "- "]),
        st.sampled_from(["id", "a", "value", "x-y", "_k", "on"]),
        st.sampled_from(QUICK_VALUES),
    ),
    max_size=12,
)


FOLDED_LINES = st.lists(
    st.sampled_from(["a: >-", "  b: >-", "  x y", "   x", "    z", "  # c", '  a\\b "q"', "", "  ", "c: d", "  h: i", "  t "])
)


@settings(max_examples=500)
@given(FOLDED_LINES, st.sampled_from(["", "\n", "\n\n"]))
def test_the_quick_reading_of_folded_blocks_is_the_events_reading_or_nothing(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    quick = yamlload._quick(text)
    if quick is not None:
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert quick == by_events(text, monkeypatch)


@settings(max_examples=500)
@given(QUICK_LINES, st.sampled_from(["", "\n", "\n\n"]))
def test_the_quick_reading_is_the_events_reading_or_nothing(lines: list[tuple[str, str, str, str]], end: str) -> None:
    text = "\n".join("".join(line) for line in lines) + end
    quick = yamlload._quick(text)
    if quick is not None:
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert quick == by_events(text, monkeypatch)


def test_item_lines_are_line_of_the_item_its_keys_and_its_list_items() -> None:
    text = "- id: a\n  quote: q\n  topics:\n    - t\n    - u\n- id: b\n  topics: [v, w]\n- id: c\n  topics: [x,\n    y]\n"
    loaded = load_yaml(text, "x.yaml", line_offset=3)
    keys = ("quote", "source", "id")
    for index, count in ((0, 2), (1, 2), (2, 2), (2, 1)):
        item, key_lines, listed = loaded.item_lines(index, keys, "topics", count)
        assert item == loaded.line_of((index,))
        assert key_lines == [loaded.line_of((index, key)) for key in keys]
        assert listed == tuple(loaded.line_of((index, "topics", number)) for number in range(count))
    assert loaded.item_lines(0, (), "topics", 2)[2] == (7, 8)
    assert loaded.item_lines(2, (), "topics", 2)[2] == (12, 13)
