"""Reading every branch of a brief without rendering it: what cannot work on any date is found.

Each test writes a brief whose mistake sits where today's render does not
go (an else branch, an if that is false, a partial included only there) and
asserts the ``path:line: message`` an editor would read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import Problem
from briefgen.render.static_check import static_problems
from tests.rendering import load, make_project, write_brief

BRIEF = "briefs/mini.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def found(project: Path, body: str) -> list[str]:
    """The problems in a brief whose body is ``body`` (the body starts on line 4)."""
    write_brief(project, body)
    problems, _ = static_problems(project, BRIEF, load(project))
    return [p.format() for p in problems]


def partial(project: Path, name: str, text: str) -> None:
    (project / "templates" / "partials" / name).write_text(text, encoding="utf-8")


def test_a_clean_brief_has_no_problems_and_lists_the_partials_it_reaches(project: Path) -> None:
    write_brief(project, "{% if available('trade-2019') %}{% include 'partials/trade-table.md.j2' %}{% endif %}\n")
    problems, templates = static_problems(project, BRIEF, load(project))
    assert problems == []
    assert templates == [BRIEF, "partials/trade-table.md.j2", "partials/macros.md.j2"]


def test_the_mini_brief_and_every_shipped_partial_are_clean(project: Path) -> None:
    includes = "".join(f"{{% include 'partials/{p.name}' %}}\n" for p in sorted((project / "templates/partials").glob("*.j2")))
    required = "{% set sector_topic = 'trade' %}{% set corroborated = [] %}"  # what the two partials that need a variable need
    assert found(project, "{% if false %}\n" + required + "\n" + includes + "{% endif %}\n") == []


def test_an_unknown_helper_in_an_else_branch(project: Path) -> None:
    body = "{% if available('trade-2019') %}\nYes.\n{% else %}\n{{ facs(topic='trade') | length }}\n{% endif %}\n"
    assert found(project, body) == [f"{BRIEF}:7: unknown helper 'facs' (hint: did you mean 'facts'?)"]


def test_an_unknown_helper_far_from_any_name_points_at_the_list(project: Path) -> None:
    assert found(project, "{% if false %}{{ zzqx() }}{% endif %}\n") == [
        f"{BRIEF}:4: unknown helper 'zzqx' (hint: `briefgen helpers` lists the helpers that exist)"
    ]


def test_an_unknown_variable_in_a_loop_s_else(project: Path) -> None:
    body = "{% for f in facts(topic='trade') %}\n{{ f.claim }}\n{% else %}\n{{ g.claim }}\n{% endfor %}\n"
    assert found(project, body) == [f"{BRIEF}:7: 'g' is undefined (hint: set it with {{% set … %}} first, or see `briefgen helpers`)"]


def test_names_the_template_binds_are_known_wherever_they_are_bound(project: Path) -> None:
    body = (
        "{% import 'partials/macros.md.j2' as m %}\n"
        "{% set ns = namespace(n=0) %}\n"
        "{% macro line(f, extra=none) %}{{ f.claim }}{{ caller() if caller is defined }}{% endmacro %}\n"
        "{% for key, items in facts() | groupby('kind') %}{{ key }}{{ loop.index }}{{ items | length }}{% endfor %}\n"
        "{% with total = 3 %}{{ total }}{% endwith %}\n"
        "{{ brief.title }} {{ range(3) | list }} {{ optional | default('none') }}\n"
        "{% if maybe is defined %}{{ maybe }}{% endif %}\n"
    )
    assert found(project, body) == []


def test_an_unknown_filter_and_test_in_untaken_branches(project: Path) -> None:
    body = "{% if false %}\n{{ 5 | monye }}\n{{ 'x' | safe }}\n{% if 3 is odd_number %}{% endif %}\n{% endif %}\n"
    assert found(project, body) == [
        f"{BRIEF}:5: unknown filter 'monye' (hint: did you mean 'money'?)",
        f"{BRIEF}:6: unknown filter 'safe' "
        "(hint: this filter is not available in briefs: every value is escaped, and cannot be marked safe)",
        f"{BRIEF}:7: unknown test 'odd_number' (hint: did you mean 'number'?)",
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("fact('trade-2091')", "unknown fact 'trade-2091' (hint: did you mean 'trade-2019'?)"),
        ("cite('tractor-assembly', 'trade-2091')", "unknown fact 'trade-2091' (hint: did you mean 'trade-2019'?)"),
        ("cite(['trade-2019', 'trade-2091'])", "unknown fact 'trade-2091' (hint: did you mean 'trade-2019'?)"),
        ("available('zz-nothing-like-it')", "unknown fact 'zz-nothing-like-it' (hint: run `briefgen check --json` to list fact ids)"),
        ("facts(topic='trades')", "facts(): unknown topic 'trades' (hint: did you mean 'trade'?)"),
    ],
)
def test_a_literal_fact_id_or_topic_the_corpus_lacks(project: Path, call: str, message: str) -> None:
    assert found(project, f"Intro.\n{{% if not available('trade-2019') %}}{{{{ {call} }}}}{{% endif %}}\n") == [f"{BRIEF}:5: {message}"]


def test_a_fact_too_new_for_today_is_left_to_the_sweep(project: Path) -> None:
    write_brief(project, "{{ fact('delegation-visit').claim }}\n", front="title: Test brief\nas_of: 2025-02-01\n")
    problems, _ = static_problems(project, BRIEF, load(project))
    assert problems == []


def test_a_draft_fact_id(project: Path) -> None:
    (project / "facts" / "drafts").mkdir()
    (project / "facts" / "drafts" / "d.yaml").write_text(
        "- id: draft-fact\n  claim: A draft.\n  source: mini-source\n  quote: A delegation will visit Minsk next month.\n"
        "  date: '2025-02'\n  topics: [visits]\n",
        encoding="utf-8",
    )
    assert found(project, "{% if false %}{{ fact('draft-fact').claim }}{% endif %}\n") == [
        f"{BRIEF}:4: fact 'draft-fact' is a draft and cannot be cited (hint: curate it and move it from facts/drafts/ into facts/)"
    ]


def test_a_missing_partial_in_an_untaken_branch(project: Path) -> None:
    assert found(project, "One.\n{% if false %}\n{% include 'partials/trade-tabel.md.j2' %}\n{% endif %}\n") == [
        f"{BRIEF}:6: unknown partial 'partials/trade-tabel.md.j2' (not found in templates/) "
        "(hint: did you mean 'partials/trade-table.md.j2'?)"
    ]


def test_an_include_that_may_be_missing_is_not_blamed(project: Path) -> None:
    body = "{% include 'partials/nothing.md.j2' ignore missing %}\n{% include ['partials/nothing.md.j2', 'partials/timeline.md.j2'] %}\n"
    assert found(project, body) == []


def test_a_mistake_inside_a_partial_names_the_partial_s_line(project: Path) -> None:
    partial(project, "mine.md.j2", "## Mine\n\n{% if false %}{{ fatc('trade-2019').claim }}{% endif %}\n")
    assert found(project, "{% if false %}{% include 'partials/mine.md.j2' %}{% endif %}\n") == [
        "templates/partials/mine.md.j2:3: unknown helper 'fatc' (hint: did you mean 'fact'?)"
    ]


def test_a_partial_sees_the_names_its_includer_sets(project: Path) -> None:
    partial(project, "uses.md.j2", "{{ chosen.claim }}\n")
    assert found(project, "{% for chosen in facts() %}{% include 'partials/uses.md.j2' %}{% endfor %}\n") == []


def test_a_partial_s_required_variable_left_unset(project: Path) -> None:
    body = "{% with sector_topic = 'trade' %}{% include 'partials/sector.md.j2' %}{% endwith %}\n"
    assert found(project, body) == []
    problems = found(project, "{% if false %}{% include 'partials/sector.md.j2' %}{% endif %}\n")
    assert problems[0].startswith("templates/partials/sector.md.j2:14: 'sector_topic' is undefined")


def test_a_template_extended_must_exist(project: Path) -> None:
    assert found(project, "{% extends 'zz/qqqq.md.j2' %}\n") == [
        f"{BRIEF}:4: unknown partial 'zz/qqqq.md.j2' (not found in templates/) "
        "(hint: `briefgen helpers` lists the partials in templates/partials/)"
    ]


def test_an_imported_macro_that_does_not_exist(project: Path) -> None:
    partial(project, "mymacros.md.j2", "{% macro total(x) %}{{ x }}{% endmacro %}\n{% set unit = 'USD' %}\n")
    body = "{% from 'partials/mymacros.md.j2' import totals, unit %}\n{% import 'partials/mymacros.md.j2' as mm %}\n"
    assert found(project, body) == [f"{BRIEF}:4: 'partials/mymacros.md.j2' defines no macro 'totals' (hint: did you mean 'total'?)"]


def test_a_syntax_error_in_a_partial_is_located_there(project: Path) -> None:
    partial(project, "broken.md.j2", "One.\n{{ x }\n")
    problems = found(project, "{% if false %}{% include 'partials/broken.md.j2' %}{% endif %}\n")
    assert problems == [
        "templates/partials/broken.md.j2:2: template syntax error: unexpected '}' "
        "(hint: a '{{ … }}' expression closes with '}}'; a '{% … %}' tag closes with '%}')"
    ]


def test_problems_are_problems(project: Path) -> None:
    write_brief(project, "{{ nope() }}\n")
    problems, _ = static_problems(project, BRIEF, load(project))
    assert problems == [Problem(BRIEF, 4, "unknown helper 'nope'")]
