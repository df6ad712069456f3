"""Forms the reader does not read whole give no value: made-up sentences in the forms pages write them."""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    "sentence",
    [
        # Thousands grouped with a space, as South African and Caribbean copy writes them.
        "Haval sold 19 000 units in Norland in 2023.",
        "Sudmark will train 6 000 Norlandic workers in hospitality.",
        # A number in a disease's name.
        "In addition, the covid 19 related lockdowns shut the tourism industry of Norland.",
        "The Covid-19 lockdowns cost Sudmark its tourists.",
        # A fraction said in words: a third is no whole percentage.
        "Oil sales account for around two thirds of Norland's output.",
        "Three fifths of the loans went to roads.",
    ],
)
def test_an_unsure_form_gives_no_value(sentence: str) -> None:
    assert find_values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Thousands grouped with a comma, and two figures a comma apart, keep their reading.
        ("Haval sold 19,000 units in Norland in 2023.", [("19000", "units")]),
        ("Norland sold 19 units in May, 300 fewer than planned.", [("19", "units")]),
        ("In 2023, 120 companies invested in Sudmark.", [("120", "companies")]),
        # A count before a model's number and name: fifty aircraft, not fifty thousand.
        ("Norland Air will purchase 50 787 Dreamliners, with options for 25 more.", [("50", "dreamliners")]),
    ],
)
def test_numbers_written_the_usual_way_keep_their_value(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.amount, v.unit) for v in find_values(sentence)] == expected
