"""A place named with its country ("Korvik, Ostland") ends no clause: a plan's weekday after it is the coming one."""

from __future__ import annotations

import datetime as dt

from tests.suggest.dating import resolved

_FRIDAY = dt.date(2024, 11, 15)


def test_a_plan_to_a_town_and_its_country_on_a_weekday_is_the_coming_weekday() -> None:
    text = "The prime minister of Vestria will leave the country for Korvik, Ostland Monday to open the new embassy."
    assert resolved(text, _FRIDAY, future=True, kind="plan", ref_year=2024) == ("2024-11-18", "Monday")


def test_with_on_before_the_weekday_too() -> None:
    text = "The prime minister will fly to Korvik, Ostland on Monday for the summit."
    assert resolved(text, _FRIDAY, future=True, kind="plan", ref_year=2024)[0] == "2024-11-18"


def test_a_place_before_a_past_act_keeps_the_day_behind() -> None:
    text = "In Korvik, Lenz on Monday signed the accord."
    assert resolved(text, _FRIDAY, future=False, kind="event", ref_year=2024)[0] == "2024-11-11"


def test_a_saying_after_the_weekday_is_a_report_of_the_day_behind() -> None:
    text = "The talks will be held in Korvik, Lenz on Monday told reporters."
    assert resolved(text, _FRIDAY, future=True, kind="plan", ref_year=2024)[0] == "2024-11-11"
