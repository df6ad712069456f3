"""The halves benchmark's reading of kept reports: a set's summary lines compared between two runs, and a folder
that lacks a set's report refused with its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_benchmark

halves = load_benchmark("halves")

INTAKE = (
    "westmark-page: missed 'The two ports signed a ferry agreement on Monday'\n"
    "recall            63/69 = 91.3%\n"
    "metadata          46/48 = 95.8%  outlet 11/12, published 11/12, headline 12/12, place 12/12\n"
)
LINKING = "links, same occasion or figure, OF RECORD (labels): precision 100% (691/691), recall 87% (691/795)\n"


def test_only_the_summary_lines_that_changed_are_named_old_above_new() -> None:
    old = {"intake": INTAKE, "linking": LINKING}
    new = {
        "intake": INTAKE.replace("46/48 = 95.8%  outlet 11/12", "47/48 = 97.9%  outlet 12/12").replace("Monday", "Friday"),
        "linking": LINKING,
    }
    [(before, after)] = halves.changed_lines(old, new)
    assert before.startswith("metadata          46/48") and after.startswith("metadata          47/48")
    assert halves.changed_lines(old, old) == []


def test_kept_reports_are_read_back_and_a_missing_one_is_refused_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "intake_final2.intake.txt").write_text(INTAKE, encoding="utf-8")
    (tmp_path / "intake_final2.linking.txt").write_text(LINKING, encoding="utf-8")
    assert halves.kept_reports(tmp_path, "intake_final2", links=True) == {"intake": INTAKE, "linking": LINKING}
    assert halves.kept_reports(tmp_path, "intake_final2", links=False)["linking"] == ""
    with pytest.raises(SystemExit) as stopped:
        halves.kept_reports(tmp_path, "intake_final4", links=True)
    assert stopped.value.code == 2
    assert "no intake_final4.intake.txt" in capsys.readouterr().err
