"""Two distances measured from two places are two distances: "northeast of Brisnor" against "northeast of Valdria".

Invented islands and places, in the words real reports use: a city and the
coast of its country lie at different distances from one archipelago.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.measured_from import measured_from_two_places, places_measured_from
from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_described, make_fact
from tests.corpus.test_measure_units import IN_KILOMETRES, IN_MILES

FROM_CITY = (
    "Relations between Norland and the Tarsk Islands, an archipelago about 2,100 kilometers (1,300 miles)"
    " northeast of Brisnor, Valdria, have blossomed since the islands switched recognition in 2029."
)
FROM_COUNTRY = "The Tarsk Islands, 2,000 kilometers (1,200 miles) northeast of Valdria, has been Norland's biggest success in the region."


def fact(fact_id: str, source: str, quote: str, date: str, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Tarsk Islands", "Norland"), topics=("visits",), **value)


def test_a_distance_from_a_city_and_one_from_its_country_are_no_conflict() -> None:
    city = fact("city", "benar", FROM_CITY, "2031-07-10", amount=2100, unit="km", approximate="true")
    country = fact("country", "wire", FROM_COUNTRY, "2031-07-10", amount=2000, unit="km")
    assert places_measured_from(FROM_CITY) == {"brisnor"} and places_measured_from(FROM_COUNTRY) == {"valdria"}
    assert measured_from_two_places(city, country)
    assert conflicts_described(city, country) == []


def test_one_distance_from_one_place_told_two_ways_is_still_a_conflict() -> None:
    miles = fact("miles", "sputnikglobe", IN_MILES, "2025-11-19", amount=217, unit="miles", approximate="true")
    km = fact("km", "tass", IN_KILOMETRES, "2025-11-19", amount=300, unit="km", approximate="true")
    north = fact("north", "daily", "The plant lies some 300 kilometers (187 miles) to the north.", "2025-11-19", amount=300, unit="km")
    assert not measured_from_two_places(miles, km)  # both from Cairo
    assert not measured_from_two_places(miles, north)  # one names no place: nothing says they are two distances
    [message] = conflicts_described(miles, km)
    assert message.endswith("'km' says about 300 km, no period; 'miles' says about 217 miles, no period")
