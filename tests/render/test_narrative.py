"""Narratives: fact text prints literally, and the helpers see the corpus as the brief may see it.

Escaping is checked where it matters, in the HTML a reader gets: a fact
carrying Markdown or HTML must come out as its own literal text, with no
link, heading, script, emphasis or citation made from it.  The helpers are
checked through templates, the way editors call them.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError, Problem
from briefgen.render.markdown import render_markdown
from briefgen.render.narrative import escape_markdown, make_narrative_environment
from briefgen.render.typed_citations import static_citation_problems
from tests.rendering import Rendered, load, make_project, read_html, render, scope_of, write_brief

NASTY_CLAIM = "See [x](http://evil) <script>alert(1)</script> *emph* `code` [^1] [@trade-2019] a | b"

EXTRA_SOURCES = {
    "evil-source": (
        "---\nid: evil-source\ntitle: 'Evil <b>headline</b>'\noutlet: The <i>Outlet</i>\npublished: 2025-01-15\n---\n"
        "Officials said trade [x](http://evil) would grow.\n"
    ),
    "undated-source": "---\nid: undated-source\ntitle: Undated talk\n---\nA forum was held in Lahore.\n",
}
EXTRA_FACTS = """\
- id: evil-fact
  claim: "See [x](http://evil) <script>alert(1)</script> *emph* `code` [^1] [@trade-2019] a | b\\n# Heading"
  source: evil-source
  quote: "trade [x](http://evil) would grow"
  date: "2025-01"
  topics: [trade]
- id: undated-fact
  claim: A forum was held in Lahore.
  source: undated-source
  quote: A forum was held in Lahore.
  date: "2025"
  topics: [trade]
