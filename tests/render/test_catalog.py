"""``briefgen helpers`` and the parts of docs/editing.md generated from the code.

Every helper and filter must describe itself (a first docstring line and an
``Example:`` line), every partial its purpose and use (its header comment);
the guide's tables must be what the code generates today.  When one of these
tests fails because the code changed, refresh the guide with::

    .venv/bin/python -m tests.render.test_catalog
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefgen.render.catalog import catalog, markdown, partial_entries, partials_markdown, plain_text, record_fields
from briefgen.render.helpers import HELPER_NAMES, Helpers
from briefgen.render.wording import FILTERS
from briefgen.schema import fields_markdown
from tests.conftest import FIXTURES, REPO, run_cli

GUIDE = REPO / "docs" / "editing.md"
BLOCK = re.compile(r"(<!-- generated: ([a-z-]+) \([^)]*\) -->\n)(.*?)(<!-- end generated -->)", re.S)


def generated_blocks() -> dict[str, str]:
    return {"brief-fields": fields_markdown(), "helpers": markdown(), "partials": partials_markdown(REPO)}


def refresh_guide(text: str) -> str:
    blocks = generated_blocks()
    return BLOCK.sub(lambda m: m.group(1) + blocks[m.group(2)] + m.group(4), text)


@pytest.mark.parametrize("entry", catalog(), ids=lambda e: f"{e.kind}-{e.name}")
def test_every_helper_and_filter_describes_itself(entry: object) -> None:
    from briefgen.render.catalog import Entry

    assert isinstance(entry, Entry)
    assert entry.description, f"{entry.kind} {entry.name}: the docstring needs a first line saying what it does"
    assert entry.description.endswith("."), f"{entry.kind} {entry.name}: the first line should be a sentence"
    assert entry.example, f"{entry.kind} {entry.name}: the docstring needs an 'Example:' line"
    assert entry.name in entry.example, f"{entry.kind} {entry.name}: the example should use it"


def test_catalog_lists_every_helper_and_filter() -> None:
    names = {(e.kind, e.name) for e in catalog()}
    assert {("helper", n) for n in HELPER_NAMES} <= names
    assert {("filter", n) for n in FILTERS} <= names
    assert set(HELPER_NAMES) == {name for name in dir(Helpers) if not name.startswith("_") and callable(getattr(Helpers, name))} - {
        "globals"
    }, "every public method of Helpers is a helper templates can call (add it to HELPER_NAMES)"


def test_record_fields_come_from_the_records() -> None:
    fields = record_fields()
    fact = next(names for label, names in fields.items() if label.startswith("fact ("))
    assert {"id", "claim", "quote", "date", "value", "source", "cite"} <= set(fact)
    assert any(label.startswith("source (") for label in fields)


@pytest.mark.parametrize("partial", partial_entries(REPO), ids=lambda p: p.name)
def test_every_partial_describes_itself(partial: object) -> None:
    from briefgen.render.catalog import PartialEntry

    assert isinstance(partial, PartialEntry)
    assert partial.summary, f"{partial.name}: start the file with a {{#- … -#}} comment saying what it shows"
    assert partial.name in partial.example or "import" in partial.example, f"{partial.name}: end its comment with 'Example:'"


def test_helpers_command_prints_everything() -> None:
    result = run_cli("-C", str(REPO), "helpers")
    assert result.code == 0
    assert result.stdout == plain_text(REPO)
    for entry in catalog():
        assert entry.usage in result.stdout and entry.example in result.stdout
    for partial in partial_entries(REPO):
        assert partial.name in result.stdout
    markdown_output = run_cli("-C", str(REPO), "helpers", "--markdown")
    assert markdown_output.code == 0 and "| `fact(fact_id)` |" in markdown_output.stdout


def test_helpers_command_works_without_partials() -> None:
    result = run_cli("-C", str(FIXTURES / "mini"), "helpers")
    assert result.code == 0 and "fact(fact_id)" in result.stdout and "Partials" not in result.stdout


def test_guide_tables_are_what_the_code_generates() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    found = {m.group(2) for m in BLOCK.finditer(text)}
    assert found == set(generated_blocks()), f"docs/editing.md should hold the generated blocks {sorted(generated_blocks())}"
    assert refresh_guide(text) == text, "docs/editing.md is out of date: run `.venv/bin/python -m tests.render.test_catalog`"


def test_guide_mentions_every_command_an_editor_uses() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for command in ("briefgen serve", "briefgen new", "briefgen helpers", "briefgen schema", "briefgen build", "briefgen check"):
        assert command in text
    for container in ("box", "keypoints", "talking-points", "note", "warning", "about", "figure"):
        assert f"::: {container}" in text


def test_guide_error_messages_are_real(tmp_path: Path) -> None:
    """A sample of the guide's messages, produced by the real CLI, word for word."""
    project = tmp_path / "project"
    import shutil

    shutil.copytree(FIXTURES / "mini", project)
    shutil.copytree(REPO / "templates", project / "templates")
    brief = project / "briefs" / "mini.md"
    head = "---\ntitle: Mini brief\ntopics: [trade, industry, visits]\n---\n"
    text = GUIDE.read_text(encoding="utf-8")
    for body, message in [
        ("{{ 5 | monye }}\n", "template syntax error: No filter named 'monye'. (hint: did you mean 'money'?)"),
        ("{{ fcts() }}\n", "'fcts' is undefined (hint: did you mean 'facts'?)"),
        (
            "{{ fact('trade-2019').claims }}\n",
            "'FactView object' has no attribute 'claims' (hint: did you mean 'claim'?)",
        ),
        ("{{ facts(topc='trade') }}\n", "Helpers.facts() got an unexpected keyword argument 'topc' (hint: did you mean 'topic'?)"),
        ("{{ facts(topic='trades') }}\n", "facts(): unknown topic 'trades' (hint: did you mean 'trade'?)"),
        ("Trade [@trade-2018].\n", "unknown fact 'trade-2018' (hint: did you mean 'trade-2019'?)"),
    ]:
        assert message in text, f"the guide should quote {message!r}"
        brief.write_text(head + body, encoding="utf-8")
        result = run_cli("-C", str(project), "build", "mini", "--format", "html")
        assert result.code == 1
        assert message in result.stderr, result.stderr


def test_unknown_test_is_a_located_problem_not_a_crash(tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "mini", project)
    shutil.copytree(REPO / "templates", project / "templates")
    (project / "briefs" / "mini.md").write_text("---\ntitle: Mini\n---\n{% if 1 is strng %}x{% endif %}\n", encoding="utf-8")
    result = run_cli("-C", str(project), "build", "mini", "--format", "html")
    assert result.code == 1
    assert "briefs/mini.md:4: No test named 'strng' found. (hint: did you mean 'string'?)" in result.stderr
    assert "internal error" not in result.stderr


if __name__ == "__main__":
    GUIDE.write_text(refresh_guide(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"refreshed the generated blocks of {GUIDE.relative_to(REPO)}", file=sys.stderr)
