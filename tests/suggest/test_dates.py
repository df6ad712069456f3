"""The month a plan is fixed for: "a summit slated for November".  Made-up reports."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.suggest.dating import resolved

SUNDAY = dt.date(2031, 8, 10)


@pytest.mark.parametrize("lead", ["slated for", "scheduled for", "set for", "planned for"])
def test_a_month_a_plan_is_fixed_for_dates_the_plan(lead: str) -> None:
    text = f"The minister's trip will prepare the regional summit {lead} November, a ministry statement said."
    assert resolved(text, SUNDAY, future=True, kind="plan", ref_year=2031) == ("2031-11", f"{lead} November")


def test_a_month_a_past_plan_was_fixed_for_is_the_one_before() -> None:
    text = "The summit was originally slated for February but was put off after the floods."
    assert resolved(text, SUNDAY, future=False, kind="event", ref_year=2031) == ("2031-02", "slated for February")


def test_a_fixed_month_yields_to_the_day_of_the_act_the_sentence_reports() -> None:
    text = "The two prime ministers on Monday agreed to work together for the success of the regional summit in the capital slated for May."
    monday = dt.date(2031, 8, 11)
    assert resolved(text, monday, future=True, kind="plan", ref_year=2031) == ("2031-08-11", "on Monday")
