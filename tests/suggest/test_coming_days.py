"""A month's day a few weeks after the day of writing is the coming one, unless its clause tells a past act."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.coming_days import coming_day
from tests.suggest.dating import resolved

# An invented Wednesday page of late July.
_WEDNESDAY = dt.date(2003, 7, 30)


def test_a_visit_s_days_in_brackets_a_month_ahead_are_the_coming_ones() -> None:
    text = "During the two day visit (August 28 and 29) the two presidents hope to make further progress on the railway."
    assert resolved(text, _WEDNESDAY, future=False, kind="event", ref_year=2003)[0] == "2003-08-28"


def test_a_day_told_as_a_past_act_stays_a_year_back() -> None:
    text = "The two ministers signed the accord on August 28 in the capital."
    assert resolved(text, _WEDNESDAY, future=False, kind="event", ref_year=2003)[0] == "2002-08-28"


def test_a_day_far_ahead_is_not_read_as_coming() -> None:
    text = "The forum opened its first session (November 5) with a speech by the minister."
    assert resolved(text, _WEDNESDAY, future=False, kind="event", ref_year=2003)[0] == "2002-11-05"


def test_the_bounds_of_soon() -> None:
    text = "the visit (September 20)"
    assert coming_day(text, 11, _WEDNESDAY, 9, 20)
    assert not coming_day(text, 11, _WEDNESDAY, 7, 30)  # the day of writing itself is no coming day
    assert not coming_day(text, 11, _WEDNESDAY, 2, 30)  # no such day


def test_a_day_of_january_on_a_december_page_is_next_years() -> None:
    text = "During the two day visit (January 5 and 6) the two presidents hope to open the new railway."
    assert resolved(text, dt.date(2025, 12, 20), future=False, kind="event", ref_year=2025)[0] == "2026-01-05"
