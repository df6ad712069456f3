"""A page's "Rs" is its own country's rupee, and no rupee at all when the page does not say which."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli

BODY = "India extended support to the Maldives in the form of Rs 30 billion and a currency swap of $400 million."


def _money(repo: Path, text: str, *options: str) -> dict[str, str]:
    """The units of the drafted amounts, after ``sources add`` and ``suggest`` as an editor runs them."""
    article = repo / "article.txt"
    article.write_text(text, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2024-10-07", "--id", "rupees", *options, cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "rupees", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "rupees.yaml").read_text(encoding="utf-8"))
    return {d["value"]["amount"]: d["value"]["unit"] for d in drafts if "value" in d and d["value"].get("amount")}


@pytest.mark.parametrize(
    ("dateline", "unit"),
    [("NEW DELHI: ", "INR"), ("ISLAMABAD: ", "PKR"), ("COLOMBO: ", "LKR")],
)
def test_rs_takes_the_rupee_of_the_dateline_city(repo_copy: Path, dateline: str, unit: str) -> None:
    units = _money(repo_copy, f"Support for the Maldives\n\n{dateline}{BODY}\n")
    assert units.get("30000000000") == unit


def test_rs_takes_the_rupee_of_the_sites_country_domain(repo_copy: Path) -> None:
    units = _money(repo_copy, f"Support for the Maldives\n\n{BODY}\n", "--url", "https://www.example.in/news/support")
    assert units.get("30000000000") == "INR"


def test_rs_on_a_page_that_names_no_country_gives_no_value_but_the_dollars_keep_theirs(repo_copy: Path) -> None:
    units = _money(repo_copy, f"Support for the Maldives\n\n{BODY}\n")
    assert "30000000000" not in units
    assert units.get("400000000") == "USD"
