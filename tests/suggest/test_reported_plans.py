"""A plan someone reported is dated by its own time, not by the day of the report, on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date
from briefgen.suggest.reported_plans import plans_reported
from briefgen.text.dates import PartialDate

TUE_2019_09_03 = dt.date(2019, 9, 3)


def _date(text: str, *, future: bool = False, event: bool = False) -> str | None:
    found = find_date(text, TUE_2019_09_03, future=future, event=event)
    return None if found is None else f"{found[0]} ({found[1]})"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A statement: the hope reported names its own time.
        ("The Vestrian premier said yesterday that he hoped to meet Berg next week to discuss the port.", "2019-09 (next week)"),
        # An event: the dates floated are the sentence's.
        ("Norpress reported on Monday that Korvik was floating September 16 and 17 for the visit.", "2019-09-16 (September 16)"),
        ("Dahl told reporters on Monday that the ministers would meet next month in Korvik.", "2019-10 (next month)"),
        # A plan agreed on a day told before the verb: the summit's month, not the day of agreeing.
        ("Ministers Dahl and Berg Friday agreed to broker a summit between the two presidents in October.", "2019-10 (in October)"),
        ("The two sides on Monday decided to hold the next round of talks next month.", "2019-10 (next month)"),
    ],
)
def test_the_plan_reported_dates_the_sentence(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nothing ahead: a report of what was done keeps the saying's day.
        ("The ministry said on Monday that the two sides had agreed on the port deal last week.", "2019-09-02 (on Monday)"),
        # A plan that names no time of its own keeps the saying's day.
        ("Norpress reported on Sunday that Berg is set to go to Korvik with a large delegation.", "2019-09-01 (on Sunday)"),
        # No "that": the saying day is not a report's opening ("said on Monday, after talks next month were agreed").
        ("Berg said on Monday, a day after the talks, she would visit Korvik.", "2019-09-02 (on Monday)"),
        # A meeting held on the day, not an agreement: the day stays ("met on Friday to plan a summit in October").
        ("Dahl and Berg met on Friday to plan a summit of the two presidents in October.", "2019-08-30 (on Friday)"),
    ],
)
def test_the_saying_keeps_its_day_without_a_plan_ahead(text: str, expected: str) -> None:
    assert _date(text) == expected


def test_a_page_without_a_date_is_left_as_it_is() -> None:
    text = "Dahl said on Monday that they would meet next week."
    found = [(text.index("on Monday"), PartialDate(2019, 9, 2), "on Monday"), (text.index("next week"), PartialDate(2019, 9), "next week")]
    assert plans_reported(text, found, None) == found
