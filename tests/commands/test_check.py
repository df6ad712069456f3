"""``briefgen check`` through the real command line, in fresh processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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
    assert "facts/trade.yaml:23: fact 'trade-2019-later': unknown source 'later-source'" in stderr


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


# Every branch, every as-of date ------------------------------------------------------------

EARLIER_ONLY = (
    "## Visits\n\n"
    "{% for f in facts(topic='visits', kind='event') %}\n- {{ f.claim }} {{ f.cite }}\n"
    "{% else %}\n- {{ fact('delegation-plan').claimm }} {{ fact('delegation-plan').cite }}\n{% endfor %}\n"
)


def write_brief(project: Path, body: str, front: str = "title: Mini brief\ntopics: [trade, visits]\n") -> None:
    (project / "briefs" / "mini.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def test_a_brief_that_fails_only_at_an_earlier_date_fails_check_with_that_date(project: Path) -> None:
    write_brief(project, EARLIER_ONLY)
    assert run_cli("-C", str(project), "build", "mini", "--format", "html", env=NO_CACHE).code == 0, "it builds today"
    code, document, stderr = check_json("-C", str(project), "check")
    assert code == 1
    expected = "briefs/mini.md:10: 'FactView object' has no attribute 'claimm' (as of 2025-01-31) (hint: did you mean 'claim'?)"
    assert expected in stderr.splitlines()
    [problem] = [p for p in document["problems"] if p["severity"] == "error"]
    assert (problem["path"], problem["line"]) == ("briefs/mini.md", 10)
    assert problem["message"].endswith("(as of 2025-01-31)")


def test_check_as_of_renders_that_date_alone(project: Path) -> None:
    write_brief(project, EARLIER_ONLY)
    assert run_cli("-C", str(project), "check", "--as-of", "2025-04-10", env=NO_CACHE).code == 0
    result = run_cli("-C", str(project), "check", "--as-of", "2025-02-01", env=NO_CACHE)
    assert result.code == 1
    assert "briefs/mini.md:10: 'FactView object' has no attribute 'claimm' (hint: did you mean 'claim'?)" in result.stderr.splitlines()


def test_a_brief_pinned_to_its_date_is_checked_on_that_date(project: Path) -> None:
    write_brief(project, EARLIER_ONLY, front="title: Mini brief\ntopics: [trade, visits]\nas_of: 2025-04-10\n")
    assert run_cli("-C", str(project), "check", env=NO_CACHE).code == 0
    write_brief(project, EARLIER_ONLY, front="title: Mini brief\ntopics: [trade, visits]\nas_of: 2025-04-10\nschedule: monthly\n")
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    assert result.code == 1, "a scheduled brief is built at other dates, so it is checked at them"
    assert "(as of 2025-01-31)" in result.stderr


def test_an_unknown_helper_in_an_untaken_branch_fails_check(project: Path) -> None:
    body = "## Trade\n\n{% if available('trade-2019') %}\n{{ cite('trade-2019') }}\n{% else %}\n{{ fatc('x') }}\n{% endif %}\n"
    write_brief(project, body)
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    assert result.code == 1
    assert "briefs/mini.md:10: unknown helper 'fatc' (hint: did you mean 'fact'?)" in result.stderr.splitlines()


def test_a_mistake_the_render_meets_too_is_reported_once(project: Path) -> None:
    write_brief(project, "## Trade\n\nTrade stood at {{ facs('trade-2019').value | money }} {{ cite('trade-2019') }}.\n")
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    assert result.code == 1
    errors = [line for line in result.stderr.splitlines() if ": warning: " not in line]
    assert errors == ["briefs/mini.md:7: unknown helper 'facs' (hint: did you mean 'facts'?)"]


def test_a_closed_pipe_ends_check_quietly() -> None:
    """``briefgen check --json | head -1``: the reader goes away after one line.

    The real corpus's document (over 90 KB) does not fit in the pipe's buffer
    (64 KB), so ``check`` is still writing when the reader closes its end.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "check", "--json", "--corpus-only"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **NO_CACHE},
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().strip() == b"{"
    process.stdout.close()  # what head does after its line
    stderr = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert "internal error" not in stderr and "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert code == 1  # what Python itself exits with on a closed pipe; never 70


def test_the_real_corpus_document_overflows_a_pipe() -> None:
    """The closed-pipe test above needs a document larger than a pipe holds."""
    result = run_cli("check", "--json", "--corpus-only", cwd=REPO, env=NO_CACHE)
    assert len(result.stdout.encode("utf-8")) > 64 * 1024


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
        "possible_conflicts",
        "assessments",
    ]
    assert document["assessments"] == []  # the mini brief holds no assessment block
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
