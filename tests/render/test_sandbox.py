"""The sandboxed environment: what a template may load, what it may do, and how its errors read.

Loader refusals are tested on :class:`ProjectLoader` itself and through a
brief, where the editor sees them as ``path:line: message``.  Every error
test asserts the file and line a reader of the message would open.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest

from briefgen.errors import BriefgenError, Problem
from briefgen.render.sandbox import (
    MAX_TEMPLATE_BYTES,
    ProjectLoader,
    TemplateLimitError,
    make_environment,
    template_problem,
)
from tests.rendering import make_project, render

BRIEF = "briefs/mini.md"
FRONT_LINES = 3  # "---", "title: Test brief", "---": the body starts on line 4


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def problems_of(project: Path, body: str) -> list[Problem]:
    with pytest.raises(BriefgenError) as caught:
        render(project, body)
    return caught.value.problems


def problem_of(project: Path, body: str) -> Problem:
    problems = problems_of(project, body)
    assert len(problems) == 1, problems
    return problems[0]


def body_line(n: int) -> int:
    """The file line of the brief body's n-th line (1-based)."""
    return FRONT_LINES + n


# --- the loader ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Partials/Trade.md.j2",  # capitals
        "partials/trade.txt",  # not a template suffix
        "../facts/trade.yaml",
        "partials/../../facts/sources/mini-source.md",
        "partials/../macros.md.j2",
        "/etc/passwd.md",
        "//etc/passwd.md",
        "partials//macros.md.j2",
        "partials/.hidden.md.j2",
        "partials\\macros.md.j2",
        "",
        "partials/macros.md.j2\n",
    ],
)
def test_loader_refuses_names_outside_the_pattern(project: Path, name: str) -> None:
    with pytest.raises(jinja2.TemplateNotFound) as caught:
        ProjectLoader(project).resolve(name)
    assert "is not a valid template name" in str(caught.value.message)


def test_loader_finds_partials_and_briefs(project: Path) -> None:
    loader = ProjectLoader(project)
    assert loader.resolve("partials/macros.md.j2") == (project / "templates" / "partials" / "macros.md.j2").resolve()
    assert loader.resolve("briefs/mini.md") == (project / "briefs" / "mini.md").resolve()
    assert "partials/macros.md.j2" in loader.list_templates()
    assert "layouts/brief.html.j2" in loader.list_templates()


def test_loader_reports_a_missing_template_as_not_found(project: Path) -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        ProjectLoader(project).resolve("partials/no-such-partial.md.j2")


def test_loader_refuses_a_file_symlink_inside_templates(project: Path) -> None:
    link = project / "templates" / "partials" / "leak.md.j2"
    link.symlink_to(project / "facts" / "sources" / "mini-source.md")
    loader = ProjectLoader(project)
    with pytest.raises(jinja2.TemplateNotFound) as caught:
        loader.resolve("partials/leak.md.j2")
    assert "symbolic link" in str(caught.value.message)
    assert "partials/leak.md.j2" not in loader.list_templates()


def test_loader_refuses_a_symlink_even_to_a_file_inside_templates(project: Path) -> None:
    (project / "templates" / "partials" / "alias.md.j2").symlink_to(project / "templates" / "partials" / "macros.md.j2")
    with pytest.raises(jinja2.TemplateNotFound, match="symbolic link"):
        ProjectLoader(project).get_source(jinja2.Environment(), "partials/alias.md.j2")


