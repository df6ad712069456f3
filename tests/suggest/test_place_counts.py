"""A count of the places where a sentence's figure happened ("found refuge in two princely states") is left without a value."""

from __future__ import annotations

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[dict[str, object]]:
    return [{k: v for k, v in value.as_fields().items() if k in ("amount", "low", "unit")} for value in find_values(sentence)]


def test_the_place_count_after_the_figure_is_left_out() -> None:
    sentence = (  # intake_final76, ndtv: the people are the figure, the states where they went are not
        "He is also scheduled to visit the memorials in Warsaw commemorating the time in the 1940s, during World War II, "
        "when more than 6,000 Polish women and children found refuge in two princely states in India, Jamnagar and Kolhapur."
    )
    assert _read(sentence) == [{"low": "6000", "unit": "people"}]


def test_a_place_count_that_is_the_figure_keeps_its_value() -> None:
    # intake_final18, caspiannews: the cities are the subject, and no other figure comes before them
    assert _read("Four cities – Astana, Almaty, Karaganda, and Kokshetau – have declared a moderate level of threat.") == [
        {"amount": "4", "unit": "cities"}
    ]
    sentence = (  # intake_final12, latestly: "across", not "in": the districts are counted with the units
        "and supply of 5000 solar rooftop units to religious places that span across all 25 districts of Sri Lanka."
    )
    assert _read(sentence) == [{"amount": "5000", "unit": "units"}, {"amount": "25", "unit": "districts"}]
    assert _read("The company opened offices in 12 provinces.") == [{"amount": "12", "unit": "provinces"}]  # no figure before it
