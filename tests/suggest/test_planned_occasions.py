"""A month named for an announced or planned visit is the coming one; a visit made, or called off, keeps it behind.

The sentences are invented, in the forms of round 80's eighth date sample.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.planned_occasions import planned_occasion
from tests.suggest.dating import resolved

WED_2010_02_24 = dt.date(2010, 2, 24)


@pytest.mark.parametrize("kind", ["statement", "event", "plan"])
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("However the president's announced visit to Tehran in May could complicate the talks, diplomats said.", "2010-05"),
        ("The prime minister's planned state visit to India in November is meant to seal the nuclear deal.", "2010-11"),
        ("The minister's proposed trip to Beijing in April may be shortened.", "2010-04"),
    ],
)
def test_a_month_of_a_planned_occasion_lies_ahead(text: str, month: str, kind: str) -> None:
    assert resolved(text, WED_2010_02_24, future=kind == "plan", kind=kind, ref_year=2010)[0] == month


@pytest.mark.parametrize("kind", ["statement", "event", "plan"])
@pytest.mark.parametrize(
    ("text", "month"),
    [
        # The visit already made: its month is the one before, even with "visits to" in the clause.
        ("The foreign minister and the chancellor made separate visits to Warsaw in March.", "2009-03"),
        ("The king paid two visits to Amman in June.", "2009-06"),
    ],
)
def test_a_month_of_a_visit_made_stays_behind(text: str, month: str, kind: str) -> None:
    assert resolved(text, WED_2010_02_24, future=kind == "plan", kind=kind, ref_year=2010)[0] == month


@pytest.mark.parametrize("kind", ["statement", "event"])
def test_a_month_of_a_planned_visit_called_off_stays_behind_in_a_report(kind: str) -> None:
    text = "The planned visit to Moscow in June was postponed over the crisis."
    assert resolved(text, WED_2010_02_24, future=False, kind=kind, ref_year=2010)[0] == "2009-06"


def test_only_an_adjective_of_plan_right_before_the_occasion_counts() -> None:
    text = "The minister announced a visit to Iran in May."
    assert not planned_occasion(text, text.index("in May"))
    text = "Lula da Silva's announced visit to Iran in May could be seen as an obstacle."
    assert planned_occasion(text, text.index("in May"))


@pytest.mark.parametrize("kind", ["statement", "event"])
@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Invented, in the form of round 84's tenth date sample (a page of January): the summit is still to come.
        ("He also mentioned the upcoming informal summit on 12 February, calling it an important meeting.", "2011-02-12"),
        ("The minister spoke of the forthcoming joint meeting on 3 March with her Korvik counterpart.", "2011-03-03"),
    ],
)
def test_a_day_of_an_upcoming_meeting_of_a_kind_lies_ahead(text: str, day: str, kind: str) -> None:
    assert resolved(text, dt.date(2011, 1, 20), future=False, kind=kind, ref_year=2011)[0] == day