def test_loader_refuses_a_directory_symlink_on_the_way(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md.j2").write_text("SECRET\n", encoding="utf-8")
    (project / "templates" / "linked").symlink_to(outside, target_is_directory=True)
    loader = ProjectLoader(project)
    with pytest.raises(jinja2.TemplateNotFound, match="symbolic link"):
        loader.resolve("linked/secret.md.j2")
    assert not any(name.startswith("linked/") for name in loader.list_templates())


def test_a_symlinked_partial_fails_the_brief_at_the_include(project: Path) -> None:
    (project / "templates" / "partials" / "leak.md.j2").symlink_to(project / "facts" / "trade.yaml")
    problem = problem_of(project, "Intro.\n\n{% include 'partials/leak.md.j2' %}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))
    assert "symbolic link" in problem.message
    assert "tractor" not in problem.message


@pytest.mark.parametrize(
    "target",
    ["../facts/trade.yaml", "/etc/passwd", "partials/../../facts/trade.yaml", "../../../../etc/hostname"],
)
def test_a_brief_cannot_include_outside_templates(project: Path, target: str) -> None:
    problem = problem_of(project, f"Intro.\n{{% include '{target}' %}}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert f"'{target}' is not a valid template name" in problem.message


def test_loader_refuses_templates_over_one_megabyte(project: Path) -> None:
    big = project / "templates" / "partials" / "big.md.j2"
    big.write_bytes(b"x" * (MAX_TEMPLATE_BYTES + 1))
    with pytest.raises(jinja2.TemplateNotFound, match="larger than 1 MB"):
        ProjectLoader(project).get_source(jinja2.Environment(), "partials/big.md.j2")
    problem = problem_of(project, "{% include 'partials/big.md.j2' %}\n")
    assert problem.line == body_line(1)
    assert "larger than 1 MB" in problem.message


def test_a_template_of_exactly_one_megabyte_loads(project: Path) -> None:
    (project / "templates" / "partials" / "full.md.j2").write_bytes(b"x" * MAX_TEMPLATE_BYTES)
    text, _, uptodate = ProjectLoader(project).get_source(jinja2.Environment(), "partials/full.md.j2")
    assert len(text) == MAX_TEMPLATE_BYTES
    assert uptodate()


def test_a_brief_s_front_matter_is_blanked_so_lines_match_the_file(project: Path) -> None:
    (project / "briefs" / "mini.md").write_text("---\ntitle: T\ntopics: [trade]\n---\nfirst body line\n", encoding="utf-8")
    text, _, _ = ProjectLoader(project).get_source(jinja2.Environment(), "briefs/mini.md")
    assert text.split("\n")[4] == "first body line"
    assert "title" not in text


def test_a_brief_without_closed_front_matter_is_read_as_it_is(project: Path) -> None:
    (project / "briefs" / "plain.md").write_text("No front matter here.\n", encoding="utf-8")
    (project / "briefs" / "open.md").write_text("---\ntitle: never closed\nbody\n", encoding="utf-8")
    loader = ProjectLoader(project)
    assert loader.get_source(jinja2.Environment(), "briefs/plain.md")[0] == "No front matter here.\n"
    assert loader.get_source(jinja2.Environment(), "briefs/open.md")[0] == "---\ntitle: never closed\nbody\n"


def test_a_changed_template_is_out_of_date(project: Path) -> None:
    partial = project / "templates" / "partials" / "note.md.j2"
    partial.write_text("one\n", encoding="utf-8")
    _, _, uptodate = ProjectLoader(project).get_source(jinja2.Environment(), "partials/note.md.j2")
    assert uptodate()
    partial.unlink()
    assert not uptodate()


# --- the sandbox ------------------------------------------------------------------------------------


def _render_string(source: str, **context: object) -> str:
    env = make_environment(Path(), autoescape=False)
    return env.from_string(source).render(**context)


def test_undefined_names_are_errors_not_empty_strings() -> None:
    for source in ("{{ nope }}", "{{ nope.attr }}", "{% if nope %}x{% endif %}", "{% for x in nope %}{% endfor %}"):
        with pytest.raises(jinja2.UndefinedError):
            _render_string(source)


def test_missing_attribute_of_a_real_value_is_an_error() -> None:
    with pytest.raises(jinja2.UndefinedError, match="has no attribute 'claimm'"):
        _render_string("{{ item.claimm }}", item=SimpleNamespace(claim="x"))


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ ().__class__.__base__.__subclasses__() }}",
        "{{ f.__globals__ }}",
        "{{ f.__code__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ '{0.__class__}'.format(1) }}",
        "{{ [].append(1) }}",
        "{{ {}.update(a=1) }}",
    ],
)
def test_the_sandbox_refuses_escapes_and_mutation(source: str) -> None:
    with pytest.raises(jinja2.exceptions.SecurityError):
        _render_string(source, f=lambda: None)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ 'a' * 10**9 }}", "'*' would build a value of 1,000,000,000 items"),
        ("{{ 10**9 * 'a' }}", "'*' would build a value of 1,000,000,000 items"),
        ("{{ [0] * 10**9 }}", "'*' would build a value of 1,000,000,000 items"),
        ("{{ (1, 2) * 10**9 }}", "'*' would build a value of 2,000,000,000 items"),
        ("{{ 2 ** 100000 }}", "exponent 100000 is too large"),
    ],
)
def test_operators_that_would_build_huge_values_are_refused(source: str, message: str) -> None:
    with pytest.raises(TemplateLimitError, match=message):
        _render_string(source)


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x' | center(10**9) }}",
        "{{ 'a\\nb' | indent(10**9) }}",
        "{{ [1, 2] | slice(10**9) | list }}",
        "{{ [1, 2] | batch(10**9) | list }}",
        "{{ '%999999999d' % 1 }}",
        "{{ '%.999999999f' % 1 }}",
        "{{ '%*d' % (10**9, 1) }}",
        "{{ '%(a)999999999s' % {'a': 1} }}",
        "{{ '%999999999d' | format(1) }}",
        "{{ '{:>999999999}'.format('x') }}",
        "{{ '{0:{1}}'.format('x', 10**9) }}",
        "{{ '{x:>999999999}'.format_map({'x': 1}) }}",
        "{{ ('x' * 5000000) | replace('x', 'xx') }}",
        "{{ ('x' * 5000).replace('x', 'x' * 5000) }}",
        "{{ ('x' * 4000).join(['a'] * 4000) }}",
        "{{ (['a'] * 4000) | join('x' * 4000) }}",
    ],
)
def test_filters_methods_and_formats_that_pad_or_multiply_text_are_refused(source: str) -> None:
    with pytest.raises(TemplateLimitError, match="would build a value of more than 5,000,000"):
        _render_string(source)


