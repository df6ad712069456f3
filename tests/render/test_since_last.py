"""What newer reports say about the previous edition's claims, section by section: confirms, contradicts, adds.

A small project is built twice by the real CLI.  The first edition (as of
15 January 2025) makes three claims in three sections, each from the Test
Gazette of 10 January.  Then the Daily Ledger of 1 February arrives: one of
its facts confirms the visit (an accepted link in facts/links.yaml), one
gives another figure for trade in 2024 (a conflict), one takes the tractor
plan further (the same plant, the same topic), and one is about something
else.  The second edition (as of 10 February) must show each under the
section that made the claim, with the wording a reader understands and a
note leading to the new article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.corpus.loader import load_corpus
from briefgen.render.pipeline import render_brief
from briefgen.render.scope import PreviousEdition
from tests.conftest import REPO, run_cli
from tests.rendering import read_html

FIRST, SECOND = "2025-01-15", "2025-02-10"

VOCABULARY = """\
topics:
  trade: Trade figures and targets.
  industry: Industrial cooperation.
  visits: High-level visits.
"""

GAZETTE = """\
---
id: gazette-2025-01-10
title: "Minister in Minsk"
outlet: Test Gazette
published: 2025-01-10
---
Minister Ali Raza arrived in Minsk on 8 January 2025 for three days of talks.

Trade between the two countries stood at US$40 million in 2024, officials said.

The Minsk Tractor Plant plans to assemble tractors in Lahore.
"""

LEDGER = """\
---
id: ledger-2025-02-01
title: "What the Minsk talks produced"
outlet: Daily Ledger
published: 2025-02-01
---
Ali Raza landed in the Belarusian capital on 8 January, the ministry said.

Bilateral trade reached US$55 million in 2024.

The Minsk Tractor Plant will open a training centre for mechanics in Lahore.

A cultural troupe will tour Karachi in March.
"""

OLD_FACTS = """\
- id: minister-arrives-minsk
  claim: Minister Ali Raza arrived in Minsk on 8 January 2025.
  source: gazette-2025-01-10
  quote: "Minister Ali Raza arrived in Minsk on 8 January 2025"
  date: "2025-01-08"
  kind: event
  topics: [visits]
  entities: [Ali Raza]
- id: trade-2024-gazette
  claim: Trade stood at US$40 million in 2024.
  source: gazette-2025-01-10
  quote: "Trade between the two countries stood at US$40 million in 2024"
  date: "2024"
  kind: figure
  topics: [trade]
  value: {metric: trade-volume, amount: "40000000", unit: USD, period: "2024"}
- id: mtz-lahore-assembly-plan
  claim: The Minsk Tractor Plant plans to assemble tractors in Lahore.
  source: gazette-2025-01-10
  quote: "The Minsk Tractor Plant plans to assemble tractors in Lahore"
  date: "2025-01"
  kind: plan
  topics: [industry]
  entities: [Minsk Tractor Plant]
"""

NEW_FACTS = """\
- id: ledger-raza-landed-minsk
  claim: Ali Raza landed in Minsk on 8 January, the ministry said.
  source: ledger-2025-02-01
  quote: "Ali Raza landed in the Belarusian capital on 8 January"
  date: "2025-01-08"
  kind: event
  topics: [visits]
  entities: [Ali Raza]
- id: ledger-trade-2024
  claim: Bilateral trade reached US$55 million in 2024.
  source: ledger-2025-02-01
  quote: "Bilateral trade reached US$55 million in 2024"
  date: "2024"
  kind: figure
  topics: [trade]
  value: {metric: trade-volume, amount: "55000000", unit: USD, period: "2024"}
- id: ledger-mtz-training-centre
  claim: The Minsk Tractor Plant will open a training centre for mechanics in Lahore.
  source: ledger-2025-02-01
  quote: "The Minsk Tractor Plant will open a training centre for mechanics in Lahore"
  date: "2025-02"
  kind: plan
  topics: [industry]
  entities: [Minsk Tractor Plant]
- id: ledger-troupe-karachi
  claim: A cultural troupe will tour Karachi in March.
  source: ledger-2025-02-01
  quote: "A cultural troupe will tour Karachi in March"
  date: "2025-03"
  kind: plan
  topics: [visits]
"""

LINKS = """\
- facts: [minister-arrives-minsk, ledger-raza-landed-minsk]
  event: raza-minsk-visit-2025
  decision: accepted
"""

BRIEF = """\
---
title: Minsk watch
topics: [trade, industry, visits]
---
{% include 'partials/since-last-edition.md.j2' %}

## The minister's visit

Minister Ali Raza arrived in Minsk on 8 January 2025 [@minister-arrives-minsk].

## Trade

Trade stood at US$40 million in 2024 [@trade-2024-gazette].

