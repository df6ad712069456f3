"""A bare "$" sum that a dollar country's government commits or gives is left without a value, unless the page's style
says its "$" is the US dollar."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import run_cli

HEADLINE = "Australia and Tuvalu sign the Falepili Union\n\n"
COMMIT = (
    "The government of Australia will commit at least $350 million to climate infrastructure in the region, "
    "including $75 million for a program to develop renewable energy in remote and rural areas."
)
CONTRIBUTE = "Albanese announced that Australia would contribute $350 million for climate infrastructure in the Pacific region."


def _dollar_figures(repo: Path, text: str) -> list[dict[str, str]]:
    """Every drafted value in a dollar, after ``sources add`` and ``suggest`` as an editor runs them."""
    article = repo / "article.txt"
    article.write_text(HEADLINE + text + "\n", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2023-11-10", "--id", "payers", cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "payers", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "payers.yaml").read_text(encoding="utf-8"))
    return [d["value"] for d in drafts if "value" in d and d["value"].get("unit") in {"USD", "AUD"}]


def _drafted(repo: Path, quote_start: str) -> bool:
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "payers.yaml").read_text(encoding="utf-8"))
    return any(d["quote"].startswith(quote_start) for d in drafts)


def test_a_sum_the_government_of_a_dollar_country_commits_gives_no_value(repo_copy: Path) -> None:
    assert _dollar_figures(repo_copy, COMMIT) == []
    assert _drafted(repo_copy, "The government of Australia will commit")  # the claim stays, only its value goes


def test_a_sum_a_dollar_country_contributes_in_reported_speech_gives_no_value(repo_copy: Path) -> None:
    assert _dollar_figures(repo_copy, CONTRIBUTE) == []


def test_a_sum_a_dollar_country_receives_keeps_the_us_dollar(repo_copy: Path) -> None:
    text = "Australia received $350 million in investment from Japan in 2023, the trade ministry said."
    assert [v["unit"] for v in _dollar_figures(repo_copy, text)] == ["USD"]


def test_a_world_wires_copy_keeps_the_us_dollar_for_such_a_sum(repo_copy: Path) -> None:
    text = f"By Kirsty Needham, Reuters\n\n{CONTRIBUTE}"
    assert [(v.get("amount"), v["unit"]) for v in _dollar_figures(repo_copy, text)] == [("350000000", "USD")]
