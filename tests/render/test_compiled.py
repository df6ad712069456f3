"""Compiled templates are reused while their source is unchanged, and compiled afresh the moment it changes."""

from __future__ import annotations

from pathlib import Path

from briefgen.render.compiled import CompiledTemplates, compiled_templates
from briefgen.render.narrative import _finalize_printed
from briefgen.render.pipeline import render_brief
from tests.rendering import load, make_project, write_brief


def test_an_unchanged_template_is_compiled_once_and_an_edited_one_again(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "templates" / "partials" / "note-test.md.j2").write_text("Partial says one [@trade-2019].\n", encoding="utf-8")
    write_brief(project, "Trade was recorded [@trade-2019].\n\n{% include 'partials/note-test.md.j2' %}\n")
    corpus = load(project)
    narrative = compiled_templates(True, _finalize_printed)
    first = render_brief(project, "mini", corpus)[2].html
    compiled = narrative.compiled
    assert "Partial says one" in first
    again = render_brief(project, "mini", corpus)[2].html
    assert again == first
    assert narrative.compiled == compiled, "nothing changed, nothing compiled"

    (project / "templates" / "partials" / "note-test.md.j2").write_text("Partial says two [@trade-2019].\n", encoding="utf-8")
    edited = render_brief(project, "mini", corpus)[2].html
    assert "Partial says two" in edited and "Partial says one" not in edited
    assert narrative.compiled == compiled + 1, "only the edited partial is compiled"


def test_a_template_that_does_not_compile_is_not_kept(tmp_path: Path) -> None:
    """Its error is reported on every render, not only the first."""
    import pytest

    from briefgen.errors import BriefgenError

    project = make_project(tmp_path)
    write_brief(project, "Broken {% if %}\n")
    corpus = load(project)
    for _ in range(2):
        with pytest.raises(BriefgenError) as caught:
            render_brief(project, "mini", corpus)
        assert caught.value.problems[0].path == "briefs/mini.md"


def test_the_cache_is_bounded() -> None:
    cache = CompiledTemplates(max_entries=2)
    from jinja2 import Environment
    from jinja2.bccache import Bucket

    env = Environment()
    for number in range(3):
        bucket = Bucket(env, f"key-{number}", "checksum")
        bucket.code = compile("x = 1", f"t{number}", "exec")
        cache.dump_bytecode(bucket)
    first = Bucket(env, "key-0", "checksum")
    cache.load_bytecode(first)
    last = Bucket(env, "key-2", "checksum")
    cache.load_bytecode(last)
    assert first.code is None and last.code is not None
    assert cache.compiled == 3
