"""One distance or capacity given in two units by two outlets: "about 217 miles" against "about 300 kilometers".

The wording is that of real reports of one plant's installation ceremony and
of power deals, cut to the words that matter.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_described, make_fact

IN_MILES = "El Dabaa nuclear power plant is located about 217 miles northwest from Cairo."
IN_KILOMETRES = (
    "El-Dabaa is the first nuclear power plant in Egypt to be built by Rosatom in the Matrouh Governorate"
    " on the shores of the Mediterranean Sea about 300 kilometers northwest of Cairo."
)


def fact(fact_id: str, source: str, quote: str, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, "2025-11-19", topics=("energy",), **value)


def test_one_distance_in_miles_and_in_kilometres_that_differ_is_a_conflict() -> None:
    sputnik = fact("sputnik", "sputnikglobe", IN_MILES, amount=217, unit="miles", approximate="true")
    tass = fact("tass", "tass", IN_KILOMETRES, amount=300, unit="km", approximate="true")
    [message] = conflicts_described(sputnik, tass)
    assert message.endswith("'sputnik' says about 217 miles, no period; 'tass' says about 300 km, no period")
    assert message.startswith("sources disagree on figures for ")


def test_the_same_distance_in_miles_and_in_kilometres_is_no_conflict() -> None:
    rounded = fact(
        "moscowtimes",
        "themoscowtimes",
        "with Putin calling the installation a successful step in building the El Dabaa nuclear power plant,"
        " located around 187 miles northwest of Cairo.",
        amount=187,
        unit="miles",
        approximate="true",
    )
    tass = fact("tass", "tass", IN_KILOMETRES, amount=300, unit="km", approximate="true")
    assert conflicts_described(rounded, tass) == []  # 300 km is 186.4 miles: one distance, rounded by each


def test_a_capacity_in_gigawatts_against_megawatts() -> None:
    said = "The nuclear power plant will have four reactors with a total capacity of {} once completed in Egypt"
    agreeing = fact("a", "ahram", said.format("4.8 gigawatts"), amount=4.8, unit="gigawatts")
    same = fact("b", "egypttoday", said.format("4,800 megawatts"), amount=4800, unit="megawatts")
    assert conflicts_described(agreeing, same) == []
    other = fact("c", "dailynews", said.format("4,400 megawatts"), amount=4400, unit="MW")
    [message] = conflicts_described(agreeing, other)
    assert message.endswith("'a' says 4.8 gigawatts, no period; 'c' says 4400 MW, no period")
