"""One deal's worth given differently by two outlets of one occasion: proposed as one figure (invented deal and outlets,
then real sentences of half A's sets)."""

from __future__ import annotations

import re

from briefgen.corpus.deal_figures import articles_naming_one_deal, deal_figure_clashes
from briefgen.corpus.evidence import Prepared, prepare
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


# Real sentences of intake_final58 (Albanese at the White House, 2025-10-20): Azzet's page states no date, so its
# drafts are dated by the year of drafting and no proposal joins them to The Business Times's report of the talks.
BT_SIGNING = (
    "President Donald Trump and Australian Prime Minister Anthony Albanese cemented a sweeping new phase in U.S.-Australia"
    " relations Monday, signing an $8.5 billion critical minerals agreement"
)
BT_AUKUS = "Trump and Albanese also addressed the future of the AUKUS security pact, a $368 billion trilateral defense agreement under"
AZZET_MOMENT = (
    "After nine months of diplomatic limbo, Australian Prime Minister Anthony Albanese finally secured his White House moment"
    " with President Donald Trump on 20 October in a lunchroom full of reporters"
)
AZZET_AUKUS = (
    "Albanese and Trump also brushed upon the $240 billion AUKUS submarine deal when prompted, and while nothing groundbreaking"
    " was revealed - sentiments were that it was progressing faster than before"
)


def test_one_deals_worth_in_two_reports_no_proposal_joins_is_a_conflict() -> None:
    facts = [
        make_fact("bt1", "btimesonline", BT_SIGNING, "2025-10-20", amount=8_500_000_000, unit="USD", metric="amount"),
        make_fact("bt2", "btimesonline", BT_AUKUS, "2025-10-20", amount=368 * 10**9, unit="USD", metric="amount"),
        make_fact("az1", "azzet", AZZET_MOMENT, "2026", kind="event"),
        make_fact("az2", "azzet", AZZET_AUKUS, "2026", amount=240 * 10**9, unit="USD", metric="amount"),
    ]
    assert conflicts_described(*facts) == [
        "sources disagree on figures for amount (no period): 'bt2' says 368000000000 USD, no period; 'az2' says 240000000000 USD, no period"
    ]


# Real sentences of intake_final8 (Mohammed bin Salman in Cairo, 2024-10-15): both reports are about Egypt.
RADAR = [
    "Saudi Arabia’s Crown Prince Mohammed bin Salman met with Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday",
    "The meeting emphasized the need for regional de-escalation as Saudi Arabia prepares to invest $5 billion in Egypt",
    "Earlier this year, Egypt secured over $50 billion in loans and investment deals, including contributions from the"
    " International Monetary Fund, the World Bank, and the United Arab Emirates",
]
TRT = [
    "The meeting between Saudi Crown Prince Mohammed bin Salman and Egypt's President Sisi in Cairo focused on peace efforts"
    " in Gaza and Lebanon, as well as $5 billion investment to aid Egypt's economy",
    "Abu Dhabi alone pledged $35 billion for a land development deal for Egypt's Ras al-Hikma on the Mediterranean coast",
]


def test_the_country_two_reports_are_about_is_no_deals_name() -> None:
    amounts = {"$5 billion": 5 * 10**9, "$50 billion": 50 * 10**9, "$35 billion": 35 * 10**9}

    def article(source: str, quotes: list[str]) -> list[Prepared]:
        facts = []
        for n, quote in enumerate(quotes):
            figure = next((amount for written, amount in amounts.items() if written in quote), None)
            values = {} if figure is None else {"amount": figure, "unit": "USD"}
            facts.append(prepare(make_fact(f"{source}{n}", source, quote, "2024-10-15", **values)))
        return facts

    radar, trt = article("radarafrica", RADAR), article("trt", TRT)
    assert deal_figure_clashes([radar[2], trt[1]]) == [(radar[2].fact, trt[1].fact)]  # alone, "Egypt" names both sums
    assert articles_naming_one_deal({"radarafrica": radar, "trt": trt}) == []


def test_names_in_capitals_are_found_where_a_word_starts_and_the_pattern_opens_on_a_capital() -> None:
    """Where a word starts is asked after its first capital (a look-behind), so the engine looks only at capitals;
    the names found are those a word boundary before the capitals finds."""
    from briefgen.corpus import deal_figures

    assert deal_figures._ACRONYM.pattern.startswith("[A-Z]")
    text = "AUKUS deal, the CPEC’s second phase, xNATO, _OPEC, ÉBRD, 'SCO' and G20 at BRICS2 and the IMF-led EU plan"
    assert deal_figures._ACRONYM.findall(text) == ["AUKUS", "CPEC", "SCO", "IMF"]
    assert deal_figures._ACRONYM.findall(text) == re.findall(r"\b[A-Z]{3,}\b", text)