@pytest.mark.parametrize("method", ["ljust", "rjust", "center", "zfill", "expandtabs"])
def test_padding_methods_are_not_available(method: str) -> None:
    with pytest.raises(jinja2.exceptions.SecurityError, match=f"'{method}'"):
        _render_string(f"{{{{ 'x'.{method}(10) }}}}")


def test_an_attribute_refused_on_one_type_is_refused_every_time_and_allowed_on_another() -> None:
    """Verdicts are kept per type and name: asking first on a type that allows it changes nothing."""
    holder = SimpleNamespace(append="kept", ljust="kept")
    assert _render_string("{{ h.append }} {{ h.ljust }}", h=holder) == "kept kept"
    for _ in range(2):
        with pytest.raises(jinja2.exceptions.SecurityError, match="'append'"):
            _render_string("{{ [].append(1) }}")
        with pytest.raises(jinja2.exceptions.SecurityError, match="'ljust'"):
            _render_string("{{ 'x'.ljust(10) }}")


def test_ordinary_formatting_and_filters_still_work() -> None:
    source = (
        "{{ '%d tractors, %.1f%%' % (2700, 5.25) }}|{{ '{:,}'.format(19050000) }}|{{ '%d' | format(19050000) }}|"
        "{{ 'a b' | replace('a', 'c') }}|{{ ['a', 'b'] | join('-') }}|{{ 'x' | center(5) }}|{{ [1, 2, 3] | batch(2) | list | length }}|"
        "{{ [1, 2, 3] | slice(2) | list | length }}|{{ 'a\nb' | indent(2) }}"
    )
    assert _render_string(source) == "2700 tractors, 5.2%|19,050,000|19050000|c b|a-b|  x  |2|2|a\n  b"


