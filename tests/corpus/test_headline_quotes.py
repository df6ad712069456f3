"""A fact may quote an archived article's headline: the figure some outlets state only there.

Through the real CLI on a copy of the shipped project: ``check`` accepts a
quote found word for word in the source's ``title`` (and still refuses one
found in neither headline nor body), and the built note quotes it as the
headline.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

# The shipped source's headline: "Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad".
FACT = """- id: headline-fifteen-agreements
  claim: "Belarus and Pakistan signed 15 agreements during Lukashenko's visit to Islamabad."
  source: lukashenko-islamabad-visit-2024-11-26
  quote: "{quote}"
  date: "2024-11-26"
  kind: event
  topics: [agreements]
  value:
    metric: agreements-signed
    amount: "15"
    unit: agreements
    period: "2024-11-26"
"""

BRIEF = """---
title: Headline check
audience: Test readers
classification: OFFICIAL
topics: [agreements]
---
## Summary

Fifteen agreements were signed [@headline-fifteen-agreements].
"""


def test_a_headline_quote_passes_check_and_the_note_names_the_headline(repo_copy: Path) -> None:
    (repo_copy / "facts/headline.yaml").write_text(FACT.format(quote="Belarus, Pakistan sign 15 agreements"), encoding="utf-8")
    body = (repo_copy / "facts/sources/lukashenko-islamabad-visit-2024-11-26.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert "sign 15 agreements" not in body  # the figure is the headline's own words, not the body's

    check = run_cli("-C", str(repo_copy), "check", "--corpus-only")
    assert check.code == 0, check.stderr
    # no problem names it; it may be proposed with the other reports of the visit (one occasion)
    assert all("proposed link" in line for line in check.stderr.splitlines() if "headline-fifteen-agreements" in line)

    (repo_copy / "briefs/headline-check.md").write_text(BRIEF, encoding="utf-8")
    build = run_cli("-C", str(repo_copy), "build", "headline-check", "--format", "html", "--as-of", "2024-12-01", "--out", "out")
    assert build.code == 0, build.stderr
    html = (repo_copy / "out/2024-12-01/headline-check.html").read_text(encoding="utf-8")
    assert "headline: “Belarus, Pakistan sign 15 agreements…”" in html


def test_a_quote_in_neither_headline_nor_body_is_refused(repo_copy: Path) -> None:
    (repo_copy / "facts/headline.yaml").write_text(FACT.format(quote="Belarus, Pakistan sign 16 agreements"), encoding="utf-8")
    check = run_cli("-C", str(repo_copy), "check", "--corpus-only")
    assert check.code == 1
    assert (
        "facts/headline.yaml:4: fact 'headline-fifteen-agreements': quote not found in source 'lukashenko-islamabad-visit-2024-11-26'"
        in check.stderr
    )