- id: draft-fact
  claim: A draft claim.
  source: mini-source
  quote: A delegation will visit Minsk next month.
  date: "2025-02"
  topics: [visits]
  draft: "true"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The mini project plus a fact full of markup, an undated source and a draft."""
    project = make_project(tmp_path)
    for name, text in EXTRA_SOURCES.items():
        (project / "facts" / "sources" / f"{name}.md").write_text(text, encoding="utf-8")
    (project / "facts" / "zz-extra.yaml").write_text(EXTRA_FACTS, encoding="utf-8")
    return project


def reader_text(rendered: Rendered) -> str:
    return rendered.page.text


def citation_ids(rendered: Rendered) -> list[str]:
    """Fact ids in the order a reader meets their first citation."""
    return rendered.markdown.citations.order


def problem_of(project: Path, body: str, front: str = "title: Test brief\n", as_of: dt.date | None = None) -> Problem:
    with pytest.raises(BriefgenError) as caught:
        render(project, body, front, as_of)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


# --- escaping: a fact's text never becomes markup ---------------------------------------------------------

MARKUP_TAGS = {"a", "img", "script", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "sup", "pre", "ul", "ol", "li"}
MARKUP_TAGS |= {"blockquote", "hr", "del", "s", "table", "div", "br", "iframe", "b", "i"}


def render_literal(text: str) -> str:
    """Escape ``text`` as a template would print it, render the Markdown, return the HTML."""
    rendered = render_markdown(escape_markdown(text), lambda _: True, lambda fid, n: "note")
    assert rendered.malformed == []
    assert rendered.citations.order == []
    return rendered.html


@pytest.mark.parametrize(
    "text",
    [
        "[x](http://evil)",
        "[x](https://fine.example)",
        "![img](https://tracker.example/pixel.png)",
        "<https://auto.example>",
        "Intro\n# Heading",
        "Title\n=====",
        "[^1]",
        "[@other-fact]",
        "[@trade-2019; @tractor-assembly]",
        "[@",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "*emph* and _emph_",
        "**strong** and __strong__",
        "`code` and ``more``",
        "~~struck~~",
        "a | b",
        "1. first",
        "- item",
        "+ item",
        "> quoted",
        "---",
        "    indented code",
        "::: about\nhidden\n:::",
        "&lt;b&gt; &amp; &#60;",
        "C:\\path\\ and \\[escaped\\]",
        "line  \nbreak",
        "line\\\nbreak",
    ],
)
def test_fact_text_prints_literally(text: str) -> None:
    html = render_literal(text)
    page = read_html(html)
    assert page.tag_names <= {"p"}, html
    assert page.text == " ".join(text.split())


def test_a_fact_full_of_markup_reaches_the_reader_as_text(project: Path) -> None:
    rendered = render(project, "{{ fact('evil-fact').claim }}\n")
    page = rendered.page
    assert page.tag_names == {"p"}, rendered.html
    assert page.text == NASTY_CLAIM + " # Heading"
    assert citation_ids(rendered) == [], "a citation inside fact text is not a citation"
    assert rendered.markdown.malformed == []


def test_fact_text_in_a_table_cell_stays_in_its_cell(project: Path) -> None:
    body = "| Claim | Source |\n|---|---|\n| {{ fact('evil-fact').claim }} | {{ fact('evil-fact').source.outlet }} |\n"
    rendered = render(project, body)
    page = rendered.page
    cells = [tag for tag, _ in page.tags if tag == "td"]
    assert len(cells) == 2, rendered.html
    assert not page.tag_names & {"a", "script", "em", "code", "sup", "h1", "i", "b"}
    assert NASTY_CLAIM.replace("*", "") not in page.text  # sanity: the asterisks are there
    assert "a | b # Heading" in page.text
    assert "The <i>Outlet</i>" in page.text


def test_fact_text_in_a_list_item_stays_one_item(project: Path) -> None:
    rendered = render(project, "- {{ fact('evil-fact').claim }}\n- second\n")
    assert [tag for tag, _ in rendered.page.tags].count("li") == 2
    assert "h1" not in rendered.page.tag_names


def test_values_built_in_the_template_are_escaped_too(project: Path) -> None:
    rendered = render(project, "{{ '[click](https://x.example)' }} {{ '<b>' ~ 'bold' ~ '</b>' }} {{ fact('trade-2019').claim ~ ' *!*' }}\n")
    assert rendered.page.tag_names == {"p"}
    assert rendered.page.text == "[click](https://x.example) <b>bold</b> Trade stood at US$50.2 million in 2019, in Belarus's favour. *!*"


def test_a_citation_mark_from_a_helper_is_not_escaped(project: Path) -> None:
    rendered = render(project, "Trade in 2019 {{ fact('trade-2019').cite }} and {{ cite('tractor-assembly', 'trade-2019') }}.\n")
    assert citation_ids(rendered) == ["trade-2019", "tractor-assembly"]


def test_macro_output_is_not_escaped_twice(project: Path) -> None:
    body = (
        "{% import 'partials/macros.md.j2' as m %}\n"
        "{{ m.source_name(fact('trade-2019').source) }}: {{ m.source_label(fact('evil-fact').source) }}\n"
    )
    rendered = render(project, body)
    assert rendered.page.text == "Test Gazette: The <i>Outlet</i>, 15 January 2025"
    assert rendered.page.tag_names == {"p"}


def test_join_and_join_and_escape_each_item(project: Path) -> None:
    items = "['[x](http://evil)', '<b>b</b>', '*c*']"
    rendered = render(project, f"{{{{ {items} | join_and }}}}\n\n{{{{ {items} | join(' / ') }}}}\n\n{{{{ {items} | join_and('or') }}}}\n")
    assert rendered.page.tag_names == {"p"}, rendered.html
    assert rendered.page.text == "[x](http://evil), <b>b</b> and *c* [x](http://evil) / <b>b</b> / *c* [x](http://evil), <b>b</b> or *c*"


def test_the_tojson_urlize_and_xmlattr_filters_are_gone(project: Path) -> None:
    env = make_narrative_environment(project)
    assert not {"safe", "tojson", "urlize", "xmlattr"} & set(env.filters)
    assert {"date", "number", "money", "percent", "amount", "join", "join_and"} <= set(env.filters)


def test_values_side_by_side_cannot_indent_a_line_or_break_it() -> None:
    env = make_narrative_environment(Path())
    markdown = env.from_string("{{ a }}{{ a }}{{ a }}{{ a }}{{ b }}\n\n{{ c }}{{ c }}\nnext line\n").render(a=" ", b="code?", c="word ")
    html = render_markdown(markdown, lambda _: True, lambda fid, n: "note").html
    assert read_html(html).tag_names == {"p"}, html
    assert read_html(html).text == "code? word word next line"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
@example("\ue5b0 a line marker \ue5b1 in a value \ue5b2")
def test_any_text_escaped_and_rendered_is_one_literal_paragraph(text: str) -> None:
    rendered = render_markdown(escape_markdown(text), lambda _: True, lambda fid, n: "note")
    html = rendered.html
    tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"p"}, html
    for forbidden in ("<a", "<img", "<script", "<h", "<em", "<strong", "<code", "<sup", "<div", "<table"):
        assert forbidden not in html
    assert rendered.citations.order == [] and rendered.malformed == []
    # NUL and the three private-use characters that mark template lines (render/sourcemap.py) cannot come from a value.
    expected = " ".join(text.translate(dict.fromkeys(map(ord, "\x00\ue5b0\ue5b1\ue5b2"), "\ufffd")).split())
    assert read_html(html).text == " ".join(expected.split())


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text())
def test_any_values_printed_by_a_template_stay_literal(first: str, second: str) -> None:
    env = make_narrative_environment(Path())
    markdown = env.from_string("| A | B |\n|---|---|\n| {{ a }} | {{ b }} |\n\n{{ a }} {{ [a, b] | join_and }}\n").render(a=first, b=second)
    html = render_markdown(markdown, lambda _: True, lambda fid, n: "note").html
    tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"table", "thead", "tbody", "tr", "th", "td", "p"}, html
    assert html.count("<td") == 2, "a value cannot add or remove table cells"


# --- fact() and facts() ----------------------------------------------------------------------------------


def test_fact_gives_the_fields_a_template_prints(project: Path) -> None:
    body = (
        "{{ fact('trade-2019').claim }} / {{ fact('trade-2019').value | money }} / {{ fact('trade-2019').date | date }} / "
        "{{ fact('tractor-assembly').date | date }} / {{ fact('trade-2019').source.label }} / {{ fact('trade-2019').kind }} / "
        "{{ fact('trade-2019').value.period }} / {{ fact('trade-2019').source.published | date }}\n"
    )
    text = reader_text(render(project, body))
    assert text == (
        "Trade stood at US$50.2 million in 2019, in Belarus's favour. / US$50.2 million / 2019 / January 2025 / "
        "Test Gazette / figure / 2019 / 31 January 2025"
    )


def _ids(project: Path, call: str, front: str = "title: Test brief\n", as_of: dt.date | None = None) -> list[str]:
    text = reader_text(render(project, f"{{{{ {call} | map(attribute='id') | join(' ') }}}}\n", front, as_of))
    return text.split()


def test_facts_come_in_date_order(project: Path) -> None:
    assert _ids(project, "facts()") == [
        "trade-2019",
        "trade-2019-later",
        "evil-fact",
        "tractor-assembly",
        "delegation-plan",
        "delegation-visit",
    ]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("facts(topic='visits')", ["delegation-plan", "delegation-visit"]),
        ("facts(topic='industry')", ["tractor-assembly"]),
        ("facts(source='later-source')", ["trade-2019-later", "delegation-visit"]),
        ("facts(since='2025-02')", ["delegation-plan", "delegation-visit"]),
        ("facts(since='2025-01-20')", ["evil-fact", "tractor-assembly", "delegation-plan", "delegation-visit"]),
        ("facts(until='2019')", ["trade-2019", "trade-2019-later"]),
        ("facts(until='2025-01')", ["trade-2019", "trade-2019-later", "evil-fact", "tractor-assembly"]),
        ("facts(since='2025-01', until='2025-02')", ["evil-fact", "tractor-assembly", "delegation-plan"]),
        ("facts(metric='trade-volume')", ["trade-2019", "trade-2019-later"]),
        ("facts(kind='plan')", ["delegation-plan"]),
        ("facts(kind='event')", ["tractor-assembly", "delegation-visit"]),
        ("facts(event='delegation-minsk')", ["delegation-plan", "delegation-visit"]),
        ("facts(topic='trade', source='mini-source')", ["trade-2019"]),
        ("facts(since=as_of())", []),
        ("facts(topic='visits', kind='figure')", []),
    ],
)
def test_facts_filters(project: Path, call: str, expected: list[str]) -> None:
    assert _ids(project, call) == expected


def test_facts_accept_a_fact_s_date_as_a_bound(project: Path) -> None:
    assert _ids(project, "facts(since=fact('delegation-plan').date)") == ["delegation-plan", "delegation-visit"]


def test_facts_honour_the_brief_s_topics(project: Path) -> None:
    assert _ids(project, "facts()", "title: T\ntopics: [visits, industry]\n") == ["tractor-assembly", "delegation-plan", "delegation-visit"]
    assert _ids(project, "facts(topic='trade')", "title: T\ntopics: [visits]\n") == []


def test_facts_honour_the_as_of_date(project: Path) -> None:
    expected = ["trade-2019", "evil-fact", "tractor-assembly", "delegation-plan"]
    assert _ids(project, "facts()", as_of=dt.date(2025, 2, 1)) == expected
    assert _ids(project, "facts()", "title: T\nas_of: 2025-02-01\n") == expected


def test_an_undated_source_is_never_in_an_as_of_view(project: Path) -> None:
    assert "undated-fact" not in _ids(project, "facts()")


def test_facts_with_an_unknown_topic_suggests_one(project: Path) -> None:
    problem = problem_of(project, "Intro.\n{{ facts(topic='trad') | length }}\n")
    assert (problem.path, problem.line) == ("briefs/mini.md", 5)
    assert problem.message == "facts(): unknown topic 'trad'"
    assert problem.hint == "did you mean 'trade'?"


def test_facts_with_a_bad_date_is_a_located_error(project: Path) -> None:
    problem = problem_of(project, "{{ facts(since='February') | length }}\n")
    assert problem.line == 4
    assert "'February' is not a date" in problem.message


# --- why a fact cannot be cited --------------------------------------------------------------------------


def test_an_unknown_fact_suggests_the_closest_id(project: Path) -> None:
    problem = problem_of(project, "One.\n{{ fact('trade-2091').claim }}\n")
    assert (problem.path, problem.line) == ("briefs/mini.md", 5)
    assert problem.message == "unknown fact 'trade-2091'"
    assert problem.hint == "did you mean 'trade-2019'?"


def test_an_unknown_fact_far_from_any_id_points_to_check(project: Path) -> None:
    problem = problem_of(project, "{{ fact('zzzzzz').claim }}\n")
    assert problem.message == "unknown fact 'zzzzzz'"
    assert problem.hint == "run `briefgen check --json` to list fact ids"


def test_a_draft_cannot_be_cited(project: Path) -> None:
    problem = problem_of(project, "{{ fact('draft-fact').claim }}\n")
    assert problem.message == "fact 'draft-fact' is a draft and cannot be cited"
    assert problem.hint and "facts/drafts/" in problem.hint


def test_a_fact_newer_than_the_edition_is_explained(project: Path) -> None:
    problem = problem_of(project, "One.\n\n{{ fact('delegation-visit').claim }}\n", as_of=dt.date(2025, 2, 1))
    assert (problem.path, problem.line) == ("briefs/mini.md", 6)
    assert problem.message == "fact 'delegation-visit' is not available as of 2025-02-01 (its source is published 2025-04-10)"
    assert problem.hint == (
        "wrap the text that cites it in {% if available('delegation-visit') %}…{% endif %} so that earlier editions "
        "leave it out, or cite an older fact"
    )


def test_a_fact_from_an_undated_source_is_explained(project: Path) -> None:
    problem = problem_of(project, "{{ fact('undated-fact').claim }}\n")
    assert problem.message.startswith("fact 'undated-fact' is not available as of 2025-04-10")
    assert "no publication date" in problem.message
    assert problem.hint and "later --as-of" not in problem.hint, "a later edition would not help"


# --- cite(), commitments(), discrepancies(), sources(), as_of() -------------------------------------------------


def test_cite_accepts_views_ids_and_lists_once_each(project: Path) -> None:
    rendered = render(project, "Both {{ cite('trade-2019', fact('tractor-assembly'), ['delegation-plan', 'trade-2019']) }}.\n")
    assert citation_ids(rendered) == ["trade-2019", "tractor-assembly", "delegation-plan"]
    assert rendered.narrative.markdown.strip() == "Both [@trade-2019; @tractor-assembly; @delegation-plan]."


def test_cite_needs_a_fact(project: Path) -> None:
    assert problem_of(project, "{{ cite() }}\n").message == "cite() needs at least one fact"
    assert problem_of(project, "{{ cite([]) }}\n").message == "cite() needs at least one fact"


def test_cite_of_an_unknown_fact_fails(project: Path) -> None:
    assert problem_of(project, "{{ cite('trade-2019', 'nope-fact') }}\n").message == "unknown fact 'nope-fact'"


def _statuses(project: Path, as_of: dt.date | None = None) -> str:
    body = (
        "{% for c in commitments() %}{{ c.plan.id }}: {{ c.status }} ({{ c.outcomes | map(attribute='id') | join(', ') }}); {% endfor %}\n"
    )
    return reader_text(render(project, body, as_of=as_of))


def test_commitments_report_their_status(project: Path) -> None:
    assert _statuses(project) == "delegation-plan: reported (delegation-visit);"
    assert _statuses(project, dt.date(2025, 2, 10)) == "delegation-plan: not yet due ();"
    assert _statuses(project, dt.date(2025, 3, 15)) == "delegation-plan: no later report ();"


def test_commitments_honour_the_topics(project: Path) -> None:
    body = "{{ commitments() | length }}\n"
    assert reader_text(render(project, body, "title: T\ntopics: [trade]\n")) == "0"


def _discrepancies(project: Path, front: str = "title: T\n", as_of: dt.date | None = None) -> Rendered:
    body = "{% for d in discrepancies() %}- {{ d.kind }}: {{ d.key }} {{ d.cite }}\n{% endfor %}\n"
    return render(project, body, front, as_of)


def test_discrepancies_are_those_in_scope(project: Path) -> None:
    everything = _discrepancies(project)
    assert everything.page.text.split(" ")[:2] == ["figure:", "trade-volume"]
    assert "date: delegation-minsk" in everything.page.text
    assert citation_ids(everything) == ["trade-2019", "trade-2019-later", "delegation-plan", "delegation-visit"]
    trade_only = _discrepancies(project, "title: T\ntopics: [trade]\n")
    assert citation_ids(trade_only) == ["trade-2019", "trade-2019-later"]
    assert _discrepancies(project, "title: T\ntopics: [industry]\n").page.text == ""


def test_discrepancies_honour_the_as_of_date(project: Path) -> None:
    assert _discrepancies(project, as_of=dt.date(2025, 2, 1)).page.text == ""


def test_a_discrepancy_message_names_both_statements(project: Path) -> None:
    text = reader_text(render(project, "{% for d in discrepancies() %}{{ d.message }}\n\n{% endfor %}"))
    assert (
        "sources disagree on figures for trade-volume (2019): 'trade-2019' says 50200000 USD; 'trade-2019-later' says 19050000 USD" in text
    )


def test_sources_are_those_in_scope_oldest_first(project: Path) -> None:
    body = "{% for s in sources() %}{{ s.id }} {% endfor %}\n"
    assert reader_text(render(project, body)).split() == ["evil-source", "mini-source", "later-source"]
    assert reader_text(render(project, body, as_of=dt.date(2025, 1, 20))).split() == ["evil-source"]
    assert reader_text(render(project, body, "title: T\ntopics: [industry]\n")).split() == ["mini-source"]


def test_a_source_s_label_is_what_it_states(project: Path) -> None:
    body = "{% for s in sources() %}{{ s.label }}; {% endfor %}\n"
    assert reader_text(render(project, body)) == "The <i>Outlet</i>; Test Gazette; Test Gazette;"


def test_as_of_is_the_edition_date(project: Path) -> None:
    assert reader_text(render(project, "As of {{ as_of() | date }}.\n")) == "As of 10 April 2025."
    assert reader_text(render(project, "As of {{ as_of() | date }}.\n", as_of=dt.date(2025, 2, 1))) == "As of 1 February 2025."


def test_the_narrative_records_the_templates_it_used(project: Path) -> None:
    rendered = render(project, "{% import 'partials/macros.md.j2' as m %}\n{{ m.period('2019') }}\n")
    assert rendered.narrative.templates == ["briefs/mini.md", "partials/macros.md.j2"]
    twice = render(project, "{% import 'partials/macros.md.j2' as m %}\n{% import 'partials/macros.md.j2' as n %}\nText.\n")
    assert twice.narrative.templates == ["briefs/mini.md", "partials/macros.md.j2"]


# --- citations typed in templates ----------------------------------------------------------------------------


def test_static_citations_are_checked_where_they_are_typed(project: Path) -> None:
    (project / "templates" / "partials" / "typed.md.j2").write_text("Fine [@trade-2019].\nTypo [@tractor-asembly].\n", encoding="utf-8")
    body = (
        "Good [@trade-2019].\n"  # line 4
        "Capital [@Trade-2019].\n"  # 5
        "Comma [@trade-2019,@tractor-assembly].\n"  # 6
        "Unknown [@trade-2091].\n"  # 7
        "Escaped \\[@not-a-fact] is text.\n"  # 8
        "Built [@{{ fact('trade-2019').id }}] by the template.\n"  # 9
        "Newer [@delegation-visit].\n"  # 10: known, so checked where it is rendered (see below)
        "Unclosed [@trade-2019\n"  # 11
        "Two [@trade-2019; @no-such-fact].\n"  # 12
        "{% include 'partials/typed.md.j2' %}\n"
    )
    write_brief(project, body)
    corpus = load(project)
    scope = scope_of(project, corpus, dt.date(2025, 2, 1))
    problems = static_citation_problems(project, ["briefs/mini.md", "partials/typed.md.j2"], scope, corpus)
    found = [(p.path, p.line, p.message) for p in problems]
    assert found == [
        ("briefs/mini.md", 5, "malformed citation '[@Trade-2019]'"),
        ("briefs/mini.md", 6, "malformed citation '[@trade-2019,@tractor-assembly]'"),
        ("briefs/mini.md", 7, "unknown fact 'trade-2091'"),
        ("briefs/mini.md", 11, "malformed citation '[@trade-2019'"),
        ("briefs/mini.md", 12, "unknown fact 'no-such-fact'"),
        ("templates/partials/typed.md.j2", 2, "unknown fact 'tractor-asembly'"),
    ]
    assert problems[2].hint == "did you mean 'trade-2019'?"
    assert problems[0].hint and "[@fact-id]" in problems[0].hint


def test_a_guarded_citation_newer_than_the_edition_is_left_out(project: Path) -> None:
    body = "One [@trade-2019].\n{% if available('delegation-visit') %}Newer [@delegation-visit].{% endif %}\n"
    early = render(project, body, as_of=dt.date(2025, 2, 1))
    assert early.markdown.unknown == []
    assert "Newer" not in reader_text(early)
    late = render(project, body, as_of=dt.date(2025, 4, 10))
    assert citation_ids(late) == ["trade-2019", "delegation-visit"]


def test_a_citation_built_by_a_macro_is_checked_when_the_page_is_built(project: Path) -> None:
    from briefgen.render.pipeline import render_brief

    write_brief(project, "{% macro c(id) %}[@{{ id }}]{% endmacro %}Trade {{ c('nope') }}.\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    problem = caught.value.problems[0]
    assert problem.path == "briefs/mini.md"
    assert problem.message == "unknown fact 'nope' (cited on line 4 of the rendered narrative)"
    # An id printed inside a typed bracket is escaped like any value, so the citation is malformed, never silently lost.
    write_brief(project, "{% macro c(id) %}[@{{ id }}]{% endmacro %}Trade {{ c('trade-2019') }}.\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    assert caught.value.problems[0].message.startswith("malformed citation '[@trade")