def test_a_recursive_macro_or_include_is_a_located_error(project: Path) -> None:
    problem = problem_of(project, "One.\n{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert problem.message == "a macro or include calls itself without end"
    problem = problem_of(project, "One.\n\n{% include 'briefs/mini.md' %}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))


def test_a_padding_method_in_a_brief_names_its_line(project: Path) -> None:
    problem = problem_of(project, "One.\n{{ fact('trade-2019').claim.ljust(10**9) }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert "'ljust'" in problem.message


def test_a_call_returning_a_huge_value_is_refused() -> None:
    with pytest.raises(TemplateLimitError, match="this expression"):
        _render_string("{{ (('x' * 5000000) ~ 'y').upper() }}")


def test_modulo_and_counted_replace_still_work() -> None:
    assert _render_string("{{ 7 % 3 }} {{ 'aaa'.replace('a', 'b', 2) }} {{ 'aaa' | replace('a', 'b', 1) }}") == "1 bba baa"


def test_huge_ranges_are_refused() -> None:
    with pytest.raises(OverflowError):
        _render_string("{% for i in range(10**9) %}{% endfor %}")


def test_ordinary_arithmetic_still_works() -> None:
    assert (
        _render_string("{{ 'ab' * 3 }} {{ 3 * 'c' }} {{ 2 ** 10 }} {{ 7 * 6 }} {{ 9 - 2 }} {{ 7 // 2 }} {{ 1.5 * 2 }}")
        == "ababab ccc 1024 42 7 3 3.0"
    )


def test_the_safe_filter_is_gone() -> None:
    env = make_environment(Path(), autoescape=True)
    assert "safe" not in env.filters
    with pytest.raises(jinja2.TemplateSyntaxError, match="No filter named 'safe'"):
        env.from_string("{{ '<b>' | safe }}")


def test_autoescaping_escapes_html_in_layouts() -> None:
    env = make_environment(Path(), autoescape=True)
    assert env.from_string("<p>{{ x }}</p>").render(x="<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


# --- errors, located ------------------------------------------------------------------------------------


def test_a_sandbox_escape_in_a_brief_names_its_line(project: Path) -> None:
    problem = problem_of(project, "Intro.\n\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))
    assert problem.message.startswith("not allowed in a template:")
    assert "__class__" in problem.message


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("{{ 'a' * 10**9 }}", "'*' would build a value of 1,000,000,000 items (limit 5,000,000)"),
        ("{{ 2 ** 100000 }}", "exponent 100000 is too large"),
        ("{% for i in range(10**9) %}{% endfor %}", "Range too big"),
    ],
)
def test_a_limit_in_a_brief_names_its_line(project: Path, expression: str, message: str) -> None:
    problem = problem_of(project, f"One.\nTwo.\n{expression}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))
    assert message in problem.message


def test_a_syntax_error_names_file_and_line(project: Path) -> None:
    problem = problem_of(project, "Intro.\n\n\n{{ fact( }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(4))
    assert problem.message.startswith("template syntax error:")


@pytest.mark.parametrize(
    ("body", "message", "hint"),
    [
        (
            "Trade {{ fact('trade-2019').claim }.\n",
            "template syntax error: unexpected '}'",
            "a '{{ … }}' expression closes with '}}'; a '{% … %}' tag closes with '%}'",
        ),
        (
            "{% if available('trade-2019') }}Yes{% endif %}\n",
            "template syntax error: unexpected '}'",
            "a '{{ … }}' expression closes with '}}'; a '{% … %}' tag closes with '%}'",
        ),
        (
            "{{ fact('trade-2019' }}\n",
            "template syntax error: unexpected '}', expected ')'",
            "')' is missing before '}': close what was opened (a bracket or a quote) first; "
            "a '{{ … }}' expression closes with '}}'; a '{% … %}' tag closes with '%}'",
        ),
        (
            "{% iff available('trade-2019') %}Yes{% endif %}\n",
            "template syntax error: Encountered unknown tag 'iff'.",
            "did you mean 'if'? the tags are: if, elif, else, for, set, macro, call, include, import, from, with, filter, raw, block "
            "(each block closes with its end tag, e.g. endif)",
        ),
        (
            "{% if true %}Yes{% endfor %}\n",
            "template syntax error: Encountered unknown tag 'endfor'.",
            "the open '{% if %}' block must be closed with '{% endif %}' before '{% endfor %}'",
        ),
        (
            "{% endif %}\n",
            "template syntax error: Encountered unknown tag 'endif'.",
            "'{% endif %}' has no '{% if … %}' open before it: add the opening tag or remove this one",
        ),
        (
            "{{ }}\n",
            "template syntax error: Expected an expression, got 'end of print statement'",
            "a value is missing before '}}': write a name, a quoted text, a number or a helper call such as fact('id')",
        ),
    ],
)
def test_a_syntax_error_s_hint_says_what_was_expected(project: Path, body: str, message: str, hint: str) -> None:
    problem = problem_of(project, "Intro.\n" + body)
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert problem.message.startswith(message)
    assert problem.hint == hint


def test_an_unclosed_block_names_the_line_that_opened_it(project: Path) -> None:
    problem = problem_of(project, "Intro.\n{% for f in facts() %}\n- {{ f.claim }}\n\nThe end.\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert problem.message == "template syntax error: '{% for %}' is never closed"
    assert problem.hint == "add '{% endfor %}' where the block should end"


def test_the_innermost_unclosed_block_is_named(project: Path) -> None:
    body = "{% for f in facts() %}\n{% if f.value %}\n{% set x = 1 %}\n{{ f.claim }}\n"
    problem = problem_of(project, body)
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert "'{% if %}' is never closed" in problem.message


def test_a_block_closed_inside_is_not_blamed(project: Path) -> None:
    body = "{% if true %}\n{% for f in facts() %}{{ f.claim }}{% endfor %}\nopen if\n"
    problem = problem_of(project, body)
    assert problem.line == body_line(1)
    assert "'{% if %}' is never closed" in problem.message


def test_an_undefined_name_names_its_line(project: Path) -> None:
    problem = problem_of(project, "Intro.\n\nTrade was {{ trade_total }}.\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))
    assert problem.message == "'trade_total' is undefined"
    assert problem.hint


def test_an_undefined_attribute_names_its_line(project: Path) -> None:
    problem = problem_of(project, "Intro.\n{{ fact('trade-2019').amount }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert "has no attribute 'amount'" in problem.message


def test_a_missing_include_suggests_the_closest_partial(project: Path) -> None:
    problem = problem_of(project, "Intro.\n\n{% include 'partials/trade-tabel.md.j2' %}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(3))
    assert problem.message == "template 'partials/trade-tabel.md.j2' not found in templates/"
    assert problem.hint == "did you mean 'partials/trade-table.md.j2'?"


def test_a_missing_include_far_from_any_name_has_no_suggestion(project: Path) -> None:
    problem = problem_of(project, "{% include 'zzz/qqq.md.j2' %}\n")
    assert problem.message == "template 'zzz/qqq.md.j2' not found in templates/"
    assert problem.hint is None


def test_an_error_inside_a_partial_names_the_partial_s_line(project: Path) -> None:
    partial = project / "templates" / "partials" / "broken.md.j2"
    partial.write_text("## Broken\n\nFine line.\n{{ not_defined_here }}\n", encoding="utf-8")
    problem = problem_of(project, "Intro.\n\n\n{% include 'partials/broken.md.j2' %}\n")
    assert (problem.path, problem.line) == ("templates/partials/broken.md.j2", 4)
    assert problem.message == "'not_defined_here' is undefined"


def test_a_helper_error_inside_a_partial_names_the_partial_s_line(project: Path) -> None:
    (project / "templates" / "partials" / "cites.md.j2").write_text("One.\n{{ fact('trade-2091').claim }}\n", encoding="utf-8")
    problem = problem_of(project, "{% include 'partials/cites.md.j2' %}\n")
    assert (problem.path, problem.line) == ("templates/partials/cites.md.j2", 2)
    assert problem.message == "unknown fact 'trade-2091'"
    assert problem.hint == "did you mean 'trade-2019'?"


def test_a_syntax_error_inside_a_partial_names_the_partial(project: Path) -> None:
    (project / "templates" / "partials" / "bad-syntax.md.j2").write_text("One.\nTwo.\n{% if %}\n", encoding="utf-8")
    problem = problem_of(project, "Intro.\n{% include 'partials/bad-syntax.md.j2' %}\n")
    assert (problem.path, problem.line) == ("templates/partials/bad-syntax.md.j2", 3)
    assert problem.message.startswith("template syntax error:")


def test_an_unclosed_block_inside_a_partial_names_the_partial(project: Path) -> None:
    (project / "templates" / "partials" / "open.md.j2").write_text("One.\n{% for f in facts() %}\n{{ f.claim }}\n", encoding="utf-8")
    problem = problem_of(project, "{% include 'partials/open.md.j2' %}\n")
    assert (problem.path, problem.line) == ("templates/partials/open.md.j2", 2)
    assert "'{% for %}' is never closed" in problem.message


def test_an_imported_macro_s_error_names_the_macro_s_line(project: Path) -> None:
    (project / "templates" / "partials" / "mymacros.md.j2").write_text(
        "{% macro total(x) -%}\n{{ x.amount }}\n{%- endmacro %}\n", encoding="utf-8"
    )
    problem = problem_of(project, "{% import 'partials/mymacros.md.j2' as m %}\n{{ m.total(fact('trade-2019')) }}\n")
    assert (problem.path, problem.line) == ("templates/partials/mymacros.md.j2", 2)


def test_a_wording_filter_error_names_its_line(project: Path) -> None:
    problem = problem_of(project, "Intro.\n{{ 'lots' | money }}\n")
    assert (problem.path, problem.line) == (BRIEF, body_line(2))
    assert problem.message == "'lots' is not a number"


def test_template_problem_outside_a_render_falls_back_to_the_given_path(project: Path) -> None:
    env = make_environment(project, autoescape=False)
    try:
        env.get_template("partials/no-such.md.j2")
    except jinja2.TemplateNotFound as exc:
        problem = template_problem(project, exc, env, "briefs/x.md")
    assert (problem.path, problem.line) == ("briefs/x.md", None)
    assert "not found" in problem.message


def test_template_problem_for_a_template_without_a_file(project: Path) -> None:
    env = make_environment(project, autoescape=False)
    with pytest.raises(jinja2.TemplateSyntaxError) as caught:
        env.from_string("line one\n{{ x")
    problem = template_problem(project, caught.value, env, "briefs/x.md")
    assert (problem.path, problem.line) == ("<template>", 2)
    assert problem.message.startswith("template syntax error: unexpected end of template")


def test_template_problem_for_an_unknown_test_suggests_one(project: Path) -> None:
    env = make_environment(project, autoescape=False)
    with pytest.raises(jinja2.TemplateRuntimeError) as caught:
        env.from_string("{% if 1 is strng %}x{% endif %}").render()
    problem = template_problem(project, caught.value, env, "briefs/x.md")
    assert problem.message == "No test named 'strng' found."


def test_template_problem_for_running_out_of_memory(project: Path) -> None:
    env = make_environment(project, autoescape=False)
    problem = template_problem(project, MemoryError(), env, "briefs/x.md")
    assert (problem.path, problem.message) == ("briefs/x.md", "the template builds more text than there is memory for")


def test_template_problem_lets_bugs_through(project: Path) -> None:
    env = make_environment(project, autoescape=False)
    with pytest.raises(RuntimeError):
        template_problem(project, RuntimeError("a bug in briefgen"), env, "briefs/x.md")
