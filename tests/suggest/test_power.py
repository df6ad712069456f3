"""Power is a measured quantity: "500 megawatts", "the 120 MW solar project", "up to 2 GW".

Made-up sentences.  The round-8 judges found capacities left without a value on unseen
news; a size class ("50 MW solar plants") and energy ("500 MWh") stay unread, because
a wrong figure is worse than none.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(v.metric, v.amount, v.low, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The wind farm has a generating capacity of 450 megawatts.", [("generating-capacity-power", "450", None, None, "megawatts")]),
        ("Work began on the 75 MW Lakeside Hydro Project.", [("power", "75", None, None, "megawatts")]),
        ("The deal covers up to 3 GW of new capacity.", [("power", None, None, "3", "gigawatts")]),
        ("The rooftop scheme adds more than 800 kilowatts.", [("power", None, "800", None, "kilowatts")]),
        # A word that ends in "rs" ("covers") is no rupee sign: the figure is power, not money.
        ("The deal covers 1,000 MW of power.", [("power", "1000", None, None, "megawatts")]),
    ],
)
def test_a_capacity_is_read_in_its_unit(sentence: str, expected: list[tuple[str, str | None, str | None, str | None, str]]) -> None:
    """The editor sees the capacity with its unit and bound, and no period (a capacity is not a yearly amount)."""
    assert _read(sentence) == expected
    assert all(v.period is None for v in find_values(sentence + " in 2024"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The partners will build 40 MW solar plants across the province.",  # a size class, not one plant's capacity
        "The turbines generated 900 MWh last month.",  # energy, not power
        "A 400 kV line links the two grids.",  # a voltage
    ],
)
def test_a_size_class_energy_or_voltage_is_not_read_as_power(sentence: str) -> None:
    """No value is proposed: neither is the capacity of one thing."""
    assert [v for v in find_values(sentence) if v.unit in {"megawatts", "gigawatts", "kilowatts"}] == []
