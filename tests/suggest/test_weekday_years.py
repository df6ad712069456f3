"""The year of a month's day without its year, settled by the weekday written with it or by a day just gone."""

from __future__ import annotations

import datetime as dt

from tests.suggest.dating import resolved

# Round 110's date sample: a page of Wednesday 1 February 2017 announcing a meeting of the day before.
_TUSK_PAGE = dt.date(2017, 2, 1)


def test_a_weekday_that_fits_only_this_year_takes_this_year() -> None:
    text = "On Tuesday, Jan. 31, the prime ministers will also meet with European Council President Donald Tusk."
    assert resolved(text, _TUSK_PAGE, future=True, kind="plan", ref_year=2017)[0] == "2017-01-31"


def test_a_plan_s_day_a_day_before_the_page_is_this_year_s() -> None:
    text = "The prime ministers are expected to sign the Rail Baltic agreement on Jan. 31."
    assert resolved(text, _TUSK_PAGE, future=True, kind="plan", ref_year=2017)[0] == "2017-01-31"


def test_a_weekday_that_fits_neither_year_leaves_the_reading() -> None:
    text = "The leaders will meet on Monday, 16 September in Paris."  # a Friday in 2016, a Saturday in 2017
    assert resolved(text, _TUSK_PAGE, future=True, kind="plan", ref_year=2017)[0] == "2017-09-16"


def test_a_weekday_that_fits_the_coming_year_keeps_it() -> None:
    # SAnews, 21 November 2022, the welcome of the next day.
    text = "On Tuesday, 22 November, President Ramaphosa will be officially welcomed by His Majesty King Charles III at a ceremony."
    assert resolved(text, dt.date(2022, 11, 21), future=True, kind="plan", ref_year=2022)[0] == "2022-11-22"


def test_a_plan_s_day_just_gone_across_the_new_year_is_last_year_s() -> None:
    text = "The prime ministers are expected to sign the Rail Baltic agreement on Dec. 30."
    assert resolved(text, dt.date(2017, 1, 2), future=True, kind="plan", ref_year=2017)[0] == "2016-12-30"


def test_a_plan_s_day_weeks_before_the_page_keeps_next_year() -> None:
    text = "The prime ministers are expected to sign the Rail Baltic agreement on Jan. 20."
    assert resolved(text, _TUSK_PAGE, future=True, kind="plan", ref_year=2017)[0] == "2018-01-20"
