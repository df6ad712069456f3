"""A quote holding two rates of different things gives its later figure no value; rates of one measure keep theirs."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import run_cli


def _values(repo: Path, sentence: str) -> list[tuple[str, str | None]]:
    """Each draft's quote and the amount a reader sees beside it, after ``sources add`` and ``suggest``."""
    article = repo / "article.txt"
    article.write_text(f"Macron arrives in Hanoi\n\n{sentence}\n", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-05-26", "--id", "rates", cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "rates", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "rates.yaml").read_text(encoding="utf-8"))
    return [(" ".join(d["quote"].split()), (d.get("value") or {}).get("amount")) for d in drafts]


def test_the_later_of_two_rates_of_different_things_gives_no_value(repo_copy: Path) -> None:
    sentence = (
        "Macron's arrival in Hanoi follows US President Donald Trump's threat to impose 50% tariffs on European Union goods "
        "starting in June, as well as pressure on Vietnam to increase imports of American products to avoid 46% duties on its exports."
    )
    values = dict(_values(repo_copy, sentence))
    assert values[sentence[: sentence.index(", as well as")]] == "50"
    assert "46" not in values.values()


def test_growth_over_two_periods_keeps_both_values(repo_copy: Path) -> None:
    sentence = "Last year, Russian-Uzbek trade grew 34% to $3.7 billion, and in January-July 2025 trade grew 32.1%."
    amounts = {amount for _, amount in _values(repo_copy, sentence)}
    assert {"34", "32.1"} <= amounts
