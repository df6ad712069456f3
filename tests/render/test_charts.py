"""Charts: the same data gives the same SVG bytes, and the image tag carries no markup from its text."""

from __future__ import annotations

import base64
import re
from decimal import Decimal
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.render.charts import BarPoint, bar_chart_svg, short_amount, svg_image_tag
from briefgen.render.pipeline import render_brief
from tests.rendering import load, make_project, read_html, write_brief

POINTS = [
    BarPoint("2019", Decimal("50200000"), "US$50.2 million"),
    BarPoint("2019 (later report)", Decimal("19050000"), "US$19.05 million"),
    BarPoint("target", Decimal("1000000000"), "US$1 billion", highlight=True),
]


@pytest.fixture(scope="module")
def svg() -> str:
    return bar_chart_svg(POINTS, title="Recorded trade", axis_label="US$", symbol="US$")


def test_the_same_chart_twice_is_the_same_bytes(svg: str) -> None:
    assert bar_chart_svg(POINTS, title="Recorded trade", axis_label="US$", symbol="US$") == svg
    log = bar_chart_svg(POINTS, title="Recorded trade", axis_label="US$", log_scale=True)
    assert bar_chart_svg(POINTS, title="Recorded trade", axis_label="US$", log_scale=True) == log
    assert log != svg


def test_the_svg_carries_no_date_or_generator_metadata(svg: str) -> None:
    assert "<metadata>" not in svg
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", svg)


def test_the_svg_keeps_its_words_as_text(svg: str) -> None:
    for words in ("Recorded trade", "US$50.2 million", "US$1 billion", "2019 (later report)", "target"):
        assert words in svg


def test_the_highlighted_bar_has_its_own_colour(svg: str) -> None:
    assert "#b3261e" in svg and "#1d3f6e" in svg


def test_labels_with_markup_are_escaped_inside_the_svg() -> None:
    svg = bar_chart_svg([BarPoint("<script>alert(1)</script>", Decimal(5), "5 & <b>")], title="A <title>", axis_label="x")
    assert "<script" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg


def test_the_image_tag_is_a_data_url_with_an_escaped_alt(svg: str) -> None:
    tag = svg_image_tag(svg, 'Trade "2019" <script>alert(1)</script> & more')
    page = read_html(tag)
    assert [name for name, _ in page.tags] == ["img"]
    attrs = page.tags[0][1]
    assert set(attrs) == {"src", "alt"}
    assert attrs["alt"] == 'Trade "2019" <script>alert(1)</script> & more'
    prefix = "data:image/svg+xml;base64,"
    assert attrs["src"].startswith(prefix)
    assert base64.b64decode(attrs["src"][len(prefix) :]).decode("utf-8") == svg
    assert "<script" not in tag


@pytest.mark.parametrize(
    ("value", "symbol", "expected"),
    [
        (50_200_000, "US$", "US$50.2m"),
        (1e9, "US$", "US$1bn"),
        (1.5e12, "", "1.5tn"),
        (2_700, "", "2.7k"),
        (950, "", "950"),
        (0, "US$", "US$0"),
    ],
)
def test_short_amount_for_axis_ticks(value: float, symbol: str, expected: str) -> None:
    assert short_amount(value, symbol) == expected


