"""Compiled templates are reused while their source is unchanged, and compiled afresh the moment it changes."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import jinja2
import pytest

from briefgen.project import TEMPLATE_CACHE_DIR
from briefgen.render.compiled import CompiledTemplates, compiled_templates
from briefgen.render.narrative import _finalize_printed
from briefgen.render.pipeline import render_brief
from tests.rendering import load, make_project, write_brief


def test_an_unchanged_template_is_compiled_once_and_an_edited_one_again(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "templates" / "partials" / "note-test.md.j2").write_text("Partial says one [@trade-2019].\n", encoding="utf-8")
    write_brief(project, "Trade was recorded [@trade-2019].\n\n{% include 'partials/note-test.md.j2' %}\n")
    corpus = load(project)
    narrative = compiled_templates(True, _finalize_printed, project / TEMPLATE_CACHE_DIR)
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


def _environment(cache: CompiledTemplates, source: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"brief.md": source}), bytecode_cache=cache, auto_reload=True)


def test_a_new_process_reads_the_compiled_template_back_from_disk(tmp_path: Path) -> None:
    """What one build compiled, the next build (a new process: a new, empty memory) reads back instead of compiling."""
    source = "{% for n in numbers %}{{ n }};{% endfor %}"
    first = CompiledTemplates(folder=tmp_path, kind="text")
    assert _environment(first, source).get_template("brief.md").render(numbers=[1, 2]) == "1;2;"
    assert first.compiled == 1 and len(list(tmp_path.glob("*.jinjac"))) == 1
    second = CompiledTemplates(folder=tmp_path, kind="text")
    assert _environment(second, source).get_template("brief.md").render(numbers=[3]) == "3;"
    assert (second.compiled, second.read_from_disk) == (0, 1)
    other_kind = CompiledTemplates(folder=tmp_path, kind="html")
    _environment(other_kind, source).get_template("brief.md")
    assert other_kind.compiled == 1, "code compiled for another kind of environment is never read"


def test_a_compiled_template_whose_signature_does_not_verify_is_never_run(tmp_path: Path) -> None:
    """Code put in the cache folder by someone without the user's key is ignored: the template is compiled afresh."""
    source = "Hello {{ name }}"
    _environment(CompiledTemplates(folder=tmp_path, kind="text"), source).get_template("brief.md")
    (stored,) = tmp_path.glob("*.jinjac")
    bucket = CompiledTemplates(kind="text").get_bucket(jinja2.Environment(), "brief.md", None, source)
    bucket.code = compile("raise SystemExit('forged code ran')", "brief.md", "exec")
    payload = bucket.bytecode_to_string()
    foreign_mac = hmac.new(b"another user's key, 32 bytes...", payload, hashlib.sha256).hexdigest().encode()
    stored.write_bytes(foreign_mac + b"\n" + payload)
    cache = CompiledTemplates(folder=tmp_path, kind="text")
    assert _environment(cache, source).get_template("brief.md").render(name="editor") == "Hello editor"
    assert (cache.compiled, cache.read_from_disk) == (1, 0)


def test_no_compiled_template_is_written_with_the_cache_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    cache = CompiledTemplates(folder=tmp_path / "templates", kind="text")
    assert _environment(cache, "{{ 1 + 1 }}").get_template("brief.md").render() == "2"
    assert not (tmp_path / "templates").exists()
