"""``briefgen check`` through the real command line, in fresh processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefgen.text.quotes import fold
from tests.conftest import REPO, SEEDS, run_cli

NO_CACHE = {"BRIEFGEN_NO_CACHE": "1"}  # nothing written into the working tree by these runs
FACT_FIELDS = {"id", "claim", "source", "quote", "date", "kind", "topics", "entities", "place", "event", "value", "draft", "path", "line"}
SOURCE_FIELDS = {"id", "title", "outlet", "published", "author", "url", "place", "language", "notes", "body_length", "sha256", "path"}


def has_real_facts() -> bool:
    return any((REPO / "facts").glob("*.yaml")) and any(p.name != "vocabulary.yaml" for p in (REPO / "facts").glob("*.yaml"))


needs_real_facts = pytest.mark.skipif(
    not has_real_facts(), reason="facts/*.yaml is not written yet (the data engineer is still writing it)"
)


@pytest.fixture
def project(mini_project: Path) -> Path:
    """The mini project with the real templates, so its brief can be checked too."""
    shutil.copytree(REPO / "templates", mini_project / "templates")
    return mini_project


def check_json(*args: str, cwd: Path | None = None) -> tuple[int, dict[str, Any], str]:
    """Run ``briefgen [args] --json`` (args include the command) and parse its stdout."""
    result = run_cli(*args, "--json", cwd=cwd, env=NO_CACHE)
    return result.code, json.loads(result.stdout), result.stderr


# Exit codes -------------------------------------------------------------------------------


def test_clean_project_exits_0(project: Path) -> None:
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == "2 sources, 5 facts, 3 topics, 2 discrepancies, 0 problems"
    assert "warning: sources disagree on figures for trade-volume (2019)" in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_only_runs_from_the_project_folder(mini_project: Path) -> None:
    result = run_cli("check", "--corpus-only", cwd=mini_project, env=NO_CACHE)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("2 sources, 5 facts")


def test_content_problems_exit_1_and_are_all_listed(project: Path) -> None:
    (project / "facts/extra.yaml").write_text(
        "- id: bad-date\n  claim: A claim.\n  source: mini-sourc\n  quote: q\n  date: 2025-02-30\n  topics: [trade]\n"
        "- id: misquoted\n  claim: A claim.\n  source: mini-source\n  quote: stood at US$5 million\n  date: '2019'\n  topics: [trade]\n",
        encoding="utf-8",
    )
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    assert result.code == 1
    lines = result.stderr.splitlines()
    assert "facts/extra.yaml:5: fact 'bad-date': field 'date': '2025-02-30': February 2025 has no day 30" in lines
    assert (
        "facts/extra.yaml:10: fact 'misquoted': quote not found in source 'mini-source' (closest passage: \"…stood at US$50.2 mill…\")"
        in lines
    )
    assert result.stdout.strip().endswith("2 problems")
    errors = [line for line in lines if ": warning: " not in line]
    assert len(errors) == 2
    assert lines.index(errors[-1]) < lines.index(next(line for line in lines if ": warning: " in line))  # errors first
    assert "Traceback" not in result.stderr


def test_content_problems_exit_1_with_json_too(project: Path) -> None:
    (project / "facts/sources/later-source.md").unlink()
    code, document, stderr = check_json("-C", str(project), "check")
    assert code == 1
    assert document["summary"]["errors"] == 2
    assert {p["message"].split(":")[0] for p in document["problems"] if p["severity"] == "error"} == {
        "fact 'trade-2019-later'",
        "fact 'delegation-visit'",
    }
    assert "facts/trade.yaml:21: fact 'trade-2019-later': unknown source 'later-source'" in stderr


def test_missing_project_folder_exits_2(tmp_path: Path) -> None:
    result = run_cli("-C", str(tmp_path / "nowhere"), "check")
    assert result.code == 2
    assert result.stderr.strip() == f"briefgen: error: project directory '{tmp_path / 'nowhere'}' does not exist"
    assert result.stdout == ""


def test_unknown_option_exits_2(project: Path) -> None:
    result = run_cli("-C", str(project), "check", "--no-such-option")
    assert result.code == 2
    assert "briefgen: error: unrecognized arguments: --no-such-option" in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_without_facts_exits_1(tmp_path: Path) -> None:
    result = run_cli("-C", str(tmp_path), "check", env=NO_CACHE)
    assert result.code == 1
    assert "facts: no facts/ directory here" in result.stderr


# The JSON document ------------------------------------------------------------------------


def test_json_document_shape(project: Path) -> None:
    code, document, stderr = check_json("-C", str(project), "check")
    assert code == 0, stderr
    assert list(document) == [
        "format",
        "briefgen_version",
        "summary",
        "topics",
        "sources",
        "facts",
        "drafts",
        "discrepancies",
        "not_comparable",
        "link_proposals",
        "problems",
    ]
    assert document["format"] == 1
    assert document["link_proposals"] == [] and document["not_comparable"] == []
    first = document["discrepancies"][0]["sides"][0]
    assert {k: first[k] for k in ("fact", "outlet", "published", "states", "path", "line")} == {
        "fact": "trade-2019",
        "outlet": "Test Gazette",
        "published": "2025-01-31",
        "states": "50200000 USD",
        "path": "facts/trade.yaml",
        "line": 9,
    }
    assert first["quote"].startswith("stood at US$50.2 million in 2019")
    assert document["summary"] == {"sources": 2, "facts": 5, "drafts": 0, "topics": 3, "discrepancies": 2, "errors": 0, "warnings": 2}
    assert set(document["topics"]) == {"trade", "visits", "industry"}
    for source in document["sources"]:
        assert set(source) == SOURCE_FIELDS
        assert "body" not in source
        assert len(source["sha256"]) == 64 and source["body_length"] > 0
    for fact in document["facts"]:
        assert set(fact) == FACT_FIELDS
        assert fact["path"] == "facts/trade.yaml" and isinstance(fact["line"], int)
    assert document["drafts"] == []
    assert [d["kind"] for d in document["discrepancies"]] == ["figure", "date"]
    assert [p["severity"] for p in document["problems"]] == ["warning", "warning"]


def test_json_stdout_is_only_the_document(project: Path) -> None:
    result = run_cli("-C", str(project), "check", "--json", env=NO_CACHE)
    json.loads(result.stdout)  # nothing else on stdout: no summary line
    assert "warning:" in result.stderr


# The real corpus --------------------------------------------------------------------------


@needs_real_facts
def test_real_corpus_checks_clean() -> None:
    code, document, stderr = check_json("check", "--corpus-only", cwd=REPO)
    assert code == 0, stderr
    assert document["summary"]["errors"] == 0
    assert document["summary"]["facts"] >= 45
    assert len(document["facts"]) == document["summary"]["facts"]
    for fact in document["facts"]:
        assert set(fact) == FACT_FIELDS
        assert (REPO / fact["path"]).is_file()
        assert fact["source"] in {s["id"] for s in document["sources"]}


@needs_real_facts
def test_every_real_quote_is_in_the_seed_text_as_received() -> None:
    """An independent check: quotes against the raw seeds, not against our own archived sources."""
    seeds = [fold(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    assert seeds, f"no seed files in {SEEDS}"
    code, document, stderr = check_json("check", "--corpus-only", cwd=REPO)
    assert code == 0, stderr
    facts = document["facts"] + document["drafts"]
    missing = [f"{f['path']}:{f['line']}: {f['id']}" for f in facts if not any(fold(f["quote"]) in seed for seed in seeds)]
    assert missing == []
    assert len(facts) >= 45


# Links across outlets ---------------------------------------------------------------


def test_check_proposes_links_at_the_fact_line_and_lists_them_in_json(tmp_path: Path) -> None:
    from tests.corpus.test_links import make_project

    project = make_project(tmp_path / "project")
    result = run_cli("-C", str(project), "check", "--corpus-only", env=NO_CACHE)
    assert result.code == 0, result.stderr
    assert (
        "facts/facts.yaml:1: warning: proposed link: 'dawn-investment-under-100m', 'news-investment-under-100m' may report the same event"
        in result.stderr
    )
    assert (
        "(hint: add to facts/links.yaml, with decision: accepted or rejected: "
        "- {facts: [dawn-investment-under-100m, news-investment-under-100m], event: " in result.stderr
    )
    quiet = run_cli("-C", str(project), "check", "--corpus-only", "--no-link-proposals", env=NO_CACHE)
    assert quiet.code == 0 and "proposed link" not in quiet.stderr
    code, document, _ = check_json("-C", str(project), "check", "--corpus-only")
    assert code == 0
    [proposal] = [p for p in document["link_proposals"] if p["facts"] == ["dawn-investment-under-100m", "news-investment-under-100m"]]
    assert proposal["kind"] == "event" and proposal["event"]
    (project / "facts" / "links.yaml").write_text(
        "- facts: [dawn-investment-under-100m, news-investment-under-100m]\n  decision: rejected\n", encoding="utf-8"
    )
    again = run_cli("-C", str(project), "check", "--corpus-only", env=NO_CACHE)
    assert "'dawn-investment-under-100m', 'news-investment-under-100m'" not in again.stderr


def test_the_visit_month_conflict_is_found_with_no_event_set_by_hand(tmp_path: Path) -> None:
    """The project's own reports, every hand-set event id removed: check proposes linking the December
    dating of Lukashenko's visit to the report of his 25 November arrival; accepted, the link gives the
    date conflict, each side named with its outlet and quote."""
    import re
    import shutil

    project = tmp_path / "project"
    shutil.copytree(REPO / "facts", project / "facts")
    for path in (project / "facts").glob("*.yaml"):
        path.write_text(re.sub(r"(?m)^  event: .*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    code, document, stderr = check_json("-C", str(project), "check", "--corpus-only")
    assert code == 0, stderr
    assert not [d for d in document["discrepancies"] if d["kind"] == "date"]
    december, arrival = "tractor-agreement-reached-during-visit-december-2024", "lukashenko-arrives-islamabad-2024-11-25"
    [proposal] = [p for p in document["link_proposals"] if december in p["facts"]]
    assert arrival in proposal["facts"] and proposal["kind"] == "event"
    entries = [
        f"- {{facts: [{', '.join(p['facts'])}], {p['kind']}: {p[p['kind']]}, decision: accepted}}" for p in document["link_proposals"]
    ]
    (project / "facts" / "links.yaml").write_text("\n".join(entries) + "\n", encoding="utf-8")
    code, document, stderr = check_json("-C", str(project), "check", "--corpus-only")
    assert code == 0, stderr
    assert document["link_proposals"] == []
    [conflict] = [d for d in document["discrepancies"] if d["kind"] == "date" and december in d["facts"]]
    sides = {side["fact"]: side for side in conflict["sides"]}
    assert sides[december]["states"] == "2024-12" and sides[arrival]["states"] == "2024-11-25"
    assert sides[december]["quote"].endswith("Aleksandr Lukashenko’s visit in December 2024")
