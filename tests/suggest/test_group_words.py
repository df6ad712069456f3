"""Counts written as a group word ("a dozen", "half a dozen"), and counts that only pick one thing out of a group."""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, bool, str]]:
    return [(v.amount, v.low, v.approximate, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over a dozen" states at least twelve; a bound is not also approximate.
        ("During the visit, Norland and Korvik signed over a dozen agreements on energy and trade.", [(None, "12", False, "agreements")]),
        ("More than half a dozen ministers travelled with the president.", [(None, "6", False, "ministers")]),
        # Alone, "a dozen" is a round number: the editor sees it marked approximate.
        ("The two sides signed a dozen agreements in Korvik on Monday.", [("12", None, True, "agreements")]),
        ("The delegation visited half a dozen factories in the north.", [("6", None, True, "factories")]),
        # "a pair of" stays exactly two.
        ("Korvik and Vestria also sealed a pair of transit accords.", [("2", None, False, "accords")]),
    ],
)
def test_a_group_word_is_read_as_its_number(sentence: str, expected: list[tuple[str | None, str | None, bool, str]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of agreements were signed during the visit.",  # no number is stated
        "He addressed the Assembly, the more powerful of Norland’s two parliamentary chambers.",
        "The Senate, the older of the two chambers, met on Friday.",
        "The ship docked at the larger of its three ports.",
        "Either of the two pipelines could carry the gas.",
    ],
)
def test_no_figure_where_nothing_is_counted(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_count_after_a_pick_is_still_read() -> None:
    sentence = "The older of the two chambers approved three treaties on Friday."
    assert _read(sentence) == [("3", None, False, "treaties")]


def test_a_count_of_parties_after_between_is_no_figure() -> None:
    # intake_final114: "the capital of this country landlocked between two giants, China and Russia"
    assert _read("Korvik is the capital of a country landlocked between two giants, Norland and Vestria.") == []
    assert _read("The corridor will link two ports between two giants of the region.") == [("2", None, False, "ports")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "two dozen" is twenty-four, a round number, never two
        ("The two sides signed two dozen agreements in Korvik.", [("24", None, True, "agreements")]),
        ("Norland and Vestria signed more than two dozen agreements.", [(None, "24", False, "agreements")]),
        ("Some 3 dozen companies joined the forum.", [("36", None, True, "companies")]),
        # the plural some writers give the multiplier (TASS, 2022: "about two dozens of photographs"): still 24, never 2 "dozens"
        ("The exhibition displays about two dozens of photographs of the two peoples.", [("24", None, True, "photographs")]),
        ("Norland and Vestria signed more than two dozens cooperation agreements.", [(None, "24", False, "agreements")]),
    ],
)
def test_dozens_counted_are_twelve_each(sentence: str, expected: list[tuple[str | None, str | None, bool, str]]) -> None:
    assert _read(sentence) == expected
