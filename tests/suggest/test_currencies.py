"""Currencies other than the dollar, rupee, euro and pound, and "upto" as a bound: made-up sentences.

Each case says which value an editor is offered, or that none is: a sign or
name that could be more than one currency gives no figure.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _money(sentence: str) -> list[tuple[str | None, str | None, str]]:
    return [(v.amount, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port deal is worth RM12 billion to the state.", [("12000000000", None, "MYR")]),
        ("Exports rose to RM48.5 billion last year.", [("48500000000", None, "MYR")]),
        ("The bank lent RMB 3 billion to the builder.", [("3000000000", None, "CNY")]),
        ("The fund pledged 40 billion yuan for the railway.", [("40000000000", None, "CNY")]),
        ("The carmaker spent 900 million yen on the plant.", [("900000000", None, "JPY")]),
        ("Seoul set aside 2 trillion won for the fund.", [("2000000000000", None, "KRW")]),
        ("The contract was put at R$ 5 million.", [("5000000", None, "BRL")]),
        ("Jakarta set aside Rp 2 trillion for the dam.", [("2000000000000", None, "IDR")]),
        ("The plant cost 30 billion baht.", [("30000000000", None, "THB")]),
        ("Manila set aside 30 billion Philippine pesos.", [("30000000000", None, "PHP")]),
        ("Saudi Arabia will invest 5 billion riyals in the port.", [("5000000000", None, "SAR")]),
        ("The UAE fund paid 2 million dirhams for the site.", [("2000000", None, "AED")]),
        ("The budget is SAR 3 billion.", [("3000000000", None, "SAR")]),
        # A code after the amount, as agencies of many countries write it.
        (
            "They aim to raise trade to 100 billion USD soon and 150 billion USD by 2040.",
            [("100000000000", None, "USD"), ("150000000000", None, "USD")],
        ),
        ("The bridge cost 2 trillion VND.", [("2000000000000", None, "VND")]),
        ("Norland lent 5 million EUR to the port, which was welcomed.", [("5000000", None, "EUR")]),
        ("Dhaka will allow withdrawal of upto 153 cusecs of water.", [(None, "153", "cusecs")]),
        ("The loan is upto $20 million.", [(None, "20000000", "USD")]),
    ],
)
def test_currency_read(sentence: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert _money(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Gulf state will spend 5 billion riyals on roads.",  # Qatar, Oman and Yemen have riyals too
        "The firm paid 2 million dirhams for the site.",  # Morocco has dirhams too
        "The plant cost Tk 300 crore.",  # crore is a scale these rules do not read
        "The club won 12 won and lost 3.",
        "They rm 5 files daily.",
    ],
)
def test_uncertain_currency_gives_no_money(sentence: str) -> None:
    assert find_values(sentence) == []


def test_a_code_before_a_plural_noun_counts_the_noun_not_money() -> None:
    assert _money("The bank approved 2 USD loans for the port.") == []
    assert _money("Trade was worth 12 usd in the old ledger.") == []  # a code is written in capitals


def test_a_peso_without_its_country_is_no_currency() -> None:
    # Nor a count of pesos: money in a currency not named for certain is left without a value.
    assert find_values("The city spent 30 billion pesos on transit.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The euro's, the pound's and the franc's codes open an amount as their signs do.
        ("Trade between Norland and Vestria hit EUR 18 billion last year.", [("18000000000", None, "EUR")]),
        ("The fund invested GBP 500 million in Korvik's port.", [("500000000", None, "GBP")]),
        ("The bank pledged up to CHF 3 billion.", [(None, "3000000000", "CHF")]),
    ],
)
def test_the_euro_pound_and_franc_codes_open_an_amount(sentence: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert _money(sentence) == expected
