"""A month's day fixed for an occasion is the nearer of the coming and the last: sentences of round 107's own sample."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.fixed_days import fixed_day_ahead, fixed_weekday_ahead
from tests.suggest.dating import resolved

# cbs4indy.com's page of Thursday 10 May 2018; its headline.
_CBS4INDY = dt.date(2018, 5, 10)
_HEADLINE = "President Trump says summit with North Korea scheduled for June 12 in Singapore"


def test_a_day_fixed_five_weeks_ahead_is_the_coming_one_even_told_as_a_report() -> None:
    # "says" and "scheduled" read as a report of a past act: the day was the June before.
    assert resolved(_HEADLINE, _CBS4INDY, future=False, kind="statement", ref_year=2018) == ("2018-06-12", "June 12")


def test_a_day_fixed_a_few_days_back_is_the_last_one() -> None:
    assert fixed_day_ahead(_HEADLINE, _HEADLINE.index("June 12"), dt.date(2018, 6, 20), 6, 12) is False


def test_a_day_no_words_fix_is_left_to_the_clause() -> None:
    text = "The highly anticipated meeting involving President Donald Trump and North Korean leader Kim Jon Un will happen on June 12."
    assert fixed_day_ahead(text, text.index("June 12"), _CBS4INDY, 6, 12) is None


# andina.com.pe's page of Friday 7 July 2017 (round 108's own sample): the cabinet meets that day.
_ANDINA = dt.date(2017, 7, 7)
_CABINET = (
    "The first Peru-Chile Binational Cabinet meeting scheduled for Friday will cover five work axes under the common agenda, "
    "Peru's Foreign Affairs Ministry informed."
)


def test_a_weekday_an_occasion_is_fixed_for_is_the_coming_one() -> None:
    assert fixed_weekday_ahead(_CABINET, _CABINET.index("Friday"))
    assert resolved(_CABINET, _ANDINA, future=True, kind="plan", ref_year=2017) == ("2017-07-07", "Friday")
    # Read the day before, the same words fix the next day, not the Friday a week back.
    assert resolved(_CABINET, dt.date(2017, 7, 6), future=False, kind="statement", ref_year=2017) == ("2017-07-07", "Friday")


def test_a_weekday_fixed_with_its_participle_alone_is_ahead_in_reported_speech() -> None:
    text = "Officials said the Binational Cabinet meeting, scheduled for Friday, would cover five work axes."
    assert resolved(text, dt.date(2017, 7, 5), future=False, kind="statement", ref_year=2017) == ("2017-07-07", "Friday")


def test_a_weekday_fixed_in_the_past_keeps_its_reading() -> None:
    text = "The first Peru-Chile Binational Cabinet meeting was scheduled for Friday but moved to Lima."
    assert not fixed_weekday_ahead(text, text.index("Friday"))
