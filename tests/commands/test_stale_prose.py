"""``check`` warns when a disagreement or corroboration an edition cited has changed since: end to end, through the CLI.

The mini brief cites both sides of the 'delegation-minsk' disagreement (a
plan for February 2025, a report of March 2025).  An edition is built; then
a new source joins the March side, or the March report is withdrawn, and
``check`` must say so at the line that cites the disagreement, as a warning.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

NO_CACHE = {"BRIEFGEN_NO_CACHE": "1"}

THIRD_SOURCE = """\
---
id: third-source
title: "Delegation back from Minsk"
outlet: Test Courier
published: 2025-05-02
---
The delegation arrived in Minsk in March and met the Belarusian side.
"""

THIRD_FACT = """\
- id: delegation-arrival
  claim: The delegation arrived in Minsk in March 2025.
  source: third-source
  quote: The delegation arrived in Minsk in March
  date: "2025-03"
  kind: event
  event: delegation-minsk
  topics: [visits]
"""


@pytest.fixture
def built(mini_project: Path) -> Path:
    """The mini project with the real templates and one edition built (HTML only)."""
    shutil.copytree(REPO / "templates", mini_project / "templates")
    result = run_cli("-C", str(mini_project), "build", "mini", "--format", "html", "-q", env=NO_CACHE)
    assert result.code == 0, result.stderr
    return mini_project


def _check(project: Path) -> tuple[int, str]:
    result = run_cli("-C", str(project), "check", env=NO_CACHE)
    return result.code, result.stderr


def _citing_line(project: Path) -> int:
    lines = (project / "briefs" / "mini.md").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if "@delegation-plan" in line)


def test_the_edition_records_what_its_prose_depends_on(built: Path) -> None:
    manifest = json.loads((built / "build" / "manifest.json").read_text(encoding="utf-8"))
    (edition,) = manifest["editions"]["mini"].values()
    depends = {(d["kind"], d["key"]): d["sides"] for d in edition["depends"]}
    assert depends[("disagreement", "delegation-minsk")] == {"2025-02": ["delegation-plan"], "2025-03": ["delegation-visit"]}
    assert ("disagreement", "trade-volume (2019)") in depends
    code, stderr = _check(built)
    assert code == 0, stderr
    assert "has changed since the edition" not in stderr


def test_a_new_source_joining_a_side_is_a_warning_at_the_citing_line(built: Path) -> None:
    (built / "facts" / "sources" / "third-source.md").write_text(THIRD_SOURCE, encoding="utf-8")
    (built / "facts" / "more.yaml").write_text(THIRD_FACT, encoding="utf-8")
    code, stderr = _check(built)
    assert code == 0, stderr
    line = _citing_line(built)
    expected = (
        f"briefs/mini.md:{line}: warning: the disagreement on 'delegation-minsk' has changed since the edition of 2025-04-10: "
        "'delegation-arrival' (Test Courier, 2025-05-02) joined the side March 2025"
    )
    assert expected in stderr, stderr
    # the other disagreement the brief cites has not changed, and is not reported
    assert not re.search(r"disagreement on 'trade-volume \(2019\)' has changed", stderr)


def test_a_side_that_disappears_is_a_warning(built: Path) -> None:
    facts = built / "facts" / "trade.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("- id: delegation-visit")
    facts.write_text(text[:start], encoding="utf-8")
    code, stderr = _check(built)
    assert code == 0, stderr
    assert f"briefs/mini.md:{_citing_line(built)}: warning: the disagreement on 'delegation-minsk' has changed" in stderr, stderr
    assert "the sources no longer disagree" in stderr


def test_a_new_edition_records_the_change_and_the_warning_goes(built: Path) -> None:
    (built / "facts" / "sources" / "third-source.md").write_text(THIRD_SOURCE, encoding="utf-8")
    (built / "facts" / "more.yaml").write_text(THIRD_FACT, encoding="utf-8")
    result = run_cli("-C", str(built), "build", "mini", "--format", "html", "-q", env=NO_CACHE)
    assert result.code == 0, result.stderr
    code, stderr = _check(built)
    assert code == 0, stderr
    assert "has changed since the edition" not in stderr


COURIER_SOURCE = """\
---
id: courier-source
outlet: Test Courier
published: 2025-02-03
---
Belarusian tractors will be assembled in Pakistan by joint ventures, the ministry said.
"""

ECHO_SOURCE = """\
---
id: echo-source
outlet: Test Echo
published: 2025-02-04
---
Tractors from Belarus are to be assembled in Pakistan through joint ventures.
"""


def _tractor_fact(fact_id: str, source: str, quote: str) -> str:
    return (
        f"- id: {fact_id}\n  claim: Belarusian tractors are to be assembled in Pakistan by joint ventures.\n"
        f'  source: {source}\n  quote: {quote}\n  date: "2025-01"\n  kind: event\n  topics: [industry]\n'
    )


def test_a_report_joining_a_corroboration_is_a_warning(mini_project: Path) -> None:
    shutil.copytree(REPO / "templates", mini_project / "templates")
    facts = mini_project / "facts"
    (facts / "sources" / "courier-source.md").write_text(COURIER_SOURCE, encoding="utf-8")
    (facts / "tractors.yaml").write_text(
        _tractor_fact("tractor-assembly-courier", "courier-source", "assembled in Pakistan by joint ventures"), encoding="utf-8"
    )
    links = "- facts: [tractor-assembly, tractor-assembly-courier]\n  event: tractor-joint-ventures\n  decision: accepted\n"
    (facts / "links.yaml").write_text(links, encoding="utf-8")
    result = run_cli("-C", str(mini_project), "build", "mini", "--format", "html", "-q", env=NO_CACHE)
    assert result.code == 0, result.stderr
    # a third outlet reports it, and the editor accepts the link
    (facts / "sources" / "echo-source.md").write_text(ECHO_SOURCE, encoding="utf-8")
    with (facts / "tractors.yaml").open("a", encoding="utf-8") as handle:
        handle.write(_tractor_fact("tractor-assembly-echo", "echo-source", "assembled in Pakistan through joint ventures"))
    (facts / "links.yaml").write_text(links.replace("tractor-assembly-courier]", "tractor-assembly-courier, tractor-assembly-echo]"))
    code, stderr = _check(mini_project)
    assert code == 0, stderr
    lines = (mini_project / "briefs" / "mini.md").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if "@tractor-assembly" in text)
    expected = (
        f"briefs/mini.md:{line}: warning: the corroboration of 'tractor-assembly' has changed since the edition of 2025-04-10: "
        "'tractor-assembly-echo' (Test Echo, 2025-02-04) now also reports it"
    )
    assert expected in stderr, stderr


def test_the_citing_line_falls_back_to_the_helper_that_lists_disagreements() -> None:
    from briefgen.editions.dependencies import citing_line
    from briefgen.editions.manifest import DependencyRecord

    record = DependencyRecord(kind="disagreement", key="delegation-minsk", sides={"2025-02": ["delegation-plan"]})
    text = "---\ntitle: x\n---\nIntro.\n{% for d in discrepancies() %}{{ d.message }} {{ d.cite }}{% endfor %}\n"
    assert citing_line(text, record) == 5
    assert citing_line(text + "Planned [@delegation-plan].\n", record) == 6
    assert citing_line(text + "{{ placements('delegation-minsk') }}\n", record) == 6
    assert citing_line("Nothing here.\n", record) is None
