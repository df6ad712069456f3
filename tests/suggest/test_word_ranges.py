"""A range written once before its magnitude and unit ("three to four billion dollars") is a range, never its second end.

Made-up sentences (Norland and Vestria are no real countries).  Each case says what the editor is offered.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str | None, bool, str]]:
    return [(v.amount, v.low, v.high, v.approximate, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade could reach three to four billion dollars by 2030.", [(None, "3000000000", "4000000000", False, "USD")]),
        ("Norland plans investment of about 5 to 7 billion euros.", [(None, "5000000000", "7000000000", True, "EUR")]),
        ("The loan is worth between 3 and 4 trillion won.", [(None, "3000000000000", "4000000000000", False, "KRW")]),
        ("The plant will have 1.5 to 2 GW of capacity.", [(None, "1.5", "2", False, "gigawatts")]),
        (
            "The pipeline will carry 10 to 15 billion cubic metres of gas.",
            [(None, "10000000000", "15000000000", False, "cubic metres")],
        ),
    ],
)
def test_a_range_before_one_magnitude_and_unit_is_read_whole(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, bool, str]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change, a year or an aim before "to" opens no range: the level the sentence gives stays
        ("Trade grew from 5 to 7 billion dollars.", [("7000000000", None, None, False, "USD")]),
        ("Trade grew in 2023 to 5 billion dollars.", [("5000000000", None, None, False, "USD")]),
        ("Norland aims to raise it to ten billion dollars.", [("10000000000", None, None, False, "USD")]),
        ("Capacity will rise from 500 to 800 MW.", [("800", None, None, False, "megawatts")]),
    ],
)
def test_no_range_where_the_first_number_is_no_end_of_one(
    sentence: str, expected: list[tuple[str | None, str | None, str | None, bool, str]]
) -> None:
    assert _read(sentence) == expected
