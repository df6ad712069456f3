"""The editor's path, end to end: ``sources add`` real reports, ``suggest``, accept every draft unchanged, ``check --json``.

No link, event id or metric is set by hand: the conflicts must come from
``check`` itself, as possible conflicts of the links it proposes, each side
named with its outlet, publication date and quote.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES, REPO, run_cli

NO_CACHE = {"BRIEFGEN_NO_CACHE": "1"}
EVAL = FIXTURES / "intake_eval"


def accept_drafts_unchanged(project: Path, source_id: str) -> None:
    """What "accepted unchanged" means: the drafts file moved into facts/, its ``draft: true`` lines removed."""
    result = run_cli("-C", str(project), "suggest", source_id, env=NO_CACHE)
    assert result.code == 0, result.stderr
    drafts = project / "facts" / "drafts" / f"{source_id}.yaml"
    text = re.sub(r"(?m)^\s*draft: true\s*\n", "", drafts.read_text(encoding="utf-8"))
    (project / "facts" / f"{source_id}.yaml").write_text(text, encoding="utf-8")
    drafts.unlink()


def check(project: Path) -> dict[str, Any]:
    result = run_cli("-C", str(project), "check", "--corpus-only", "--json", env=NO_CACHE)
    assert result.code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    assert "possible conflict, if the proposed link is accepted" in result.stderr
    return document


def test_two_outlets_giving_last_years_india_russia_trade_as_64_and_68_billion_conflict(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "facts" / "sources").mkdir(parents=True)
    (project / "facts" / "vocabulary.yaml").write_text("topics:\n  trade: Trade figures and targets.\n", encoding="utf-8")
    for slug, outlet, published in [
        ("businesstoday-2025-12-05-india-russia-trade-100bn-sooner", "Business Today", "2025-12-05"),
        ("hindustantimes-2025-12-06-india-russia-cross-100bn-target", "Hindustan Times", "2025-12-06"),
    ]:
        article = EVAL / "articles" / f"{slug}.txt"
        added = run_cli(
            "-C", str(project), "sources", "add", str(article), "--id", slug, "--outlet", outlet, "--published", published, env=NO_CACHE
        )
        assert added.code == 0, added.stderr
        accept_drafts_unchanged(project, slug)
    assert not (project / "facts" / "links.yaml").exists()
    document = check(project)
    [conflict] = [c for c in document["possible_conflicts"] if c["kind"] == "figure"]
    sides = {side["outlet"]: side for side in conflict["sides"]}
    assert sides["Business Today"]["states"] == "64000000000 USD, no period"
    assert sides["Business Today"]["published"] == "2025-12-05"
    assert "volumes reaching $64 billion last year" in sides["Business Today"]["quote"]
    assert sides["Hindustan Times"]["states"] == "68000000000 USD, no period"
    assert "trade volume reached $68 billion" in sides["Hindustan Times"]["quote"]
    [entry] = conflict["proposals"]
    assert entry.startswith("- {facts: [") and "decision: accepted}" in entry
    assert document["discrepancies"] == []  # nothing is confirmed until the editor accepts the link
    text = run_cli("-C", str(project), "check", "--corpus-only", env=NO_CACHE).stderr
    [line] = [line for line in text.splitlines() if "possible conflict" in line and "figures for" in line]
    assert '(Business Today, 2025-12-05: "…' in line and "volumes reaching $64 billion last year" in line  # the quote cut around its figure
    assert '(Hindustan Times, 2025-12-06: "As a result, last year the Russian Indian trade volume reached $68 billion")' in line
    links = project / "facts" / "links.yaml"
    links.write_text(entry.replace("decision: accepted", "decision: rejected") + "\n", encoding="utf-8")
    rejected = run_cli("-C", str(project), "check", "--corpus-only", "--json", env=NO_CACHE)
    assert not [c for c in json.loads(rejected.stdout)["possible_conflicts"] if c["kind"] == "figure"]
    links.write_text(entry + "\n", encoding="utf-8")
    accepted = json.loads(run_cli("-C", str(project), "check", "--corpus-only", "--json", env=NO_CACHE).stdout)
    [confirmed] = [d for d in accepted["discrepancies"] if d["kind"] == "figure"]
    assert {side["outlet"] for side in confirmed["sides"]} == {"Business Today", "Hindustan Times"}
    assert not [c for c in accepted["possible_conflicts"] if c["kind"] == "figure"]


def test_the_december_dating_of_lukashenkos_visit_conflicts_with_the_november_reports(tmp_path: Path) -> None:
    """The project's own six archived reports, drafted and accepted unchanged: the Business Recorder's
    "last week of this month" (November 2024) and the 25 November arrival stand against the
    later report of "Lukashenko's visit in December 2024"."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "facts" / "sources", project / "facts" / "sources")
    shutil.copy(REPO / "facts" / "vocabulary.yaml", project / "facts" / "vocabulary.yaml")
    for source in sorted((project / "facts" / "sources").glob("*.md")):
        accept_drafts_unchanged(project, source.stem)
    document = check(project)
    dated = [c for c in document["possible_conflicts"] if c["kind"] == "date"]
    december = [side for c in dated for side in c["sides"] if side["quote"].endswith("Aleksandr Lukashenko’s visit in December 2024")]
    assert december and all(side["states"] == "2024-12" for side in december)
    november = {side["states"] for c in dated for side in c["sides"] if side not in december}
    assert "2024-11-25" in november  # "Lukashenko arrived in Islamabad on Monday evening" in the 26 November report
    assert all(date.startswith("2024-11") for date in november)
