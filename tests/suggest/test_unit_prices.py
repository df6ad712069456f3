"""A sum paid for a quantity of a good is its price, never a plain sum, and the quantity is no volume.

The sentences are from real reports on gas prices (Charter 97 on Belarus's contract with Gazprom in
2009, an explainer on natural gas prices in the United States) and on Russia's gas to Serbia.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(v.metric, v.amount, v.low, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As it has been informed, the Belarusian authorities count that average price of gas supplies in 2009, taking into "
            "account corrections, proposed in the additional agreement, will amount to $148 per 1,000 cubic meters against $129 "
            "per 1,000 cubic meters, Belarus has paid since April 1, 2008.",
            [
                ("price", "148", None, None, "USD per 1000 cubic metres"),
                ("price", "129", None, None, "USD per 1000 cubic metres"),
            ],
        ),
        (
            "In 2007, a price of $7 per 1000 cubic feet was typical in the United States.",
            [("price", "7", None, None, "USD per 1000 cubic feet")],
        ),
        (
            "So far, Serbia has paid $270 for 1,000 cubic meters of this strategically important energy product.",
            [("price", "270", None, None, "USD per 1000 cubic metres")],
        ),
        (
            "Our side is hoping that the Russians will not resort to the extreme measure in which we would be paying between $900 "
            "and $1,000 for 1,000 cubic meters of gas.",
            [("price", None, "900", "1000", "USD per 1000 cubic metres")],
        ),
    ],
)
def test_a_price_keeps_the_quantity_it_buys(sentence: str, expected: list[tuple[str, str | None, str | None, str | None, str]]) -> None:
    assert _read(sentence) == expected


def test_a_sum_spent_on_things_counted_is_no_price() -> None:
    # Projects are counted, not measured: the sum and the count stay two figures.
    read = _read("The bank approved $5 million for 20 projects in the province.")
    assert ("amount", "5000000", None, None, "USD") in read


def test_a_range_of_multiples_is_a_range_not_its_second_number() -> None:
    sentence = (
        "“If we we will implement everything as agreed with Putin, we will have a safe winter in terms of gas supplies, and "
        "after negotiations with Gazprom on volumes, we will be able to say exactly how much an average cubic meter will cost "
        "us, which will be 10 to 12 times less than others pay in Europe,” the president said."
    )
    assert [(v.low, v.high, v.unit) for v in find_values(sentence)] == [("10", "12", "times")]
