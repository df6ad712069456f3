"""A place's distance from another, or a weapon's range, is a figure in km (or miles), named by the place it is measured from."""

from __future__ import annotations

import pytest

from briefgen.suggest.distances import distances
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final52, sputnikglobe
            "El Dabaa nuclear power plant is located about 217 miles northwest from Cairo.",
            {"metric": "cairo-distance", "amount": "217", "approximate": "true", "unit": "miles"},
        ),
        (  # intake_final52, themoscowtimes: the km, not the miles in brackets
            "with Putin calling the installation a “successful” step in building the El Dabaa plant, located around 300 "
            "kilometers (187 miles) northwest of Cairo.",
            {"metric": "cairo-distance", "amount": "300", "approximate": "true", "unit": "km"},
        ),
        (  # intake_final66, urdupoint: miles converted to km, the km are the figure
            "The $3.5-billion complex, about 50 miles (80 kilometers) north of Lima, is meant to serve as a major hub for Chinese trade",
            {"metric": "lima-distance", "amount": "80", "approximate": "true", "unit": "km"},
        ),
        (  # the certainty gate leaves this distance to be read here, named by where it is measured from
            "The new post lies 80 km from the border.",
            {"metric": "border-distance", "amount": "80", "unit": "km"},
        ),
        (  # intake_final66, ibtimes
            "they would begin developing strike missiles with a range of 2,000-plus kilometres (1,250 miles).",
            {"metric": "range", "low": "2000", "unit": "km"},
        ),
    ],
)
def test_a_distance_is_read_in_km_with_its_qualifier(sentence: str, fields: dict[str, str]) -> None:
    found = [v.as_fields() for v in find_values(sentence) if v.unit in ("km", "miles")]
    assert found == [fields]


@pytest.mark.parametrize(
    "sentence",
    [
        # intake_eval, oc-media: a length, read by the reader of lengths as pipeline-length
        "Erdoğan highlighted that the 80 km pipeline — which has a daily transport capacity of up to 2 million cubic metres",
        "China will export technology for 160 km/h high-speed railway trains to Pakistan",  # intake_final44: a speed
        "The camps lie some 50-60 km from the border.",  # two numbers, no one figure
    ],
)
def test_no_distance_where_the_words_state_none(sentence: str) -> None:
    assert distances(sentence) == []
