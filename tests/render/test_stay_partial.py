"""The discrepancies partial shows a stay ended on two different days, each side with the day it gives.

Through the real CLI on a copy of the shipped project, with two made-up
reports of one made-up visit wired to one event: ``check --json`` reports the
stay conflict (the months agree, so the date check alone would not), and the
built brief's box names each side's last day.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

SOURCE = """---
id: {id}
title: "{title}"
outlet: "{outlet}"
published: 2031-03-05
author: ""
url: ""
place: Norland
---
{body}
"""

FACTS = """- id: oskaro-until-saturday
  claim: "The Gazette reported that President Oskaro would stay in Norland until Saturday."
  source: gazette-2031-03-05
  quote: "President Oskaro is in Norland until Saturday to attend the river fair"
  date: "2031-03-05"
  kind: event
  topics: [visits]
  entities: [Oskaro, Norland]
  event: oskaro-visit-2031
- id: oskaro-until-friday
  claim: "The Courier reported that the visit would last until Friday, March 7."
  source: courier-2031-03-05
  quote: "President Oskaro arrived on a visit that will last until Friday, March 7"
  date: "2031-03-05"
  kind: event
  topics: [visits]
  entities: [Oskaro, Norland]
  event: oskaro-visit-2031
"""

BRIEF = """---
title: Stay check
audience: Test readers
classification: OFFICIAL
topics: [visits]
---
## Where sources disagree

{% include 'partials/discrepancies.md.j2' %}
"""


def test_a_stay_ended_on_two_days_is_reported_by_check_and_shown_in_the_partial(repo_copy: Path) -> None:
    sources = repo_copy / "facts/sources"
    (sources / "gazette-2031-03-05.md").write_text(
        SOURCE.format(
            id="gazette-2031-03-05",
            title="Oskaro in Norland",
            outlet="The Gazette",
            body="President Oskaro is in Norland until Saturday to attend the river fair, officials said.\n",
        ),
        encoding="utf-8",
    )
    (sources / "courier-2031-03-05.md").write_text(
        SOURCE.format(
            id="courier-2031-03-05",
            title="Oskaro arrives",
            outlet="The Courier",
            body="President Oskaro arrived on a visit that will last until Friday, March 7, the agency said.\n",
        ),
        encoding="utf-8",
    )
    (repo_copy / "facts/stay.yaml").write_text(FACTS, encoding="utf-8")
    check = run_cli("-C", str(repo_copy), "check", "--corpus-only", "--json")
    assert check.code == 0, check.stderr
    stays = [d for d in json.loads(check.stdout)["discrepancies"] if d["kind"] == "stay"]
    assert [d["key"] for d in stays] == ["oskaro-visit-2031"]
    assert "last day of the stay for event 'oskaro-visit-2031'" in stays[0]["message"]

    (repo_copy / "briefs/stay-check.md").write_text(BRIEF, encoding="utf-8")
    build = run_cli("-C", str(repo_copy), "build", "stay-check", "--format", "html", "--as-of", "2031-03-10", "--out", "out")
    assert build.code == 0, build.stderr
    html = (repo_copy / "out/2031-03-10/stay-check.html").read_text(encoding="utf-8")
    assert "Sources end one stay on different days (oskaro visit 2031)." in html
    assert "until Saturday 8 March 2031" in html and "until Friday 7 March 2031" in html
