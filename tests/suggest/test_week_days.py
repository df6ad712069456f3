"""A week named first and a day inside it named after: the sentence is dated by the day (round 106)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # round 106's own sample: Paschal Donohoe's note of Thursday 26 September 2013
        ("This week I visited Portugal – spending Monday and Tuesday in Lisbon.", dt.date(2013, 9, 26), "2013-09-23"),
        # intake_final110, Prothom Alo of Thursday 11 January 2024
        (
            "Muizzu embarked this week on his first state visit to China -- the Maldives’ largest external creditor -- "
            "and on Thursday, the two sides issued a joint communique detailing the “broad consensus” reached by their "
            "two leaders.",
            dt.date(2024, 1, 11),
            "2024-01-11",
        ),
    ],
)
def test_a_day_inside_the_week_dates_the_sentence(text: str, published: dt.date, date: str) -> None:
    found = find_date(text, published, future=False, event=True)
    assert found is not None
    assert str(found[0]) == date


@pytest.mark.parametrize(
    ("text", "published", "future", "date"),
    [
        # the day of the saying lies before the week the plan names: the plan keeps its week (intake_final30's shape)
        (
            "Chinese President Xi Jinping will visit Vietnam, Malaysia and Cambodia next week, Beijing's foreign ministry said Friday.",
            dt.date(2025, 4, 11),
            True,
            "2025-04",
        ),
        # a day told in a relative clause dates the clause's act, not the arrival (intake_final64's shape, dated here)
        (
            "Ruto arrived in the U.S. this week on a four-day state visit that includes talks with Biden on Thursday.",
            dt.date(2024, 5, 24),
            False,
            "2024-05",
        ),
    ],
)
def test_a_day_outside_the_week_or_in_a_relative_clause_leaves_the_week(text: str, published: dt.date, future: bool, date: str) -> None:
    found = find_date(text, published, future=future, event=not future)
    assert found is not None
    assert str(found[0]) == date