## Industry

The Minsk Tractor Plant plans to assemble tractors in Lahore [@mtz-lahore-assembly-plan].
"""

HEADING = "What newer reports say about the edition of 15 January 2025"


def _project(root: Path) -> Path:
    (root / "facts" / "sources").mkdir(parents=True)
    (root / "briefs").mkdir()
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "facts" / "vocabulary.yaml").write_text(VOCABULARY, encoding="utf-8")
    (root / "facts" / "sources" / "gazette-2025-01-10.md").write_text(GAZETTE, encoding="utf-8")
    (root / "facts" / "gazette.yaml").write_text(OLD_FACTS, encoding="utf-8")
    (root / "briefs" / "watch.md").write_text(BRIEF, encoding="utf-8")
    return root


def _add_the_ledger(root: Path) -> None:
    (root / "facts" / "sources" / "ledger-2025-02-01.md").write_text(LEDGER, encoding="utf-8")
    (root / "facts" / "ledger.yaml").write_text(NEW_FACTS, encoding="utf-8")
    (root / "facts" / "links.yaml").write_text(LINKS, encoding="utf-8")


def _build(root: Path, date: str, formats: str = "html", *extra: str) -> None:
    result = run_cli("-C", str(root), "build", "watch", "--as-of", date, "--format", formats, *extra)
    assert result.code == 0, result.stderr


def _html(root: Path, date: str) -> str:
    return (root / "build" / date / "watch.html").read_text(encoding="utf-8")


def _section(html: str) -> str:
    """The partial's part of the page: from its heading to the next section heading."""
    found = re.search(rf"<h2[^>]*>{HEADING}</h2>(.*?)<h2", html, re.S)
    assert found, "the second edition shows what newer reports say"
    return found.group(1)


def _notes(html: str) -> dict[str, str]:
    """Each endnote's number and its visible text (outlet, title, date)."""
    notes = re.findall(r'<li[^>]*id="fn-(\d+)"[^>]*>(.*?)</li>', html, re.S)
    return {number: read_html(body).text for number, body in notes}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _project(tmp_path_factory.mktemp("since-last") / "project")
    _build(root, FIRST)
    _add_the_ledger(root)
    _build(root, SECOND, "html,pdf")
    return root


def test_a_first_edition_prints_nothing(project: Path) -> None:
    html = _html(project, FIRST)
    assert "What newer reports say" not in html
    assert "Confirms" not in html and "Contradicts" not in html


def test_each_claim_is_listed_under_the_section_that_made_it(project: Path) -> None:
    section = _section(_html(project, SECOND))
    headings = [read_html(h).text for h in re.findall(r"<h3[^>]*>(.*?)</h3>", section, re.S)]
    assert headings == ["The minister's visit", "Trade", "Industry"], "the previous edition's sections, in its order"
    parts = dict(zip(headings, re.split(r"<h3[^>]*>.*?</h3>", section, flags=re.S)[1:], strict=True))
    visit, trade, industry = (read_html(parts[h]).text for h in headings)
    assert "Minister Ali Raza arrived in Minsk on 8 January 2025." in visit
    assert "Confirms (Daily Ledger, 1 February 2025): Ali Raza landed in Minsk on 8 January, the ministry said." in visit
    assert "Trade stood at US$40 million in 2024." in trade
    assert "Contradicts (Daily Ledger, 1 February 2025): Bilateral trade reached US$55 million in 2024." in trade
    assert "Confirms" not in trade and "Adds" not in trade
    assert "The Minsk Tractor Plant plans to assemble tractors in Lahore." in industry
    assert "Adds (Daily Ledger, 1 February 2025): The Minsk Tractor Plant will open a training centre for mechanics in Lahore." in industry
    assert "cultural troupe" not in section, "a new fact about nothing the brief said is not set against a claim"


def test_each_newer_report_is_cited_and_its_note_leads_to_the_new_article(project: Path) -> None:
    html = _html(project, SECOND)
    section = _section(html)
    notes = _notes(html)
    for label in ("Confirms", "Contradicts", "Adds"):
        item = re.search(rf"<strong>{label}</strong>(.*?)</li>", section, re.S)
        assert item, f"a '{label}' item"
        numbers = re.findall(r'href="#fn-(\d+)"', item.group(1))
        assert numbers, f"the '{label}' item is cited"
        assert all("Daily Ledger" in notes[n] and "What the Minsk talks produced" in notes[n] for n in numbers), notes
    claims = re.findall(r'<li>(?:(?!<li>).)*?href="#fn-(\d+)"', section, re.S)
    assert any("Test Gazette" in notes[n] for n in claims), "the claim itself is cited to the article that made it"


