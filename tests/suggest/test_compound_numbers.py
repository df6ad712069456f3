"""A number written as billions and then millions is read whole, or not at all.

Sentences are invented in the form Baku's agencies write volumes ("6 billion
863.25 million cubic meters"); each case says what the editor should see.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2021, Norland exported 6 billion 863.25 million cubic meters of gas to Sudmark.", [("6863250000", "cubic metres")]),
        ("Supplies to Sudmark amounted to 3 billion 38.46 million cubic meters in May.", [("3038460000", "cubic metres")]),
        # Only the part written with its own magnitude is joined; a second volume stays its own figure.
        (
            "Pipeline gas accounted for 2 billion 468.74 million cubic meters, and LNG for 569.73 million cubic meters.",
            [("2468740000", "cubic metres"), ("569730000", "cubic metres")],
        ),
        ("Norland supplied Sudmark with 500 million cubic meters of gas.", [("500000000", "cubic metres")]),
    ],
)
def test_the_parts_of_a_two_part_number_are_added(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.amount, v.unit) for v in find_values(sentence)] == expected


def test_the_whole_two_part_number_is_the_value_s_words() -> None:
    sentence = "Norland exported 7 billion 521.15 million cubic meters of gas."
    (value,) = find_values(sentence)
    assert sentence[value.start : value.end] == "7 billion 521.15 million cubic meters"
    assert value.scale == "billion"


def test_parts_that_cannot_make_one_number_give_no_value() -> None:
    assert find_values("Norland exported 6 billion 1,200 million cubic meters of gas.") == []


def test_a_first_part_another_value_reads_is_left_to_it() -> None:
    found = find_values("The deal is worth $6 billion 500 million, officials said.")
    assert [(v.amount, v.unit) for v in found] == [("6000000000", "USD")]
