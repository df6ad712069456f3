"""Two outlets numbering one trip differently in one series: ``check`` reports the ordinals as a conflict.

The two quotes share few words besides the names (one "trip"), as two outlets' sentences often do, so the
figure rules of :mod:`briefgen.corpus.clash` alone leave them apart.

The quotes are written for these tests, in the way news places a trip in a
series ("his second foreign trip of the year").
"""

from __future__ import annotations

from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_described, make_fact

PEOPLE = ("Ana Alvarez", "Portugal", "Lisbon", "Marcelo Costa")
SECOND = "Ana Alvarez reached Lisbon for talks with Marcelo Costa of Portugal, her second foreign trip"
FIRST = "Ana Alvarez landed in Lisbon, meeting Marcelo Costa of Portugal, on an outbound trip, her first of 2025"


def trip(fact_id: str, quote: str, number: int, date: str = "2025-03-04") -> Fact:
    return make_fact(fact_id, fact_id, quote, date, entities=PEOPLE, topics=("visits",), amount=number, unit="trips")


def test_a_first_trip_against_a_second_of_one_year_is_a_conflict() -> None:
    assert conflicts_described(trip("herald", SECOND, 2, "2025-02-28"), trip("courier", FIRST, 1)) == [
        "sources disagree on figures for m-courier (no period): 'herald' says 2 trips, no period; 'courier' says 1 trips, no period"
    ]


def test_a_first_trip_since_a_year_starts_a_new_count_and_agrees_with_a_second() -> None:
    since = FIRST.replace("her first of 2025", "her first since 2019")
    assert conflicts_described(trip("herald", SECOND, 2, "2025-02-28"), trip("courier", since, 1)) == []


def test_ordinals_two_apart_are_two_series_not_one_numbered_wrong() -> None:
    third = SECOND.replace("second", "third")
    assert conflicts_described(trip("herald", third, 3, "2025-02-28"), trip("courier", FIRST, 1)) == []
