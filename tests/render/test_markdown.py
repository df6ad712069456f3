"""Markdown to HTML: footnote numbers as a reader counts them, links that are safe, no raw HTML."""

from __future__ import annotations

import pytest

from briefgen.render.markdown import CONTAINERS, CitationIndex, render_markdown
from tests.rendering import Page, read_html


def render(markdown: str) -> Page:
    """The HTML of ``markdown`` as a reader sees it; every fact is known, each note names its fact."""
    return read_html(render_markdown(markdown, lambda _: True, lambda fid, n: f"Note on {fid}").html)


def reference_marks(page: Page) -> list[tuple[str, str]]:
    """(id, href) of every footnote reference, in reading order."""
    return [(attrs["id"], attrs["href"]) for tag, attrs in page.tags if tag == "a" and "fnref" in attrs.get("class", "").split()]


def test_numbers_follow_first_citation_and_are_reused() -> None:
    page = render("First [@b]. Second [@a]. Again [@b]. Both [@a; @c]. Third time [@b].")
    assert reference_marks(page) == [
        ("fnref-1", "#fn-1"),
        ("fnref-2", "#fn-2"),
        ("fnref-1-2", "#fn-1"),
        ("fnref-2-2", "#fn-2"),
        ("fnref-3", "#fn-3"),
        ("fnref-1-3", "#fn-1"),
    ]
    numbers = [text for text in page.chunks if text.isdigit()]
    assert numbers == ["1", "2", "1", "2", "3", "1"]


def test_only_the_first_reference_carries_the_note_text() -> None:
    page = render("One [@a]. Two [@a]. Three [@b].")
    notes = page.with_class("fn-print")
    assert [n["id"] for n in notes] == ["fnp-1", "fnp-2"]
    assert page.html.count("Note on a") == 1
    assert "1. Note on a" in page.text and "2. Note on b" in page.text
    first = page.with_class("first")
    again = page.with_class("again")
    assert [a["id"] for a in first] == ["fnref-1", "fnref-2"]
    assert [a["id"] for a in again] == ["fnref-1-2"]


def test_a_joint_citation_is_one_mark_with_separated_numbers() -> None:
    page = render("Both [@a; @b].")
    assert page.html.count('<sup class="cite">') == 1
    assert '<span class="sep">,</span>' in page.html
    assert all(a.get("role") == "doc-noteref" for a in page.with_class("fnref"))


def test_the_index_records_order_counts_and_first_lines() -> None:
    rendered = render_markdown("Intro.\n\nOne [@b].\nTwo [@a] and [@b].\n", lambda _: True, lambda fid, n: "")
    assert rendered.citations.order == ["b", "a"]
    assert rendered.citations.references == {"b": 2, "a": 1}
    assert rendered.citations.lines == {"b": 3, "a": 4}
    assert rendered.citations.number("a") == 2


def test_citation_index_add() -> None:
    index = CitationIndex()
    assert index.add("x", 1) == (1, 1)
    assert index.add("y", 2) == (2, 1)
    assert index.add("x", 5) == (1, 2)
    assert index.lines == {"x": 1, "y": 2}


def test_unknown_ids_are_reported_with_lines_and_nothing_is_rendered() -> None:
    rendered = render_markdown("Fine [@a].\n\nBad [@zz; @a].\nWorse [@yy].\n", lambda fid: fid == "a", lambda fid, n: "")
    assert rendered.unknown == [("zz", 3), ("yy", 4)]
    assert rendered.html == ""


def test_citations_inside_tables_lists_and_containers_are_numbered_in_reading_order() -> None:
    markdown = (
        "| Year | Trade |\n|---|---|\n| 2019 | x [@a] |\n\n- item [@b]\n  - nested [@c]\n\n::: keypoints\nPoint [@d] and [@a].\n:::\n"
    )
    page = render(markdown)
    assert [i for i, _ in reference_marks(page)] == ["fnref-1", "fnref-2", "fnref-3", "fnref-4", "fnref-1-2"]
    assert {"table", "td", "ul", "li", "div"} <= page.tag_names


@pytest.mark.parametrize("name", [name for name in CONTAINERS if name != "assessment"])
def test_named_containers_become_divs(name: str) -> None:
    page = render(f"::: {name}\nInside.\n:::\n")
    assert page.with_class(name) == [{"class": name}]
    assert page.text == "Inside."


