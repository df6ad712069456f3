"""Numbers said with "hundred" are read whole: "three hundred million dollars" is 300 million, never 100 million.

Made-up sentences (Norland and Vestria are no real countries); each case says what the editor is offered.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(v.amount, v.low, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norland pledged three hundred million dollars to the port.", [("300000000", None, None, "USD")]),
        ("Trade reached two hundred and fifty million dollars.", [("250000000", None, None, "USD")]),
        ("Vestria spent one hundred and fifty million euros on the line.", [("150000000", None, None, "EUR")]),
        ("Over three hundred million dollars was pledged.", [(None, "300000000", None, "USD")]),
        ("Two hundred thousand people lined the streets of Korvik.", [("200000", None, None, "people")]),
        ("Some two hundred companies attended the forum.", [("200", None, None, "companies")]),
        ("Norland will offer 2 hundred training places.", [("200", None, None, "places")]),
        ("Two to three hundred companies attended the forum.", [(None, "200", "300", "companies")]),
        # a hundred alone is a hundred; "several hundred" says no number
        ("A hundred million dollars was set aside.", [("100000000", None, None, "USD")]),
        ("Several hundred million dollars was set aside.", []),
    ],
)
def test_a_number_said_with_hundred_is_read_whole(sentence: str, expected: list[tuple[str | None, str | None, str | None, str]]) -> None:
    assert _read(sentence) == expected
