"""Line markers: each Markdown line knows the template line that wrote it, and no marker reaches a value or the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.render.narrative import escape_markdown
from briefgen.render.sourcemap import SourceMap, marker, strip_markers
from tests.rendering import make_project, render


def where(project: Path, body: str) -> tuple[str, SourceMap]:
    rendered = render(project, body)
    return rendered.narrative.markdown, rendered.narrative.source_map


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def test_strip_markers_keeps_the_text_and_the_first_marker_of_each_line() -> None:
    text = f"{marker('a', 1)}One{marker('a', 1)} more\n{marker('b', 7)}Two\nno marker here\n"
    clean, source_map = strip_markers(text)
    assert clean == "One more\nTwo\nno marker here\n"
    assert [source_map.locate(n) for n in range(3)] == [("a", 1), ("b", 7), ("b", 7)]
    assert SourceMap().locate(0) is None


def test_a_later_marker_wins_while_nothing_visible_has_been_printed() -> None:
    clean, source_map = strip_markers(f"{marker('a', 1)}  {marker('a', 4)}Text\n")
    assert clean == "  Text\n"
    assert source_map.locate(0) == ("a", 4)


def test_markdown_lines_map_to_brief_and_partial_lines(project: Path) -> None:
    (project / "templates" / "partials" / "two.md.j2").write_text("{# note #}\nFirst line.\n\nSecond line.\n", encoding="utf-8")
    markdown, source_map = where(project, "Top line.\n{% if true %}\nInside if.\n{% endif %}\n{% include 'partials/two.md.j2' %}\nAfter.\n")
    lines = markdown.split("\n")
    located = {line: source_map.locate(number) for number, line in enumerate(lines) if line}
    assert located == {
        "Top line.": ("briefs/mini.md", 4),
        "Inside if.": ("briefs/mini.md", 6),
        "First line.": ("partials/two.md.j2", 2),
        "Second line.": ("partials/two.md.j2", 4),
        "After.": ("briefs/mini.md", 9),
    }


def test_no_marker_reaches_the_markdown(project: Path) -> None:
    markdown, _ = where(project, "A {{ 'value' }} and {% for x in [1, 2] %}item {{ x }}\n{% endfor %}end.\n")
    assert markdown == "\n\n\nA value and item 1\nitem 2\nend.\n"  # the front matter's lines are kept blank
    assert not any("\ue000" <= c <= "\uf8ff" for c in markdown)


@pytest.mark.parametrize(
    ("body", "printed"),
    [
        ("{% macro m() %}abc{% endmacro %}{{ m() | length }}", "3"),
        ("{% set x %}abcd{% endset %}{{ x | length }}", "4"),
        ("{% filter upper %}shout{% endfilter %}", "SHOUT"),
        ("{% macro m() %}[{{ caller() }}]{% endmacro %}{% call m() %}in{% endcall %}", "[in]"),
        ("{% set y = 'kept' %}{{ y | length }}", "4"),
    ],
)
def test_literal_text_that_becomes_a_value_carries_no_marker(project: Path, body: str, printed: str) -> None:
    markdown, _ = where(project, body + "\n")
    assert markdown.strip() == printed


def test_a_printed_value_cannot_forge_a_marker() -> None:
    forged = escape_markdown(f"Kept {marker('briefs/x.md', 1)}text")
    clean, source_map = strip_markers(forged)
    assert clean == forged and "Kept" in clean and "text" in clean
    assert source_map.locate(0) is None
