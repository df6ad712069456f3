"""A converted amount carries the bound of the amount it converts, and a shared currency name needs its country.

Made-up sentences in the shapes news uses for money abroad: the local amount
first, its dollars after it in brackets or after "or".
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _money(sentence: str) -> list[tuple[str | None, str | None, str | None, str, bool]]:
    return [(v.amount, v.low, v.high, v.unit, v.approximate) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The fund will invest up to 20 billion Australian dollars ($13 billion) in the port.",
            [(None, None, "20000000000", "AUD", False)],
        ),
        (
            "The bank lent more than 3 billion Canadian dollars (US$2.2 billion) to the builder.",
            [(None, "3000000000", None, "CAD", False)],
        ),
        (
            "Sales came to about 5 billion euros ($5.4 billion) last year.",
            [("5000000000", None, None, "EUR", True), ("5400000000", None, None, "USD", True)],
        ),
        (
            "The deal is worth nearly 40 billion yuan, or $5.6 billion.",
            [("40000000000", None, None, "CNY", True), ("5600000000", None, None, "USD", True)],
        ),
        # A bound read where the page states it is the figure: its conversion proposes no bound of our making.
        (
            "Both leaders finalized a loan of up to 90.4 billion yen (approximately $573 million) for the port.",
            [(None, None, "90400000000", "JPY", False)],
        ),
        # The amount converted need not be read: the words before it still bound its dollars.
        ("Lending reached more than 1.2 trillion rupees ($14.4 billion).", [(None, "14400000000", None, "USD", False)]),
        ("The airline ordered jets worth up to Dh10 billion ($2.7 billion).", [(None, None, "2700000000", "USD", False)]),
        ("A fund of around A$2 billion (US$1.3 billion) was set up.", [("1300000000", None, None, "USD", True)]),
        # An exact amount converts to an exact amount.
        (
            "Sales came to 5 billion euros ($5.4 billion) last year.",
            [("5000000000", None, None, "EUR", False), ("5400000000", None, None, "USD", False)],
        ),
    ],
)
def test_a_conversion_inherits_the_bound_of_what_it_converts(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, str, bool]]
) -> None:
    assert _money(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The brackets give the projects' worth: no conversion, so the dollars are exact.
        ("More than 15 projects ($2 billion) were approved.", ("2000000000", None, None, "USD", False)),
        # Two figures in one currency: the second is not the first converted.
        ("They pledged up to $5 billion or $6 billion.", ("6000000000", None, None, "USD", False)),
        ("Up to $2 billion goes to the two ports ($1 billion each).", ("1000000000", None, None, "USD", False)),
        ("Up to $5 billion ($2 billion in loans and $3 billion in grants) was pledged.", ("3000000000", None, None, "USD", False)),
        ("Up to $5 billion ($2 billion in loans) was pledged.", ("2000000000", None, None, "USD", False)),
        ("Up to 5 billion euros (€2 billion in loans) was pledged.", ("2000000000", None, None, "EUR", False)),
    ],
)
def test_brackets_that_convert_nothing_keep_their_own_reading(
    sentence: str, expected: tuple[str | None, str | None, str | None, str, bool]
) -> None:
    assert _money(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Exports worth 3 billion Hong Kong dollars were shipped.", "HKD"),
        ("The state set aside 70 billion Indian rupees for the line.", "INR"),
        ("The deal is worth 10 billion Qatari riyals, Saudi officials said.", "QAR"),
        ("The loan of 5 billion Egyptian pounds was signed.", "EGP"),
        ("Baku set aside 2 billion Azerbaijani manat for the road.", "AZN"),
    ],
)
def test_a_shared_currency_name_with_its_country_is_that_country_s(sentence: str, unit: str) -> None:
    assert [v.unit for v in find_values(sentence)] == [unit]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports worth 3 billion Jamaican dollars were shipped.",  # a dollar this reader does not know
        "Trade is worth nearly 50 billion rupees.",  # which country's rupee is not said
        "The port cost 900 million dinars.",
    ],
)
def test_a_currency_named_for_no_certain_country_gives_no_value(sentence: str) -> None:
    assert find_values(sentence) == []