def test_a_brief_s_chart_becomes_an_image_in_the_narrative(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    body = (
        "Recorded trade in 2019 differs by source [@trade-2019; @trade-2019-later].\n\n"
        "{{ bar_chart(facts(metric='trade-volume'), title='Trade \"<b>\" & more') }}\n"
    )
    write_brief(project, body)
    _, _, document = render_brief(project, "mini", load(project))
    page = read_html(document.narrative_html)
    charts = page.with_class("chart")
    assert len(charts) == 1
    image = next(attrs for tag, attrs in page.tags if tag == "img")
    assert image["alt"] == 'Trade "<b>" & more'
    assert image["src"].startswith("data:image/svg+xml;base64,")
    assert "briefgen-figure" not in document.narrative_html
    assert "b" not in page.tag_names
    again = render_brief(project, "mini", load(project))[2]
    assert again.narrative_html == document.narrative_html, "the same brief draws the same chart"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("bar_chart(facts(topic='visits'), title='x')", "bar_chart(): every fact charted needs a value"),
        ("bar_chart([], title='x')", "bar_chart(): every fact charted needs a value"),
        ("bar_chart(facts(metric='trade-volume'), title='x', labels=['one'])", "bar_chart(): 1 labels for 2 facts"),
    ],
)
def test_bar_chart_errors_name_the_line(tmp_path: Path, call: str, message: str) -> None:
    project = make_project(tmp_path)
    write_brief(project, f"Intro.\n{{{{ {call} }}}}\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("briefs/mini.md", 5)
    assert problem.message == message


CHART_BRIEF = (
    "Recorded trade in 2019 differs by source [@trade-2019; @trade-2019-later].\n\n"
    "{{ bar_chart(facts(metric='trade-volume'), title='Trade') }}\n"
)

FRESH_RENDER = """
import sys
from pathlib import Path
from briefgen.corpus.loader import load_corpus
from briefgen.render.pipeline import render_brief
project = Path(sys.argv[1])
document = render_brief(project, "mini", load_corpus(project))[2]
Path(sys.argv[2]).write_text(document.narrative_html, encoding="utf-8")
print("matplotlib imported" if "matplotlib" in sys.modules else "matplotlib not imported")
"""


def _fresh_render(project: Path, out: Path) -> str:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", FRESH_RENDER, str(project), str(out)], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_a_cached_chart_is_not_drawn_again(tmp_path: Path) -> None:
    """The first build draws the chart and keeps it under build/.cache/charts; the next, a fresh process, reads it back
    without importing matplotlib, to the same bytes; new data draws a new chart."""
    project = make_project(tmp_path)
    write_brief(project, CHART_BRIEF)
    assert _fresh_render(project, tmp_path / "first.html") == "matplotlib imported"
    cached = sorted((project / "build" / ".cache" / "charts").glob("*.svg"))
    assert len(cached) == 1
    assert cached[0].read_text(encoding="utf-8").rstrip().endswith("</svg>")
    assert not list(cached[0].parent.glob(".*.part"))
    assert _fresh_render(project, tmp_path / "second.html") == "matplotlib not imported"
    assert (tmp_path / "second.html").read_bytes() == (tmp_path / "first.html").read_bytes()

    cached[0].write_text("<svg", encoding="utf-8")  # a file cut short is drawn again, and replaced
    assert _fresh_render(project, tmp_path / "third.html") == "matplotlib imported"
    assert (tmp_path / "third.html").read_bytes() == (tmp_path / "first.html").read_bytes()

    write_brief(project, CHART_BRIEF.replace("title='Trade'", "title='Trade, again'"))
    assert _fresh_render(project, tmp_path / "fourth.html") == "matplotlib imported"
    assert len(list(cached[0].parent.glob("*.svg"))) == 2


def test_chart_key_follows_data_and_options() -> None:
    from briefgen.render.charts import chart_key

    base = chart_key(POINTS, title="t", axis_label="US$", log_scale=False, symbol="US$")
    assert chart_key(list(POINTS), title="t", axis_label="US$", log_scale=False, symbol="US$") == base
    changed = [POINTS[0], POINTS[1], BarPoint("target", Decimal("1000000001"), "US$1 billion", highlight=True)]
    others = {
        chart_key(changed, title="t", axis_label="US$", log_scale=False, symbol="US$"),
        chart_key(POINTS, title="u", axis_label="US$", log_scale=False, symbol="US$"),
        chart_key(POINTS, title="t", axis_label="US$", log_scale=True, symbol="US$"),
        chart_key(POINTS[:2], title="t", axis_label="US$", log_scale=False, symbol="US$"),
    }
    assert base not in others and len(others) == 4
