"""``check`` reports one arrival dated to two days, and the brief's box says so.

Through the real CLI on a copy of the shipped project: two made-up reports of
one made-up visit, wired to one event, put the visitor's arrival in one city on
Saturday night and on March 9.  The months agree, so the date check alone sees
nothing; the stay check reads both first days and reports them.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

SOURCE = """---
id: {id}
title: "{title}"
outlet: "{outlet}"
published: {published}
author: ""
url: ""
place: Norland
---
{body}
"""

FACTS = """- id: oskaro-arrived-saturday
  claim: "The Gazette reported that President Oskaro arrived in Norland on Saturday night."
  source: gazette-2031-03-09
  quote: "President Oskaro's arrival in Norland on Saturday night had been relaxed"
  date: "2031-03-08"
  kind: event
  topics: [visits]
  entities: [Oskaro, Norland]
  event: oskaro-visit-2031
- id: oskaro-arrived-sunday
  claim: "The Courier reported that President Oskaro arrived in Norland on March 9."
  source: courier-2031-03-10
  quote: "President Oskaro, who arrived in Norland on March 9, met the river council"
  date: "2031-03-09"
  kind: event
  topics: [visits]
  entities: [Oskaro, Norland]
  event: oskaro-visit-2031
"""

BRIEF = """---
title: Arrival check
audience: Test readers
classification: OFFICIAL
topics: [visits]
---
## Where sources disagree

{% include 'partials/discrepancies.md.j2' %}
"""


def _write(repo: Path) -> None:
    sources = repo / "facts/sources"
    for slug, outlet, published, body in (
        ("gazette-2031-03-09", "The Gazette", "2031-03-09", "President Oskaro's arrival in Norland on Saturday night had been relaxed."),
        ("courier-2031-03-10", "The Courier", "2031-03-10", "President Oskaro, who arrived in Norland on March 9, met the river council."),
    ):
        text = SOURCE.format(id=slug, title="Oskaro in Norland", outlet=outlet, published=published, body=body + "\n")
        (sources / f"{slug}.md").write_text(text, encoding="utf-8")
    (repo / "facts/arrival.yaml").write_text(FACTS, encoding="utf-8")


def test_one_arrival_on_two_days_is_reported_by_check_and_shown_in_the_brief(repo_copy: Path) -> None:
    _write(repo_copy)
    check = run_cli("-C", str(repo_copy), "check", "--corpus-only", "--json")
    assert check.code == 0, check.stderr
    stays = [d for d in json.loads(check.stdout)["discrepancies"] if d["kind"] == "stay"]
    assert [d["key"] for d in stays] == ["oskaro-visit-2031"]
    assert "first day (the arrival) of the stay for event 'oskaro-visit-2031'" in stays[0]["message"]
    assert "arrived in Norland Saturday 8 March 2031" in stays[0]["message"]
    assert "arrived in Norland Sunday 9 March 2031" in stays[0]["message"]

    (repo_copy / "briefs/arrival-check.md").write_text(BRIEF, encoding="utf-8")
    build = run_cli("-C", str(repo_copy), "build", "arrival-check", "--format", "html", "--as-of", "2031-03-12", "--out", "out")
    assert build.code == 0, build.stderr
    html = (repo_copy / "out/2031-03-12/arrival-check.html").read_text(encoding="utf-8")
    assert "Sources give one arrival different days (oskaro visit 2031)." in html
