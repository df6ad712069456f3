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
    assert not [d for d in document["discrepancies"] if d["kind"] == "figure"]  # not confirmed until the link is accepted
    # both drafts name the $100 billion target trade-target, one figure: Modi's remark on it, told on two days, is a conflict
    [day] = [d for d in document["discrepancies"] if d["kind"] == "day"]
    assert day["statements"] == ["remark on Thursday 4 December 2025", "remark on Friday 5 December 2025"]
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


ENVOY_IN_MARCH = "\n\n".join(
    [
        "Envoy sees steady growth in Kestrelia-Marovia trade",
        "Marovian Times",
        "March 3, 2025",
        "By Staff Reporter",
        "PORT ALDER: Marovia's ambassador to Kestrelia, Jonas Pellar, said on Monday that annual bilateral trade "
        "between the two countries stood at $300-350 million.",
        "Speaking to reporters at the embassy, Pellar said both governments wanted to expand cooperation in textiles, "
        "machinery and agriculture.",
    ]
)

ENVOY_IN_APRIL = "\n\n".join(
    [
        "Ambassador Pellar: Kestrelia and Marovia can do more together",
        "The Kestrel Herald",
        "April 10, 2025",
        "NEW HAVEN: In an interview with The Kestrel Herald, Marovian Ambassador Jonas Pellar said that annual trade "
        "between Kestrelia and Marovia was between $500 million and $600 million.",
        "Pellar said the two countries had signed a memorandum on customs cooperation and were working on direct flights.",
    ]
)


def test_one_ambassadors_two_annual_trade_ranges_that_do_not_meet_conflict(tmp_path: Path) -> None:
    """The issue's second case, on made-up interviews: the same envoy gives two annual trade ranges that cannot both hold."""
    project = tmp_path / "project"
    (project / "facts" / "sources").mkdir(parents=True)
    (project / "facts" / "vocabulary.yaml").write_text("topics:\n  trade: Trade figures and targets.\n", encoding="utf-8")
    for slug, outlet, published, text in [
        ("marovian-times-2025-03-03-envoy-trade", "Marovian Times", "2025-03-03", ENVOY_IN_MARCH),
        ("kestrel-herald-2025-04-10-pellar-interview", "The Kestrel Herald", "2025-04-10", ENVOY_IN_APRIL),
    ]:
        article = tmp_path / f"{slug}.txt"
        article.write_text(text, encoding="utf-8")
        added = run_cli(
            "-C", str(project), "sources", "add", str(article), "--id", slug, "--outlet", outlet, "--published", published, env=NO_CACHE
        )
        assert added.code == 0, added.stderr
        accept_drafts_unchanged(project, slug)
    document = check(project)
    [conflict] = [c for c in document["possible_conflicts"] if c["kind"] == "figure"]
    sides = {side["outlet"]: side for side in conflict["sides"]}
    assert sides["Marovian Times"]["states"] == "300000000-350000000 USD"
    assert sides["The Kestrel Herald"]["states"] == "500000000-600000000 USD"
    assert "stood at $300-350 million" in sides["Marovian Times"]["quote"]
    assert "between $500 million and $600 million" in sides["The Kestrel Herald"]["quote"]
    assert "target" not in conflict["key"]  # what was traded, not an aim: a target of $1 billion would be no conflict
