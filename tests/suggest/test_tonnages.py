"""A weight in tonnes or an energy in watt-hours is a figure: one amount, a range, or a ceiling."""

from __future__ import annotations

import pytest

from briefgen.suggest.tonnages import tonnages
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final16, philstar: a range, the magnitude after the second number covering the first
            "Vietnam committed to a five-year trade agreement to supply white rice to the Philippine private sector, amounting "
            "to 1.5 to 2 million metric tons per year.",
            {"metric": "weight", "low": "1500000", "high": "2000000", "unit": "metric tons", "period": "annual"},
        ),
        (  # intake_final16, philstar
            "According to the US Department of Agriculture, the Philippines is projected to remain the world's top rice "
            "importer, reaching a record 3.8 million tons in 2024.",
            {"metric": "weight", "amount": "3800000", "unit": "tons"},
        ),
        (  # intake_final78, lbc: a floor written after the noun and the period, "or more"
            "“We’re talking about the possibility of transporting 15 million tons of cargo per year or more,” he said.",
            {"metric": "weight", "low": "15000000", "unit": "tons", "period": "annual"},
        ),
        (  # intake_final52, themoscowtimes
            "Once fully operational, El Dabaa is expected to produce up to 37 billion kilowatt-hours of electricity annually.",
            {"metric": "energy", "high": "37000000000", "unit": "kWh", "period": "annual"},
        ),
    ],
)
def test_a_weight_or_an_energy_is_read(sentence: str, fields: dict[str, str]) -> None:
    assert [v.as_fields() for v in tonnages(sentence)] == [fields]


def test_the_tonnes_and_the_passengers_of_one_sentence_are_two_figures() -> None:
    sentence = (  # intake_final72, 14news
        "so far, the Lao section of the China-Laos Railway has shipped a total of around 2 million tonnes of goods, most of "
        "which are cross-border goods, and has carried 1.26 million passengers."
    )
    assert [(v.amount, v.unit, v.approximate) for v in find_values(sentence)] == [
        ("2000000", "tonnes", True),
        ("1260000", "passengers", False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The port handles 10 tonne trucks and 40-tonne containers.",  # sizes of a class
        "Exports rose from 1.5 to 2 million tonnes.",  # a change, not a range
        "Exports will reach 1.5 to 2 million tonnes a year or more.",  # which end the floor holds is not certain
    ],
)
def test_no_weight_where_the_number_is_a_size_or_a_change(sentence: str) -> None:
    assert tonnages(sentence) == []