def test_an_assessment_is_a_labelled_aside() -> None:
    page = render("Reported [@a].\n\n::: assessment\nWe judge it likely.\n:::\n")
    assert page.with_class("assessment") == [{"class": "assessment", "aria-label": "Assessment"}]
    assert page.with_class("assessment-label") == [{"class": "assessment-label"}]
    assert "aside" in page.tag_names and "div" not in page.tag_names
    assert page.text.endswith("Assessment We judge it likely.")


def test_an_unknown_container_name_stays_text() -> None:
    page = render("::: script\nalert(1)\n:::\n")
    assert "div" not in page.tag_names and "script" not in page.tag_names
    assert "::: script" in page.text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java%0ascript:alert(1)",
        "http://insecure.example",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "relative/page.html",
        "//evil.example/x",
    ],
)
def test_unsafe_links_are_rendered_as_text(url: str) -> None:
    page = render(f"[click]({url}) and <{url}>")
    assert "a" not in page.tag_names, page.html
    assert "click" in page.text


@pytest.mark.parametrize("url", ["https://example.com/a?b=c", "HTTPS://EXAMPLE.COM", "mailto:desk@example.com", "#sources"])
def test_safe_links_are_kept(url: str) -> None:
    page = render(f"[click]({url})")
    links = [attrs for tag, attrs in page.tags if tag == "a"]
    assert len(links) == 1
    assert links[0]["href"].lower() == url.lower()


def test_autolinks_to_https_are_kept_and_bare_urls_are_not_linked() -> None:
    page = render("<https://example.com> and https://plain.example")
    assert [attrs["href"] for tag, attrs in page.tags if tag == "a"] == ["https://example.com"]


def test_link_text_and_titles_are_escaped() -> None:
    page = render('[<b>x</b>](https://example.com "a \\" onmouseover=\\"alert(1)")')
    assert "b" not in page.tag_names
    link = next(attrs for tag, attrs in page.tags if tag == "a")
    assert "onmouseover" not in link
    assert link["title"] == 'a " onmouseover="alert(1)'


def test_images_are_not_embedded() -> None:
    page = render("![tracker](https://tracker.example/pixel.png) ![x](data:image/png;base64,AAAA)")
    assert "img" not in page.tag_names, page.html


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        '<img src="file:///etc/passwd">',
        '<a href="javascript:alert(1)">x</a>',
        "<div onclick=alert(1)>x</div>",
        "<!-- comment -->",
        "<style>body{display:none}</style>",
        '<link rel="attachment" href="file:///etc/hostname">',
    ],
)
def test_raw_html_is_escaped(raw: str) -> None:
    page = render(f"Before\n\n{raw}\n\nInline {raw} too.")
    assert page.tag_names <= {"p"}, page.html
    assert raw in page.text


def test_tables_headings_and_emphasis_render() -> None:
    page = render("## Trade\n\n| A | B |\n|---|---|\n| *x* | ~~y~~ |\n\n**Bold** text.")
    assert {"h2", "table", "thead", "tbody", "th", "td", "em", "s", "strong"} <= page.tag_names


def test_typographer_and_linkify_are_off() -> None:
    page = render('"quotes" -- dashes... www.example.com')
    assert page.text == '"quotes" -- dashes... www.example.com'
    assert "a" not in page.tag_names


def _nested_list(depth: int, sentence: str) -> str:
    return "".join("  " * level + f"- Level {level} item.\n" for level in range(depth - 1)) + "  " * (depth - 1) + f"- {sentence}\n"


def _every_shape(number: int) -> list[tuple[str, str]]:
    """(Markdown, cited sentence) pairs covering each block a narrative can hold, the deepest allowed nesting included."""
    s = [f"Sentence {number}-{k} states a figure" for k in range(8)]
    return [
        (f"## {s[0]} [@f{number}a]\n", s[0]),
        (f"{s[1]} [@f{number}b].\n", s[1]),
        (_nested_list(9, f"{s[2]} [@f{number}c]."), s[2]),
        ("> " * 19 + f"{s[3]} [@f{number}d].\n", s[3]),
        (f"| Figure | Note |\n|---|---|\n| {s[4]} [@f{number}e] | x |\n", s[4]),
        (f"::: keypoints\n{s[5]} [@f{number}f].\n:::\n", s[5]),
        (f"1. {s[6]} [@f{number}g].\n   > {s[7]} [@f{number}h].\n", s[6]),
    ]


