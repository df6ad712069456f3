"""Weekdays typed with a slip, seasons and weeks that straddle two months: dated no finer than their words."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.date_words import week_date, weekday_index
from briefgen.suggest.dates import find_date, relative_phrase

FRIDAY = dt.date(2025, 3, 28)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Thursday", 3),
        ("Thusday", 3),
        ("Wendesday", 2),
        ("Fridya", 4),
        ("Mondays", 0),
        ("today", None),
        ("Holiday", None),
        ("Midday", None),
    ],
)
def test_a_weekday_with_one_slip_is_still_that_day(word: str, expected: int | None) -> None:
    assert weekday_index(word) == expected


def test_a_misspelt_weekday_dates_the_sentence() -> None:
    found = find_date("The ministers met in Lusaka on Thusday to sign the accord.", FRIDAY, future=False)
    assert found is not None and str(found[0]) == "2025-03-27"


def test_a_holiday_is_no_weekday() -> None:
    assert relative_phrase("The ministers met during the Holiday season.") is None
    assert find_date("The ministers met during the Holiday season.", FRIDAY, future=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to hold the next forum in autumn.",
        "A trade fair will open in Quito this summer.",
        "Talks resume in the early spring.",
    ],
)
def test_a_season_names_only_the_year(text: str) -> None:
    found = find_date(text, FRIDAY, future=True)
    assert found is not None and str(found[0]) == "2025"
    assert relative_phrase(text) is not None


def test_a_season_with_its_year_is_dated_by_the_year() -> None:
    found = find_date("The forum will meet in autumn 2026 in Lima.", FRIDAY, future=True)
    assert found is not None and str(found[0]) == "2026"


def test_a_week_across_two_months_names_only_the_year() -> None:
    found = find_date("The envoy is scheduled to visit Hanoi next week.", FRIDAY, future=True)
    assert found is not None and str(found[0]) == "2025"


def test_a_week_inside_one_month_names_the_month() -> None:
    assert str(week_date(dt.date(2025, 3, 12), 1)) == "2025-03"
    assert str(week_date(dt.date(2025, 3, 12), -1)) == "2025-03"
    assert str(week_date(dt.date(2025, 3, 3), -1)) == "2025"


def test_a_season_a_plan_is_scheduled_for_names_the_year() -> None:
    found = find_date("The next session of the joint commission is scheduled for the fall.", FRIDAY, future=True)
    assert found is not None and (str(found[0]), found[1]) == ("2025", "for the fall")
    assert find_date("Exports were cut to make up for fall in demand.", FRIDAY, future=False) is None
