"""A year told in words ("last year", "a year ago") dates a past act only as finely as the month beside it allows."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # intake_final64, Nation (Kenya) of 16 February 2024 (the excerpt cuts the sentence there)
        ("President Ruto was in the US last year in September to attend the", dt.date(2024, 2, 16), "2023-09"),
        # fresh: USA Today of 26 February 2018
        ("Trump visited France last year to celebrate Bastille Day in July.", dt.date(2018, 2, 26), "2017-07"),
        # fresh: Saudi Gazette of 7 January 2016
        (
            "The two countries first discussed reestablishing diplomatic ties a year ago when a Saudi delegation traveled "
            "to Baghdad in January 2015 to reopen the embassy.",
            dt.date(2016, 1, 7),
            "2015-01",
        ),
    ],
)
def test_a_month_within_a_year_in_words_dates_the_past_act(text: str, published: dt.date, date: str) -> None:
    found = find_date(text, published, future=False)
    assert found is not None
    assert str(found[0]) == date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a month of another year names another time: the year in words keeps the act
        ("The minister visited Seoul last year and will return in March.", dt.date(2024, 2, 16), "2023"),
        # a year in figures names its own time
        ("The pact was signed in 2015 and took effect in March.", dt.date(2015, 6, 1), "2015"),
    ],
)
def test_other_months_leave_the_year(text: str, published: dt.date, date: str) -> None:
    found = find_date(text, published, future=False)
    assert found is not None
    assert str(found[0]) == date
