"""One deal's worth given differently by two outlets of one occasion: proposed as one figure (invented deal and outlets)."""

from __future__ import annotations

from briefgen.corpus.deal_figures import deal_figure_clashes
from briefgen.corpus.evidence import prepare
from tests.corpus.builders import make_fact

FIRST = "The leaders also discussed the $240 billion NORSUB submarine deal when prompted."
SECOND = "They addressed the future of the NORSUB security pact, a $368 billion defence agreement."
ALIKE = "The NORSUB submarine deal, worth $240 billion, was also raised."
TRADE = "Trade between the two countries reached $368 billion last year."


def clashes(*quotes: tuple[str, str, int]) -> list[tuple[str, str]]:
    facts = [make_fact(f"f{n}", source, quote, "2030-10", amount=amount, unit="USD") for n, (source, quote, amount) in enumerate(quotes)]
    return [(a.id, b.id) for a, b in deal_figure_clashes([prepare(f) for f in facts])]


def test_one_deals_worth_given_differently_by_two_outlets_is_one_figure() -> None:
    assert clashes(("outlet-a", FIRST, 240 * 10**9), ("outlet-b", SECOND, 368 * 10**9)) == [("f0", "f1")]


def test_the_same_worth_or_a_figure_beside_no_deal_is_not_a_clash() -> None:
    assert clashes(("outlet-a", FIRST, 240 * 10**9), ("outlet-b", ALIKE, 240 * 10**9)) == []
    assert clashes(("outlet-a", FIRST, 240 * 10**9), ("outlet-b", TRADE, 368 * 10**9)) == []
