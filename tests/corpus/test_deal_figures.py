"""One deal's worth given differently by two outlets of one occasion: proposed as one figure (invented deal and outlets)."""

from __future__ import annotations

from briefgen.corpus.deal_figures import deal_figure_clashes
from briefgen.corpus.evidence import prepare
from tests.corpus.builders import conflicts_described, make_fact

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


PARTIES = ("Norland", "Sudmark", "Ana Vell", "Otto Brand")
ARRIVED = "Sudmark President Otto Brand arrived in Norland on Monday for a three-day state visit, and held talks with President Ana Vell."
WELCOMED = (
    "President Ana Vell welcomed Sudmark President Otto Brand to Norland on Monday at the start of his state visit, and the two held talks."
)
DISCUSSED = "Vell and Brand also discussed the $240 billion NORSUB submarine deal during the talks."
ADDRESSED = "During the talks, Brand and Vell addressed the future of the NORSUB security pact, a $368 billion defence agreement."


def test_check_reports_one_deals_two_worths_from_one_visits_reports() -> None:
    visit = [
        make_fact("a1", "outlet-a", ARRIVED, "2030-05-13", entities=PARTIES),
        make_fact("a2", "outlet-a", DISCUSSED, "2030-05-13", entities=PARTIES, amount=240 * 10**9, unit="USD"),
        make_fact("b1", "outlet-b", WELCOMED, "2030-05-13", entities=PARTIES),
        make_fact("b2", "outlet-b", ADDRESSED, "2030-05-13", entities=PARTIES, amount=368 * 10**9, unit="USD"),
    ]
    assert conflicts_described(*visit) == [
        "sources disagree on figures for m-a2 (no period): 'a2' says 240000000000 USD, no period; 'b2' says 368000000000 USD, no period"
    ]
