"""A stay of several days written as a range of days is dated by its first day.  Every sentence here is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date


@pytest.mark.parametrize(
    ("text", "expected", "phrase"),
    [
        ("The premier will pay an official visit to Lisbon from 19-20 March 2022 for the annual summit", "2022-03-19", "19-20 March 2022"),
        ("The envoys met in Tallinn on 4–6 June 2023 to review the port accord", "2023-06-04", "4–6 June 2023"),
        ("The forum will be held between 7 and 9 December 2024 in Hanoi", "2024-12-07", "7 and 9 December 2024"),
        ("The ministers met on 20 March 2022 in Lisbon", "2022-03-20", "20 March 2022"),  # one day stays that day
    ],
)
def test_a_range_of_days_is_dated_by_its_first_day(text: str, expected: str, phrase: str) -> None:
    found = find_date(text, dt.date(2022, 3, 15), future=False)
    assert found is not None
    date, words = found
    assert str(date) == expected and words == phrase
