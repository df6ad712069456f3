"""A percentage stated as a share of an economy is proposed in percent of GDP; other percentages keep plain percent."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import run_cli


def _values(repo: Path, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each draft's proposed amount, lower bound and unit, as a reader sees them after ``sources add`` and ``suggest``."""
    article = repo / "article.txt"
    article.write_text(f"Vestria raises defence spending\n\n{text}\n", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-06-05", "--id", "shares", cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "shares", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "shares.yaml").read_text(encoding="utf-8"))
    return [(v.get("amount"), v.get("low"), v.get("unit")) for v in (d.get("value") for d in drafts) if v]


def test_a_share_of_gross_domestic_product_is_in_percent_of_gdp(repo_copy: Path) -> None:
    text = (
        "Vestria will spend at least 3.5 percent of its gross domestic product on defence by 2030, "
        "the defence minister said on Tuesday.\n\n"
        "Korvik imposed tariffs of 12% on Vestrian steel on Wednesday, the trade ministry said."
    )
    values = _values(repo_copy, text)
    assert (None, "3.5", "percent of GDP") in values
    assert ("12", None, "percent") in values


def test_a_percentage_of_a_level_named_in_an_earlier_sentence_gives_no_value(repo_copy: Path) -> None:
    # intake_final60, am1news: the 5% is of GDP, which only the sentences before say.
    text = (
        "Mr. Trump originally pegged NATO allies’ fair share at 2% of gross domestic product and later raised it to 5%.\n\n"
        "“The reason I’m here is to make sure every country in NATO understands every shoulder has to be to the plow, every "
        "country has to contribute at that level of 5%,” Mr. Hegseth said."
    )
    assert ("5", None, "percent") not in _values(repo_copy, text)
