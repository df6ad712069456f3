"""An excerpt cut just after a figure drafts no value for it: the word the cut took may have been its scale or unit."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefgen.suggest.sentences import Span, before_the_cut
from tests.conftest import run_cli


def _values(repo: Path, body: str) -> list[tuple[str, object]]:
    """Each draft's quote and the value a reader sees beside it, after ``sources add`` and ``suggest``."""
    article = repo / "article.txt"
    article.write_text(f"Norland buys airliners\n\n{body}", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-04-09", "--id", "airliners", cwd=repo)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "airliners", cwd=repo).code == 0
    drafts = yaml.safe_load((repo / "facts" / "drafts" / "airliners.yaml").read_text(encoding="utf-8"))
    return [(" ".join(d["quote"].split()), d.get("value")) for d in drafts]


def test_a_figure_whose_scale_word_was_cut_gets_no_value(repo_copy: Path) -> None:
    body = "During the visit, the Norlandic government said it had approved the purchase of ten jets as part of a €36 billio"
    drafted = _values(repo_copy, body)
    assert drafted, "the cut sentence is still drafted up to its whole words"
    assert all("€36" not in quote for quote, _ in drafted)
    assert all(value is None or value.get("amount") != "36" for _, value in drafted)


def test_a_figure_with_its_scale_before_the_cut_keeps_its_value(repo_copy: Path) -> None:
    body = "During the visit, the Norlandic government said it had approved a deal worth €36 billion signed in the ca"
    values = [value for _, value in _values(repo_copy, body) if value]
    assert [(v["amount"], v["unit"], v["scale"]) for v in values] == [("36000000000", "EUR", "billion")]


def test_the_cut_drops_a_figure_with_its_currency_but_keeps_a_year() -> None:
    cut = before_the_cut(Span(0, 80, "The two ministries said on Tuesday in Riga that the port deal was worth Rs 36 cro", "", ""))
    assert cut is not None and cut.text == "The two ministries said on Tuesday in Riga that the port deal was worth"
    dated = before_the_cut(Span(0, 80, "The two ministries said on Tuesday in Riga that the port deal was signed in 2014 wi", "", ""))
    assert dated is not None and dated.text.endswith("signed in 2014")
