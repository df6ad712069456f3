"""A day counted from the day of writing ("will arrive in two days"): sentences of round 108's own date sample.

The sample's pages name the coming day in words ("will arrive in Malawi tomorrow"); a preview writes the same plan
as a count, and the count is the day of writing and so many days.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import resolve_date
from tests.suggest.dating import resolved

# malawi24.com's page of Tuesday 30 May 2023: Mnangagwa arrives on the 31st.
_MALAWI24 = dt.date(2023, 5, 30)
_ARRIVAL = "President Emmerson Mnangagwa of Zimbabwe will arrive in Malawi {} where he is expected to visit the tobacco auction floors."


def test_the_page_s_own_word_and_a_count_name_the_same_day() -> None:
    assert resolved(_ARRIVAL.format("tomorrow"), _MALAWI24, future=True, kind="plan", ref_year=2023) == ("2023-05-31", "tomorrow")
    assert resolved(_ARRIVAL.format("in two days"), _MALAWI24, future=True, kind="plan", ref_year=2023) == ("2023-06-01", "in two days")


def test_a_count_put_before_a_future_clause_dates_a_statement_too() -> None:
    text = "In three days' time, Mnangagwa will land through Kamuzu International Airport (KIA) for a three-day visit."
    assert resolved(text, _MALAWI24, future=False, kind="statement", ref_year=2023) == ("2023-06-02", "In three days' time")


def test_a_countdown_away_is_the_day_whatever_the_verb() -> None:
    text = "The state visit of President Emmerson Mnangagwa of Zimbabwe to Malawi is now two days away."
    assert resolved(text, _MALAWI24, future=False, kind="statement", ref_year=2023) == ("2023-06-01", "two days away")


def test_a_count_in_a_past_clause_is_how_long_something_took() -> None:
    text = "The two presidents concluded the talks on tobacco auction floors in two days, the ministry said."
    assert resolved(text, _MALAWI24, future=False, kind="event", ref_year=2023) != ("2023-06-01", "in two days")


def test_a_count_of_days_on_an_undated_page_dates_nothing() -> None:
    found = resolve_date(_ARRIVAL.format("in two days"), None, future=True, kind="plan", ref_year=2023)
    assert found is not None and str(found.date) == "2023" and found.how.startswith("unresolved")
