"""The ``[@id]`` citation syntax: what parses, what is malformed, and where it was written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.render.citations import MalformedCitation, parse_citation_ids
from briefgen.render.markdown import make_markdown, render_markdown

SLUGS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("[@a]", ["a"]),
        ("[@trade-2019]", ["trade-2019"]),
        ("[@2019-trade]", ["2019-trade"]),
        ("[@a; @b]", ["a", "b"]),
        ("[@a;@b]", ["a", "b"]),
        ("[@a ;@b]", ["a", "b"]),
        ("[@a  ;  @b]", ["a", "b"]),
        ("[@a;\t@b]", ["a", "b"]),
        ("[@a; @b; @c-d]", ["a", "b", "c-d"]),
        ("[@a; @a]", ["a", "a"]),
    ],
)
def test_well_formed_citations(text: str, ids: list[str]) -> None:
    assert parse_citation_ids(text) == ids


@pytest.mark.parametrize(
    "text",
    [
        "[@A]",
        "[@Trade-2019]",
        "[@a,@b]",
        "[@a, @b]",
        "[@a; b]",
        "[@a;]",
        "[@]",
        "[@a",
        "[@a b]",
        "[@-a]",
        "[@a_b]",
        "[ @a]",
        "[@a] ",
        "@a",
        "[@a]]",
        "[@é]",
    ],
)
def test_malformed_citations(text: str) -> None:
    assert parse_citation_ids(text) is None


def _render(markdown: str) -> tuple[list[str], list[MalformedCitation], str]:
    rendered = render_markdown(markdown, lambda _: True, lambda fid, n: f"note {fid}")
    return rendered.citations.order, rendered.malformed, rendered.html


@pytest.mark.parametrize(
    "markdown",
    ["Trade [@a].", "Trade[@a].", "Trade [@a]", "[@a] opens the line.", "Trade [@a ;  @b].", "Trade [@a;@b]."],
)
def test_citations_are_found_in_running_text(markdown: str) -> None:
    order, malformed, html = _render(markdown)
    assert order[0] == "a"
    assert malformed == []
    assert "[@" not in html


@pytest.mark.parametrize(
    ("markdown", "text", "line"),
    [
        ("Trade rose [@A].", "[@A]", 1),
        ("One.\n\nTwo [@a,@b].", "[@a,@b]", 3),
        ("One.\nTwo.\nThree [@].", "[@]", 3),
        ("Unclosed [@a\nnext line [@b]", "[@a", 1),
        ("- first\n- second [@a; b]", "[@a; b]", 2),
        ("| A | B |\n|---|---|\n| x | y [@X] |", "[@X]", 3),
        ("::: box\nInside\n\nthe box [@Bad]\n:::", "[@Bad]", 4),
        ("> quoted\n> again [@a,]", "[@a,]", 2),
    ],
)
def test_malformed_citations_are_recorded_with_their_markdown_line(markdown: str, text: str, line: int) -> None:
    _, malformed, html = _render(markdown)
    assert malformed == [MalformedCitation(text, line)]
    assert text in html.replace("&quot;", '"'), "a malformed citation stays visible, never silently dropped"


def test_every_malformed_citation_is_recorded() -> None:
    _, malformed, _ = _render("[@A] and [@] and [@a,@b]\n\nlater [@c")
    assert malformed == [
        MalformedCitation("[@A]", 1),
        MalformedCitation("[@]", 1),
        MalformedCitation("[@a,@b]", 1),
        MalformedCitation("[@c", 3),
    ]


def test_an_escaped_bracket_is_not_a_citation() -> None:
    order, malformed, html = _render("Write \\[@fact-id] to cite.")
    assert order == [] and malformed == []
    assert "[@fact-id]" in html


def test_a_citation_in_code_is_not_a_citation() -> None:
    order, malformed, _ = _render("Write `[@fact-id]` to cite.\n\n```\n[@other]\n```\n")
    assert order == [] and malformed == []


def test_a_citation_is_never_a_link() -> None:
    _, _, html = _render("[@a](https://example.com)")
    assert 'href="https://example.com"' not in html


def test_a_citation_inside_link_text_is_counted_once_and_never_inside_a_link() -> None:
    order, malformed, html = _render("[see [@a]](https://x.example) and [bad [@A]](https://y.example)")
    assert order == ["a"]
    assert malformed == [MalformedCitation("[@A]", 1)]
    assert "<a href" not in html


def test_citation_tokens_carry_ids_and_lines() -> None:
    md = make_markdown()
    tokens = md.parse("Intro.\n\nSecond paragraph\nwith [@a; @b] here.\n")
    citations = [child for token in tokens for child in token.children or [] if child.type == "citation"]
    assert [(c.meta["ids"], c.meta["line"]) for c in citations] == [(["a", "b"], 4)]


def test_citations_in_tables_lists_and_containers_keep_their_lines() -> None:
    markdown = (
        "| Year | Trade |\n"  # 1
        "|---|---|\n"  # 2
        "| 2019 | x [@a] |\n"  # 3
        "| 2020 | y [@b; @c] |\n"  # 4
        "\n"
        "- item [@d]\n"  # 6
        "  continued [@e]\n"  # 7
        "\n"
        "::: keypoints\n"  # 9
        "Point [@f].\n"  # 10
        ":::\n"
    )
    md = make_markdown()
    tokens = md.parse(markdown)
    found = [(c.meta["ids"], c.meta["line"]) for t in tokens for c in t.children or [] if c.type == "citation"]
    assert found == [(["a"], 3), (["b", "c"], 4), (["d"], 6), (["e"], 7), (["f"], 10)]


@given(st.lists(SLUGS, min_size=1, max_size=6), st.sampled_from(["; ", ";", " ; ", ";  "]))
def test_a_written_citation_parses_back_to_its_ids(ids: list[str], separator: str) -> None:
    written = "[" + separator.join(f"@{i}" for i in ids) + "]"
    assert parse_citation_ids(written) == ids


@given(st.lists(SLUGS, min_size=1, max_size=6), st.text(alphabet="abc .,!", max_size=20))
def test_a_written_citation_renders_as_its_footnotes(ids: list[str], before: str) -> None:
    written = "[" + "; ".join(f"@{i}" for i in ids) + "]"
    rendered = render_markdown(f"Text{before} {written}", lambda _: True, lambda fid, n: "note")
    assert rendered.malformed == []
    assert rendered.citations.order == list(dict.fromkeys(ids))


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=40))
def test_citation_parsing_never_crashes_and_always_accounts_for_brackets(text: str) -> None:
    rendered = render_markdown(text, lambda _: True, lambda fid, n: "note")
    for malformed in rendered.malformed:
        assert malformed.text.startswith("[@")
        assert parse_citation_ids(malformed.text) is None
    for fact_id in rendered.citations.order:
        assert parse_citation_ids(f"[@{fact_id}]") == [fact_id]


def test_a_paragraph_parsed_before_reports_the_lines_where_it_now_stands() -> None:
    """A paragraph's parse is kept by its text: the same text further down gives its new lines, as a fresh parse would."""
    paragraph = "Trade rose [@a] and then\nfell [@b] before [@Bad]."
    for blank_lines in (0, 3, 1):
        rendered = render_markdown("\n" * blank_lines + paragraph, lambda _: True, lambda fid, n: "note")
        assert [(m.text, m.line) for m in rendered.malformed] == [("[@Bad]", blank_lines + 2)]
        assert rendered.citations.lines == {"a": blank_lines + 1, "b": blank_lines + 2}
        assert rendered.html.count('class="fnref first"') == 2  # each parse is rendered from tokens of its own
