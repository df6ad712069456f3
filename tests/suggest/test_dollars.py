"""A bare "$" on a page from another dollar country gives no value; "US$", and "$" in a world wire's copy, keep the US dollar."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import run_cli

BODY = "The agreement also includes $9.9 million in funding for United Nations-led projects to combat drugs."


def _money(repo: Path, text: str, *options: str) -> dict[str, str]:
    """The drafted amounts and their units, after ``sources add`` and ``suggest`` as an editor runs them."""
    article = repo / "article.txt"
    article.write_text(text, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-09-19", "--id", "dollars", *options, cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "dollars", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "dollars.yaml").read_text(encoding="utf-8"))
    return {d["value"]["amount"]: d["value"]["unit"] for d in drafts if "value" in d and d["value"].get("amount")}


def test_a_bare_dollar_in_canadian_press_copy_gives_no_value(repo_copy: Path) -> None:
    text = f"Canada and Mexico sign a pact\n\nNews Desk The Canadian Press, 19 Sep, 2025 10:06 AM\n\n{BODY}\n"
    assert "9900000" not in _money(repo_copy, text)


def test_a_bare_dollar_on_a_dollar_countrys_site_gives_no_value_but_us_dollars_keep_theirs(repo_copy: Path) -> None:
    text = f"Canada and Mexico sign a pact\n\n{BODY} Trade with the United States reached US$500 billion last year.\n"
    units = _money(repo_copy, text, "--url", "https://www.example.ca/news/pact")
    assert "9900000" not in units
    assert units.get("500000000000") == "USD"


def test_a_bare_dollar_from_a_dollar_countrys_dateline_gives_no_value(repo_copy: Path) -> None:
    assert "9900000" not in _money(repo_copy, f"Canada and Mexico sign a pact\n\nOTTAWA: {BODY}\n")


def test_a_world_wires_copy_on_a_dollar_countrys_site_keeps_the_us_dollar(repo_copy: Path) -> None:
    text = f"Canada and Mexico sign a pact\n\nBy Rob Gillies, The Associated Press\n\n{BODY}\n"
    assert _money(repo_copy, text, "--url", "https://www.example.ca/news/pact").get("9900000") == "USD"


def test_a_page_that_writes_the_other_dollar_apart_keeps_the_us_dollar(repo_copy: Path) -> None:
    text = "Canada and Mexico sign a pact\n\nOTTAWA: In 2024, trade with Mexico reached C$55.4 billion ($40.2 billion).\n"
    assert _money(repo_copy, text).get("40200000000") == "USD"


def test_a_bare_dollar_elsewhere_is_the_us_dollar(repo_copy: Path) -> None:
    assert _money(repo_copy, f"Canada and Mexico sign a pact\n\n{BODY}\n").get("9900000") == "USD"
