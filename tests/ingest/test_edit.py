"""``briefgen sources edit`` end to end, through the real CLI.

What an editor relies on: the fields given change and nothing else does (the
body byte for byte), the change is written into notes, a rename reaches every
fact file that cites the source and ``check`` still passes, and a refusal
leaves every file exactly as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.loading.frontmatter import split_front_matter
from tests.conftest import run_cli

# A draft that cites the source with a quoted value and a comment; the commented-out line is not a citation.
DRAFT = """# a draft
- id: tdi-draft-ambassador-call
  claim: "Belarus's ambassador called on Pakistan's defence minister."
  source: {source}  # from the dateline
  # source: tdi-2024-06-12 (an earlier guess, kept as a comment)
  quote: "Andrei Metelitsa Ambassador of Belarus called on Minister for Defence"
  date: "2024-06-12"
  kind: event
  topics: [defence]
"""


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under facts/, by relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "facts").rglob("*")) if p.is_file()}


def _body(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def test_edit_outlet_and_date_changes_only_those_fields(repo_copy: Path) -> None:
    path = repo_copy / "facts/sources/tdi-2024-06-12.md"
    before = path.read_text(encoding="utf-8")
    others = {k: v for k, v in _tree(repo_copy).items() if k != "facts/sources/tdi-2024-06-12.md"}

    result = run_cli(
        "-C", str(repo_copy), "sources", "edit", "tdi-2024-06-12", "--outlet", "The Daily Informer", "--published", "2024-06-13"
    )

    assert result.code == 0, result.stderr
    assert 'changed facts/sources/tdi-2024-06-12.md: outlet set to "The Daily Informer"; published set to 2024-06-13' in result.stdout
    after = path.read_text(encoding="utf-8")
    assert _body(after) == _body(before)
    old = split_front_matter(before, "old").meta.data
    new = split_front_matter(after, "new").meta.data
    assert isinstance(old, dict) and isinstance(new, dict)
    assert new["outlet"] == "The Daily Informer" and str(new["published"]) == "2024-06-13"
    assert {k: v for k, v in new.items() if k not in {"outlet", "published", "notes"}} == {
        k: v for k, v in old.items() if k not in {"outlet", "published", "notes"}
    }
    assert new["notes"].startswith(old["notes"])
    assert new["notes"].endswith('Edited: outlet set to "The Daily Informer"; published set to 2024-06-13 by the editor.')
    assert {k: v for k, v in _tree(repo_copy).items() if k != "facts/sources/tdi-2024-06-12.md"} == others
    assert run_cli("-C", str(repo_copy), "check", "--corpus-only").code == 0


def test_rename_rewrites_every_citing_fact_and_check_passes(repo_copy: Path) -> None:
    drafts = repo_copy / "facts/drafts"
    drafts.mkdir(exist_ok=True)
    draft = drafts / "tdi.yaml"
    draft.write_text(DRAFT.format(source="'tdi-2024-06-12'"), encoding="utf-8")
    cited_before = (repo_copy / "facts/defence.yaml").read_text(encoding="utf-8").count("source: tdi-2024-06-12\n")
    assert cited_before > 0

    result = run_cli("-C", str(repo_copy), "sources", "edit", "tdi-2024-06-12", "--id", "tdi-defence-2024-06-12")

    assert result.code == 0, result.stderr
    assert "did rename facts/sources/tdi-2024-06-12.md to facts/sources/tdi-defence-2024-06-12.md" in result.stdout
    assert f"did rewrite {cited_before} 'source:' lines in facts/defence.yaml" in result.stdout
    assert not (repo_copy / "facts/sources/tdi-2024-06-12.md").exists()
    renamed = (repo_copy / "facts/sources/tdi-defence-2024-06-12.md").read_text(encoding="utf-8")
    assert renamed.startswith("---\nid: tdi-defence-2024-06-12\n")
    for fact_file in repo_copy.glob("facts/*.yaml"):
        assert "source: tdi-2024-06-12" not in fact_file.read_text(encoding="utf-8"), fact_file
    assert (repo_copy / "facts/defence.yaml").read_text(encoding="utf-8").count("source: tdi-defence-2024-06-12\n") == cited_before
    # The quoting and the comment are kept; a value that only looks like the id under another key is left alone.
    assert draft.read_text(encoding="utf-8") == DRAFT.format(source="'tdi-defence-2024-06-12'")
    assert not list(repo_copy.rglob("*.part"))
    check = run_cli("-C", str(repo_copy), "check", "--corpus-only")
    assert check.code == 0, check.stderr


def test_dry_run_writes_nothing(repo_copy: Path) -> None:
    before = _tree(repo_copy)
    result = run_cli("-C", str(repo_copy), "sources", "edit", "tdi-2024-06-12", "--id", "tdi-defence", "--outlet", "TDI News", "--dry-run")
    assert result.code == 0, result.stderr
    assert "would rename facts/sources/tdi-2024-06-12.md to facts/sources/tdi-defence.md" in result.stdout
    assert "would rewrite" in result.stdout
    assert _tree(repo_copy) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tdi-2024-06-21", "--outlet", "X"], "unknown source 'tdi-2024-06-21'"),
        (["tdi-2024-06-12", "--id", "urdupoint-2025-04-10"], "--id 'urdupoint-2025-04-10' is taken"),
        (["tdi-2024-06-12", "--id", "Not An Id"], "--id 'Not An Id' is not a valid id"),
        (["tdi-2024-06-12", "--published", "2024-02-30"], "--published:"),
        (["tdi-2024-06-12", "--url", "not a web address"], "is not a web address"),
        (["tdi-2024-06-12"], "nothing to change"),
    ],
)
def test_refusals_leave_every_file_unchanged(repo_copy: Path, args: list[str], message: str) -> None:
    before = _tree(repo_copy)
    result = run_cli("-C", str(repo_copy), "sources", "edit", *args)
    assert result.code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert _tree(repo_copy) == before


def test_a_failing_rename_changes_nothing(repo_copy: Path) -> None:
    """A fact file that cannot be replaced (its folder is read-only) stops the edit before any file moves."""
    if os.geteuid() == 0:
        pytest.skip("root may write into a read-only folder")
    drafts = repo_copy / "facts/drafts"
    drafts.mkdir(exist_ok=True)
    (drafts / "tdi.yaml").write_text("- id: tdi-draft\n  source: tdi-2024-06-12\n", encoding="utf-8")
    before = _tree(repo_copy)
    drafts.chmod(0o555)
    try:
        result = run_cli("-C", str(repo_copy), "sources", "edit", "tdi-2024-06-12", "--id", "tdi-defence")
    finally:
        drafts.chmod(0o755)
    assert result.code != 0
    assert _tree(repo_copy) == before
    assert not list(repo_copy.rglob("*.part"))
