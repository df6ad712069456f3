"""A decimal said in words ("6-point-6 percent") is read whole, or not at all.

Sentences are invented in the form Seoul's English broadcasters write figures;
each case says what the editor should see.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norland's economy has grown by an average of 6-point-6 percent a year.", [("6.6", "percent")]),
        ("Trade with Sudmark rose 12 point 25 percent last year.", [("12.25", "percent")]),
        # A figure written with its point stays as it is.
        ("Trade with Sudmark rose 4.5 percent last year.", [("4.5", "percent")]),
    ],
)
def test_the_whole_number_before_a_spoken_point_is_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.amount, v.unit) for v in find_values(sentence)] == expected


def test_the_whole_decimal_is_the_value_s_words() -> None:
    sentence = "Norland's economy has grown by an average of 6-point-6 percent a year."
    (value,) = find_values(sentence)
    assert sentence[value.start : value.end] == "6-point-6 percent"
    assert value.period == "annual"
