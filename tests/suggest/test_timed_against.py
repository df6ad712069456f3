""" "Ahead of" or "in the run-up to" a bigger occasion: that occasion's date does not date the act timed against it."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.timed_against import dates_of_the_act
from briefgen.text.dates import PartialDate
from tests.suggest.dating import resolved

# intake_final36's EWN report, published on the Monday of the engagement.
_MONDAY = dt.date(2024, 9, 2)
_RAMAPHOSA = (
    "In their first engagement on Monday morning ahead of the Forum on China-Africa Cooperation Summit (FOCAC) later "
    "this week, Ramaphosa told his Chinese counterpart, Xi Jinping, that when South Africa hosts the G20 Summit next year,"
)
# intake_final52's Japan News report: the talks are dated by nothing but the summit they lead up to.
_KISHIDA = (
    "Kishida and Scholz are also planning to hold summit talks to confirm their cooperation ahead of the Group of Seven "
    "summit meeting in Hiroshima in May, the sources said."
)


def test_the_engagement_is_dated_by_its_own_monday_not_the_summit_later_this_week() -> None:
    assert resolved(_RAMAPHOSA, _MONDAY, future=True, kind="plan", ref_year=2024)[0] == "2024-09-02"


def test_a_tour_in_the_run_up_to_a_summit_is_dated_by_its_own_first_day() -> None:
    text = (
        "Berg plans to visit Ostland, Vestria and Norland from Monday through Sunday to hold talks with their leaders "
        "in the run-up to the Korvik summit in May."
    )
    assert resolved(text, dt.date(2023, 1, 9), future=True, kind="plan", ref_year=2023)[0] == "2023-01-09"


def test_talks_dated_only_by_the_occasion_they_lead_up_to_keep_its_date() -> None:
    assert resolved(_KISHIDA, dt.date(2023, 3, 10), future=True, kind="plan", ref_year=2023)[0] == "2023-05"


def test_a_new_clause_after_the_phrase_keeps_its_own_date() -> None:
    text = "The ministers met ahead of the summit, and will meet again on Friday."
    friday = (text.find("on Friday"), PartialDate(2024, 9, 6), "on Friday")
    assert dates_of_the_act(text, [friday]) == [friday]