def test_the_manifest_records_the_section_of_each_claim(project: Path) -> None:
    manifest = json.loads((project / "build" / "manifest.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c["section"] for c in manifest["editions"]["watch"][FIRST]["claims"]}
    assert claims == {
        "minister-arrives-minsk": "The minister's visit",
        "trade-2024-gazette": "Trade",
        "mtz-lahore-assembly-plan": "Industry",
    }
    later = {c["id"]: c["section"] for c in manifest["editions"]["watch"][SECOND]["claims"]}
    # the partial comes first and restates the claims; their sections are still where the brief makes them
    assert later["trade-2024-gazette"] == "Trade"
    assert later["ledger-trade-2024"] == HEADING, "a fact cited only in the partial takes its heading"


def test_the_pdf_reads_the_same(project: Path) -> None:
    pdf = project / "build" / SECOND / "watch.pdf"
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert HEADING in text
    for words in ("Contradicts (Daily Ledger, 1 February 2025)", "Confirms (Daily Ledger, 1 February 2025)", "Adds (Daily Ledger"):
        assert words in text


def test_check_prints_nothing_of_it(project: Path) -> None:
    result = run_cli("-C", str(project), "check")
    assert result.code == 0, result.stderr
    assert "newer reports" not in result.stdout + result.stderr


def test_an_older_manifest_without_sections_gives_one_list(project: Path, tmp_path: Path) -> None:
    root = shutil.copytree(project, tmp_path / "copy")
    path = root / "build" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for claim in manifest["editions"]["watch"][FIRST]["claims"]:
        del claim["section"]  # as a manifest written before sections were recorded
    path.write_text(json.dumps(manifest), encoding="utf-8")
    _build(root, SECOND, "html", "--force")
    section = _section(_html(root, SECOND))
    assert "<h3" not in section, "no section is known, so the claims stand in one list"
    text = read_html(section).text
    assert text.startswith("Each claim below was made in the edition of 15 January 2025; under it,")
    for words in ("Confirms (Daily Ledger", "Contradicts (Daily Ledger", "Adds (Daily Ledger"):
        assert words in text


def test_nothing_new_says_so(tmp_path: Path) -> None:
    root = _project(tmp_path / "project")
    _build(root, FIRST)
    _build(root, SECOND)
    text = read_html(_section(_html(root, SECOND))).text
    assert text == "No report published since the edition of 15 January 2025 confirms, contradicts or adds to a claim it made."


# The rules one by one, rendered in memory against a previous edition as the manifest gives it -------------

OTHER_REPORTS = """\
---
id: courier-2025-02-03
title: "Talks in Minsk"
outlet: The Courier
published: 2025-02-03
---
Trade stood at US$40 million in 2024, the ministry said.

Raza arrived in Minsk in December 2024, by this account.

Raza met the Belarusian prime minister on 9 January.

Raza reached Minsk on 8 January.
"""

OTHER_FACTS = """\
- id: courier-trade-2024
  claim: Trade stood at US$40 million in 2024, the ministry said.
  source: courier-2025-02-03
  quote: "Trade stood at US$40 million in 2024"
  date: "2024"
  kind: figure
  topics: [trade]
  value: {metric: trade-volume, amount: "40000000", unit: USD, period: "2024"}
- id: courier-raza-december
  claim: Raza arrived in Minsk in December 2024, by this account.
  source: courier-2025-02-03
  quote: "Raza arrived in Minsk in December 2024"
  date: "2024-12"
  kind: event
  event: raza-minsk-visit-2025
  topics: [visits]
- id: courier-raza-met-prime-minister
  claim: Raza met the Belarusian prime minister on 9 January 2025.
  source: courier-2025-02-03
  quote: "Raza met the Belarusian prime minister on 9 January"
  date: "2025-01-09"
  kind: event
  event: raza-minsk-visit-2025
  topics: [visits]
- id: courier-raza-reached-minsk
  claim: Raza reached Minsk on 8 January 2025.
  source: courier-2025-02-03
  quote: "Raza reached Minsk on 8 January"
  date: "2025-01-08"
  kind: event
  event: raza-minsk-visit-2025
  topics: [visits]
"""


def _in_memory(root: Path, previous: PreviousEdition) -> str:
    """The partial's section of the second edition, rendered in memory, as a reader reads it."""
    corpus = load_corpus(root)
    assert not corpus.errors, corpus.errors
    _, _, document = render_brief(root, "watch", corpus, as_of=dt.date.fromisoformat(SECOND), previous=previous)
    return read_html(_section(document.html)).text


def test_figures_events_and_dates_decide_without_a_link(tmp_path: Path) -> None:
    root = _project(tmp_path / "project")
    gazette = root / "facts" / "gazette.yaml"
    gazette.write_text(
        gazette.read_text(encoding="utf-8").replace("  entities: [Ali Raza]\n", "  entities: [Ali Raza]\n  event: raza-minsk-visit-2025\n")
    )
    (root / "facts" / "sources" / "courier-2025-02-03.md").write_text(OTHER_REPORTS, encoding="utf-8")
    (root / "facts" / "courier.yaml").write_text(OTHER_FACTS, encoding="utf-8")
    claims = ("minister-arrives-minsk", "trade-2024-gazette", "mtz-lahore-assembly-plan")
    previous = PreviousEdition(dt.date.fromisoformat(FIRST), claims, ("Visit", "Money", "Industry"))
    text = _in_memory(root, previous)
    visit = text.split("Visit", 1)[1].split("Money", 1)[0]
    assert "Contradicts (The Courier, 3 February 2025): Raza arrived in Minsk in December 2024" in visit, "another month for one event"
    assert "Confirms (The Courier, 3 February 2025): Raza reached Minsk on 8 January 2025." in visit, "one event, on one day"
    assert "Adds (The Courier, 3 February 2025): Raza met the Belarusian prime minister on 9 January 2025." in visit, "the same event"
    money = text.split("Money", 1)[1]
    assert "Confirms (The Courier, 3 February 2025): Trade stood at US$40 million in 2024, the ministry said." in money, "the same figure"
    assert "Industry" not in text, "no newer report touches the tractor plan"


def test_a_previous_edition_without_sections_gives_one_list_in_memory(tmp_path: Path) -> None:
    root = _project(tmp_path / "project")
    _add_the_ledger(root)
    previous = PreviousEdition(dt.date.fromisoformat(FIRST), ("trade-2024-gazette", "mtz-lahore-assembly-plan"))
    text = _in_memory(root, previous)
    assert "Contradicts (Daily Ledger" in text and "Adds (Daily Ledger" in text
    assert "Confirms" not in text, "the visit was not among that edition's claims"


MORE_VISIT_REPORTS = """\
---
id: herald-2025-02-05
title: "Raza's days in Minsk"
outlet: The Herald
published: 2025-02-05
---
Raza visited the Minsk Automobile Plant on 9 January.

Raza laid a wreath at the Victory Monument on 9 January.

Raza met students of the Belarusian State University on 10 January.
"""


def _visit_fact(fact_id: str, quote: str, date: str) -> str:
    return (
        f'- id: {fact_id}\n  claim: {quote}, 2025.\n  source: herald-2025-02-05\n  quote: "{quote}"\n'
        f'  date: "{date}"\n  kind: event\n  event: raza-minsk-visit-2025\n  topics: [visits]\n'
    )


def test_past_two_additions_a_claim_cites_the_others_on_one_line_by_outlet(tmp_path: Path) -> None:
    """Five newer reports of one visit: two in full, the other three cited together, each still with its note."""
    root = _project(tmp_path / "project")
    gazette = root / "facts" / "gazette.yaml"
    gazette.write_text(
        gazette.read_text(encoding="utf-8").replace("  entities: [Ali Raza]\n", "  entities: [Ali Raza]\n  event: raza-minsk-visit-2025\n")
    )
    (root / "facts" / "sources" / "courier-2025-02-03.md").write_text(OTHER_REPORTS, encoding="utf-8")
    (root / "facts" / "courier.yaml").write_text(OTHER_FACTS, encoding="utf-8")
    (root / "facts" / "sources" / "herald-2025-02-05.md").write_text(MORE_VISIT_REPORTS, encoding="utf-8")
    (root / "facts" / "herald.yaml").write_text(
        _visit_fact("herald-raza-maz", "Raza visited the Minsk Automobile Plant on 9 January", "2025-01-09")
        + _visit_fact("herald-raza-wreath", "Raza laid a wreath at the Victory Monument on 9 January", "2025-01-09")
        + _visit_fact("herald-raza-students", "Raza met students of the Belarusian State University on 10 January", "2025-01-10"),
        encoding="utf-8",
    )
    previous = PreviousEdition(dt.date.fromisoformat(FIRST), ("minister-arrives-minsk",), ("Visit",))
    corpus = load_corpus(root)
    assert not corpus.errors, corpus.errors
    _, _, document = render_brief(root, "watch", corpus, as_of=dt.date.fromisoformat(SECOND), previous=previous)
    text = read_html(_section(document.html)).text
    assert text.count("Adds (") == 2, text
    assert text.count("Also adds: ") == 1 and "Also adds: The Herald" in text
    # Every addition is still cited, with its note: none is lost to the shorter list.
    for quote in (
        "Raza laid a wreath at the Victory Monument on 9 January",
        "Raza met students of the Belarusian State University on 10 January",
        "Raza visited the Minsk Automobile Plant on 9 January",
    ):
        assert f"The Herald, “Raza's days in Minsk”, 5 February 2025: “{quote}…”" in text
