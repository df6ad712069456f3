"""A plan "in a couple of months" or "after a month or two" is dated to the month it names, counted from the paper's
month; a span a past sentence tells ("after nine months of talks") dates nothing.  Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date

SATURDAY = dt.date(2024, 3, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As I said, in a couple of months, the capacity of the Korvik railway will be increased to 5 million tons.", "2024-05"),
        ("The new Korvik line will start operating after a month or two, the minister said.", "2024-04"),
        ("The consulate in Korvik will open in six months' time.", "2024-09"),
        ("The two sides will meet again in ten months to review the plan.", "2025-01"),
    ],
)
def test_a_plan_months_ahead_is_dated_to_that_month(text: str, expected: str) -> None:
    resolved = resolve_date(text, SATURDAY, future=True, kind="plan", ref_year=None)
    assert str(resolved.date) == expected
    assert resolved.phrase is not None and "month" in resolved.phrase


def test_months_a_past_sentence_counts_are_how_long_it_took() -> None:
    past = resolve_date("The pact was signed in Korvik after nine months of talks.", SATURDAY, future=False, kind="event", ref_year=None)
    assert past.phrase is None  # dated as a sentence with no date words, never nine months ahead
    assert str(past.date).startswith("2024-03")
    took = resolve_date("Trade between the two rose by a third in two months.", SATURDAY, future=False, kind="figure", ref_year=None)
    assert took.phrase is None
    assert str(took.date).startswith("2024-03")


def test_a_count_of_meetings_in_a_month_is_no_date_ahead() -> None:
    text = "The office said the meeting, which will be the second in a month between the two presidents, will open the talks."
    resolved = resolve_date(text, SATURDAY, future=True, kind="plan", ref_year=None)
    assert resolved.phrase is None or "month" not in resolved.phrase
