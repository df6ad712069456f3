"""A bounded or approximate gap since the last such visit, and a flight's length, are figures in years or hours."""

from __future__ import annotations

import pytest

from briefgen.suggest.elapsed import elapsed
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final48, ommcomnews
            "The June 15-16 visit was the first visit of an Indian Prime Minister to Cyprus in over two decades",
            {"metric": "time-since-last-visit", "low": "20", "unit": "years"},
        ),
        (  # intake_final48, echotitbits
            "marking the first formal state visit by a Nigerian president to Britain in nearly four decades.",
            {"metric": "time-since-last-visit", "amount": "40", "approximate": "true", "unit": "years"},
        ),
        (  # intake_final24, lokmattimes
            "A Presidential visit from Kenya is taking place after a period of over six years.",
            {"metric": "time-since-last-visit", "low": "6", "unit": "years"},
        ),
        (  # intake_final70, nippon
            "arrived at Chinggis Khaan International Airport near the Mongolian capital of Ulaanbaatar after a flight of about five hours.",
            {"metric": "flight-duration", "amount": "5", "approximate": "true", "unit": "hours"},
        ),
        (  # intake_final52, indonewyork
            "After a flight of more than twelve hours overnight with the government plane “Konrad Adenauer”, they landed in the "
            "Japanese capital on Saturday afternoon (local time).",
            {"metric": "flight-duration", "low": "12", "unit": "hours"},
        ),
    ],
)
def test_a_gap_or_a_flight_is_read_with_its_qualifier(sentence: str, fields: dict[str, str]) -> None:
    assert [v.as_fields() for v in find_values(sentence)] == [fields]


@pytest.mark.parametrize(
    "sentence",
    [
        # intake_final72, daily8: an exact gap, to which the labels give no figure
        "as he flew to Ottawa for the first visit by a UK leader to the country in eight years.",
        # intake_final30, terradaily: trips counted over a span, not a gap since a first
        "The Socialist prime minister is on his third visit to China in just over two years.",
        # intake_final2, exbulletin: "a decade" is a way of speaking
        "at the end of his one-day visit to Egypt which took took place after almost a decade, to strengthen relations",
    ],
)
def test_no_gap_where_none_is_stated_as_a_figure(sentence: str) -> None:
    assert elapsed(sentence) == []


def test_a_bounded_gap_shares_the_metric_of_an_exact_one() -> None:
    exact = find_values("This is the first visit of any Indian Prime Minister to Kuwait in 43 years.")  # intake_final50, indiatvnews
    bounded = find_values(  # intake_final50, newstodaynet
        "This is the first visit by an Indian premier to Kuwait, a crucial partner in West Asia for energy and trade, "
        "in more than four decades."
    )
    assert [(v.metric, v.amount, v.low, v.unit) for v in exact + bounded] == [
        ("time-since-last-visit", "43", None, "years"),
        ("time-since-last-visit", None, "40", "years"),
    ]


def test_a_time_ahead_is_no_gap() -> None:
    assert elapsed("The first trains will run on the new line in about two years.") == []
