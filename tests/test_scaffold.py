"""``briefgen new``: a new brief from a starter or a copy, never over an existing file.

Also builds the worked example of docs/editing.md, so the guide's promise
("a third brief from the partials in minutes") is kept by the test suite.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefgen.scaffold import BUILT_IN_STARTER, STARTERS_DIR, title_from_slug
from tests.conftest import REPO, run_cli
from tests.rendering import plain_text

GUIDE = REPO / "docs" / "editing.md"
EXAMPLE = re.compile(r"<!-- worked-example -->\n```markdown\n(.*?)```\n<!-- end worked-example -->", re.S)


def _front_matter(path: Path) -> dict[str, object]:
    head = path.read_text(encoding="utf-8").split("\n---", 1)[0].removeprefix("---\n")
    data: dict[str, object] = yaml.safe_load(head)
    return data


def test_new_brief_from_the_project_starter_builds(repo_copy: Path) -> None:
    result = run_cli("-C", str(repo_copy), "new", "belarus-quick-look")
    assert result.code == 0, result.stderr
    assert "created briefs/belarus-quick-look.md from templates/starters/brief.md" in result.stdout
    created = repo_copy / "briefs" / "belarus-quick-look.md"
    assert _front_matter(created)["title"] == "Belarus quick look"
    starter = (repo_copy / STARTERS_DIR / "brief.md").read_text(encoding="utf-8")
    assert created.read_text(encoding="utf-8").split("\n")[2:] == starter.split("\n")[2:], "only the title changes"
    built = run_cli("-C", str(repo_copy), "build", "belarus-quick-look", "--format", "html")
    assert built.code == 0, built.stderr


def test_new_brief_from_the_built_in_starter_builds(repo_copy: Path) -> None:
    shutil.rmtree(repo_copy / STARTERS_DIR)
    result = run_cli("-C", str(repo_copy), "new", "plain-one", "--title", "A plain brief")
    assert result.code == 0, result.stderr
    assert "from the built-in starter" in result.stdout
    assert _front_matter(repo_copy / "briefs" / "plain-one.md")["title"] == "A plain brief"
    built = run_cli("-C", str(repo_copy), "build", "plain-one", "--format", "html")
    assert built.code == 0, built.stderr


# Words found only in the starters' notes to editors.
EDITORS_NOTE_WORDS = ("note to editors", "never reaches the reader", "briefgen serve", "briefgen helpers", "check --json")


@pytest.mark.parametrize("starter", ["project", "built-in"])
def test_a_new_brief_shows_no_editors_notes(repo_copy: Path, starter: str) -> None:
    if starter == "built-in":
        shutil.rmtree(repo_copy / STARTERS_DIR)
    assert run_cli("-C", str(repo_copy), "new", "fresh-brief").code == 0
    source = " ".join((repo_copy / "briefs" / "fresh-brief.md").read_text(encoding="utf-8").split())
    assert all(words in source for words in ("note to editors", "never reaches the reader")), "the starter still has its notes"
    built = run_cli("-C", str(repo_copy), "build", "fresh-brief", "--format", "html")
    assert built.code == 0, built.stderr
    page = plain_text(next((repo_copy / "build").glob("*/fresh-brief.html")).read_text(encoding="utf-8"))
    assert "Key points" in page
    assert [words for words in EDITORS_NOTE_WORDS if words in page] == []


def test_copy_of_an_existing_brief_changes_only_its_title(repo_copy: Path) -> None:
    title = 'Trade: a "second" look — 2025'
    result = run_cli("-C", str(repo_copy), "new", "second-look", "--from", "example-helpers", "--title", title)
    assert result.code == 0, result.stderr
    original = (repo_copy / "briefs" / "example-helpers.md").read_text(encoding="utf-8").split("\n")
    copy = (repo_copy / "briefs" / "second-look.md").read_text(encoding="utf-8").split("\n")
    differing = [i for i, (a, b) in enumerate(zip(original, copy, strict=True)) if a != b]
    assert differing == [1] and copy[1].startswith("title: ")
    assert _front_matter(repo_copy / "briefs" / "second-look.md")["title"] == title, "the title is quoted safely for YAML"
    built = run_cli("-C", str(repo_copy), "build", "second-look", "--format", "html")
    assert built.code == 0, built.stderr


def test_refuses_to_overwrite(repo_copy: Path) -> None:
    target = repo_copy / "briefs" / "example-helpers.md"
    before = target.read_bytes()
    result = run_cli("-C", str(repo_copy), "new", "example-helpers")
    assert result.code == 2
    assert "briefs/example-helpers.md already exists" in result.stderr
    assert target.read_bytes() == before


def test_refuses_to_write_through_a_symlink(repo_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    (repo_copy / "briefs" / "link.md").symlink_to(outside)
    result = run_cli("-C", str(repo_copy), "new", "link")
    assert result.code == 2 and not outside.exists()


@pytest.mark.parametrize("slug", ["Bad_Slug", "../escape", "-dash-first", "with space", "x.md", "", "a" * 101, "briefs/x"])
def test_invalid_names_are_refused(repo_copy: Path, slug: str) -> None:
    before = sorted(p.name for p in (repo_copy / "briefs").iterdir())
    result = run_cli("-C", str(repo_copy), "new", "--", slug)  # '--': a name starting with '-' is not an option
    assert result.code == 2
    assert "not a valid brief name" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in (repo_copy / "briefs").iterdir()) == before


def test_copy_from_unknown_brief_is_a_usage_error(repo_copy: Path) -> None:
    result = run_cli("-C", str(repo_copy), "new", "fresh", "--from", "example-helper")
    assert result.code == 2
    assert "no brief named 'example-helper'" in result.stderr and "did you mean 'example-helpers'?" in result.stderr
    assert not (repo_copy / "briefs" / "fresh.md").exists()


def test_unknown_layout_starter_is_a_usage_error(repo_copy: Path) -> None:
    result = run_cli("-C", str(repo_copy), "new", "fresh", "--layout", "memo")
    assert result.code == 2 and "no starter for layout 'memo'" in result.stderr


def test_title_from_slug() -> None:
    assert title_from_slug("belarus-trade-2025") == "Belarus trade 2025"
    assert BUILT_IN_STARTER.startswith("---\ntitle: ")


def test_the_guides_worked_example_builds(repo_copy: Path) -> None:
    match = EXAMPLE.search(GUIDE.read_text(encoding="utf-8"))
    assert match, "docs/editing.md lost its worked example"
    (repo_copy / "briefs" / "belarus-trade-and-tractors.md").write_text(match.group(1), encoding="utf-8")
    result = run_cli("-C", str(repo_copy), "build", "belarus-trade-and-tractors", "--format", "html")
    assert result.code == 0, result.stderr
    html = next((repo_copy / "build").glob("*/belarus-trade-and-tractors.html")).read_text(encoding="utf-8")
    for heading in ("Key points", "Trade", "Tractors and farm machinery", "Meetings", "Where sources disagree", "Open commitments"):
        assert f">{heading}</h2>" in html
    assert html.count('role="doc-noteref"') >= 20, "the partials cite what they show"
    assert '<div class="chart">' in html


def test_guide_names_every_partial() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for path in sorted((REPO / "templates" / "partials").glob("*.j2")):
        assert f"partials/{path.name}" in text, f"docs/editing.md does not mention partials/{path.name}"
