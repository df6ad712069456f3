"""A bare "$" amount put beside a "US$" one as its conversion is another dollar: the draft shows the US figure only."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli


def _drafted_values(repo: Path, body: str) -> list[dict[str, str]]:
    """The values on the drafts of a short article, after ``sources add`` and ``suggest`` as an editor runs them."""
    article = repo / "article.txt"
    article.write_text(f"Two countries sign a minerals deal\n\n{body}\n", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-10-21", "--id", "pair", cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "pair", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "pair.yaml").read_text(encoding="utf-8"))
    return [d["value"] for d in drafts if "value" in d]


@pytest.mark.parametrize(
    "body",
    [
        "Officials worked late on Monday to finish the US$2.4bn ($3.7bn) deal, which will speed up deliveries of rare metals.",
        "Officials worked late on Monday to finish the $3.7bn (US$2.4bn) deal, which will speed up deliveries of rare metals.",
    ],
)
def test_the_draft_offers_the_us_dollar_amount_not_its_bare_dollar_twin(repo_copy: Path, body: str) -> None:
    values = _drafted_values(repo_copy, body)
    assert [(v.get("amount"), v.get("unit")) for v in values] == [("2400000000", "USD")]


def test_two_bare_dollar_amounts_keep_their_reading(repo_copy: Path) -> None:
    values = _drafted_values(repo_copy, "The bank will lend $5 billion ($2 billion in the first year) to the builder.")
    assert ("5000000000", "USD") in [(v.get("amount"), v.get("unit")) for v in values]
