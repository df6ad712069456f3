"""A fact that reports something cannot be dated after the article that reports it.

Run through the real command line on a small project: the error stands at the
fact's ``date:`` line, a plan may be dated ahead, and the case it guards
against end to end — an article archived undated, drafted with placeholder
dates, curated unchanged, then given its real date — fails ``check``.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

SOURCE = """\
---
id: ledger-2025-03-05
outlet: "The Ledger"
published: "2025-03-05"
---
The two ministers signed a protocol on tractor assembly on Tuesday. A plant will open in Lahore next year.
"""

FACTS = """\
- id: protocol-signed
  claim: The two ministers signed a protocol on tractor assembly.
  source: ledger-2025-03-05
  quote: "The two ministers signed a protocol on tractor assembly on Tuesday"
  date: "{signed}"
  kind: event
  topics: [tractors]
- id: plant-to-open
  claim: A tractor plant is to open in Lahore.
  source: ledger-2025-03-05
  quote: "A plant will open in Lahore next year"
  date: "2026"
  kind: plan
  topics: [tractors]
"""


def _project(root: Path, signed: str) -> Path:
    (root / "facts" / "sources").mkdir(parents=True)
    (root / "facts" / "vocabulary.yaml").write_text("topics:\n  tractors: Tractors.\n", encoding="utf-8")
    (root / "facts" / "sources" / "ledger-2025-03-05.md").write_text(SOURCE, encoding="utf-8")
    (root / "facts" / "tractors.yaml").write_text(FACTS.format(signed=signed), encoding="utf-8")
    return root


def test_an_event_dated_after_its_source_fails_at_its_date_line(tmp_path: Path) -> None:
    result = run_cli("-C", str(_project(tmp_path, "2026-03-04")), "check", "--corpus-only")
    assert result.code == 1
    assert (
        "facts/tractors.yaml:5: fact 'protocol-signed': dated 2026-03-04, after its source 'ledger-2025-03-05' was "
        "published (2025-03-05); an event cannot be later than its report" in result.stderr
    )
    assert "plant-to-open" not in result.stderr, "a plan may be dated ahead of its source"
    assert "Traceback" not in result.stderr


def test_dates_on_or_before_publication_pass(tmp_path: Path) -> None:
    for signed in ("2025-03-04", "2025-03", "2025"):  # a month or a year that holds the publication date begins before it
        result = run_cli("-C", str(_project(tmp_path / signed, signed)), "check", "--corpus-only")
        assert result.code == 0, result.stderr


def test_a_placeholder_date_kept_after_the_source_is_dated_fails(tmp_path: Path) -> None:
    """Drafted undated (dates are the year of drafting, marked unresolved), curated unchanged, then dated: check refuses."""
    root = tmp_path / "project"
    (root / "facts" / "sources").mkdir(parents=True)
    (root / "facts" / "vocabulary.yaml").write_text("topics:\n  tractors: Tractors.\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Tractor plant for Lahore\n\nThe two ministers signed a protocol on tractor assembly in Lahore, officials said.\n",
        encoding="utf-8",
    )
    assert run_cli("-C", str(root), "sources", "add", str(article), "--id", "ledger-tractors", "--undated").code == 0
    assert run_cli("-C", str(root), "suggest", "ledger-tractors").code == 0
    drafts = root / "facts" / "drafts" / "ledger-tractors.yaml"
    curated = "\n".join(line for line in drafts.read_text(encoding="utf-8").splitlines() if line.strip() != "draft: true")
    (root / "facts" / "tractors.yaml").write_text(curated.replace("[draft] ", "") + "\n", encoding="utf-8")
    drafts.unlink()
    edited = run_cli("-C", str(root), "sources", "edit", "ledger-tractors", "--published", "2024-05-02")
    assert "after its source 'ledger-tractors' was published (2024-05-02)" in edited.stderr, "sources edit checks the corpus"
    result = run_cli("-C", str(root), "check", "--corpus-only")
    assert result.code == 1, result.stderr
    assert "after its source 'ledger-tractors' was published (2024-05-02)" in result.stderr