def test_every_cited_sentence_reaches_the_output() -> None:
    """Nothing a narrative cites is dropped: each sentence, and a note for each citation, is in the HTML."""
    pieces = [piece for number in range(3) for piece in _every_shape(number)]
    rendered = render_markdown("\n".join(markdown for markdown, _ in pieces), lambda _: True, lambda fid, n: f"Note on {fid}")
    page = read_html(rendered.html)
    assert rendered.too_deep == []
    for _, sentence in pieces:
        assert sentence in page.text
    cited = [f"f{number}{letter}" for number in range(3) for letter in "abcdefgh"]
    assert rendered.citations.order == cited
    for fact_id in cited:
        assert f"Note on {fact_id}" in page.text


@pytest.mark.parametrize(
    ("markdown", "line"),
    [
        (_nested_list(10, "Deep [@a].") + "\n## Later heading [@b]\n", 10),
        ("> " * 20 + "Deep [@a].\n\n## Later heading [@b]\n", 1),
        ("Intro [@c].\n\n" + "> " * 25 + "Deep [@a].\n", 3),
    ],
)
def test_nesting_past_the_limit_is_reported_not_dropped(markdown: str, line: int) -> None:
    """markdown-it drops everything past its nesting limit; briefgen reports the line instead of losing the rest."""
    rendered = render_markdown(markdown, lambda _: True, lambda fid, n: f"Note on {fid}")
    assert rendered.too_deep == [line]


def test_a_mark_is_glued_to_its_word_with_a_word_joiner() -> None:
    html = render_markdown("Trade grew in 2024 [@a].\nIt fell\n[@b] later.", lambda _: True, lambda fid, n: "").html
    assert 'in 2024<sup class="cite">\u2060<a' in html
    assert 'It fell<sup class="cite">\u2060<a' in html, "a mark on the next source line still joins the word"


def test_marks_side_by_side_become_one() -> None:
    page = render("Both [@a] [@b].")
    assert page.html.count('<sup class="cite">') == 1
    assert [a["id"] for a in page.with_class("fnref")] == ["fnref-1", "fnref-2"]


def test_facts_sharing_a_passage_share_one_note_and_one_mark() -> None:
    def same(ids: list[str]) -> dict[str, str]:
        return {fid: "a" if fid in {"a", "b"} else fid for fid in ids}

    rendered = render_markdown("One [@a; @b]. Two [@c]. Three [@b].", lambda _: True, lambda key, n: f"Note on {key}", same)
    page = read_html(rendered.html)
    assert [a["id"] for a in page.with_class("fnref")] == ["fnref-1", "fnref-2", "fnref-1-2"]
    assert rendered.citations.notes == {"a": 1, "b": 1, "c": 2}
    assert rendered.citations.order == ["a", "b", "c"]
    assert page.text.count("Note on a") == 1


def test_a_table_row_marks_each_note_once() -> None:
    rendered = render_markdown(
        "| Date | Event |\n|---|---|\n| 2019 [@a] | Trade [@a] |\n| 2020 [@a] | More [@b] |\n", lambda _: True, lambda k, n: ""
    )
    page = read_html(rendered.html)
    assert [a["id"] for a in page.with_class("fnref")] == ["fnref-1", "fnref-1-2", "fnref-2"], "one mark per note per row"


def test_each_fact_keeps_the_section_that_first_cites_it_outside_an_updates_block() -> None:
    markdown = (
        "Before any heading [@a]; [@e].\n\n"
        "## What newer reports say about *the* edition\n\n"
        ":::: updates\n- Restated [@b] and [@d].\n\n### Trade\n\n- Restated again [@c].\n::::\n\n"
        "## Trade `figures`\n\nStated [@b]; [@a] again.\n\n### A subsection\n\nStated [@c].\n"
    )
    index = render_markdown(markdown, lambda _: True, lambda fid, n: "").citations
    assert index.order == ["a", "e", "b", "d", "c"], "numbering is as before: the first citation anywhere"
    assert index.sections == {
        "a": "Trade figures",  # the first section with a heading that cites it
        "b": "Trade figures",  # a ### heading is part of the section above it
        "c": "Trade figures",
        "d": "What newer reports say about the edition",  # cited only inside the block: its section all the same
    }, "a fact cited only before any heading has no section"
