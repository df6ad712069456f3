"""Shares said as fractions in words are percentages; parts of a period and inexact fractions are not: made-up sentences."""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _shares(sentence: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    return [(v.amount, v.low, v.high, v.approximate) for v in find_values(sentence) if v.unit == "percent"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The surplus with Vestria is more than half of Korvik's trade surplus.", [(None, "50", None, False)]),
        ("Imports from Vestria were approximately three-quarters less than those from Korvik.", [("75", None, None, True)]),
        ("About a quarter of the exports go to Vestria.", [("25", None, None, True)]),
        ("Less than half of the loans were repaid.", [(None, None, "50", False)]),
        ("Three quarters of the budget goes to roads.", [("75", None, None, False)]),
    ],
)
def test_a_fraction_of_something_is_a_percentage(sentence: str, expected: list[tuple[str | None, str | None, str | None, bool]]) -> None:
    assert _shares(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first half of 2024, the two sides met twice.",
        "Trade rose in the second half of the year.",
        "The two nations have had ties for half a century.",
        "He spoke on behalf of the president.",
        "Nearly a third of the trade is in oil.",  # 33.3… percent: no exact reading
        "Half of the year was spent on talks.",
        "Ties go back a quarter of a century.",
        "Trade grew in the quarter of 2024 that ended in June.",
        # A fall against a past level, not a share of anything.
        "Car sales in Norland were 26,000 last year, less than half of what they were a decade ago.",
        "Exports to Sudmark are now about a quarter of what it was in 2019.",
    ],
)
def test_a_part_of_a_period_or_an_inexact_fraction_gives_no_share(sentence: str) -> None:
    assert _shares(sentence) == []
