"""``briefgen suggest`` tells the editor which curated fact a draft may report again.

Real passages (tests/fixtures/intake_eval): Dawn and The News ran one APP copy of
the Shehbaz-Aliyev stakeout of 11 July 2024; a curated fact quotes Dawn, and The
News is drafted.
"""

from __future__ import annotations

from pathlib import Path

from tests.commands.test_check import NO_CACHE
from tests.conftest import run_cli
from tests.corpus.test_links import make_project

DAWN_FACT = """\
- id: dawn-initial-figure-2bn
  claim: Prime Minister Shehbaz Sharif said the two sides had discussed an initial figure of US$2 billion of investment.
  source: dawn-2024-07-11
  quote: "We have discussed an initial figure of $2bn of investment in areas of mutual beneficial projects."
  date: "2024-07-11"
  kind: statement
  topics: [investment]
  entities: [Shehbaz Sharif]
  event: aliyev-visit-islamabad-2024-07
"""


def test_a_draft_that_reports_a_curated_fact_again_is_named_with_the_event_to_give_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", facts=DAWN_FACT)
    result = run_cli("-C", str(project), "suggest", "thenews-2024-07-11", "--dry-run", env=NO_CACHE)
    assert result.code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "may report what" in line]
    assert len(notes) == 1
    assert notes[0].startswith("facts/drafts/thenews-2024-07-11.yaml: draft 'thenews-2024-07-11-d")
    assert "may report what 'dawn-initial-figure-2bn' reports (wording" in notes[0]
    assert notes[0].endswith("when you curate it, give it event: aliyev-visit-islamabad-2024-07")
    assert '"We have discussed an initial figure of $2 billion investment' in result.stdout


def test_a_project_whose_vocabulary_lists_no_topic_is_told_so_and_nothing_is_written(tmp_path: Path) -> None:
    """Every draft carries a topic of the vocabulary, so with none there is nothing suggest could write that checks."""
    project = make_project(tmp_path / "project", facts=DAWN_FACT)
    vocabulary = project / "facts" / "vocabulary.yaml"
    for text, message in (
        ("topics: {}\n", "facts/vocabulary.yaml: the topic vocabulary lists no topics"),
        (None, "facts/vocabulary.yaml: the topic vocabulary is missing"),
    ):
        if text is None:
            vocabulary.unlink()
        else:
            vocabulary.write_text(text, encoding="utf-8")
        result = run_cli("-C", str(project), "suggest", "thenews-2024-07-11", env=NO_CACHE)
        assert result.code == 1
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        assert result.stderr.splitlines()[0].startswith(message + " (hint: suggest gives every draft a topic from it;")
        assert not (project / "facts" / "drafts").exists()


def test_suggest_outside_a_project_says_there_is_no_facts_folder(tmp_path: Path) -> None:
    result = run_cli("-C", str(tmp_path), "suggest", "thenews-2024-07-11", env=NO_CACHE)
    assert result.code == 1
    assert result.stderr.startswith("facts: no facts/ directory here (hint: run briefgen from the project's top folder")
    assert not (tmp_path / "facts").exists()
