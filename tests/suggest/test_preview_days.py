"""The day a preview's plan falls on: a fronted weekday told in the present, a day inside a year that names the event.

Sentences are from the judged set intake_final36 (half A), with their publication dates; the expected
dates are those the hand labels give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date

SAT_2024_08_31 = dt.date(2024, 8, 31)
WED_2024_09_04 = dt.date(2024, 9, 4)


def _drafted(text: str, published: dt.date, kind: str) -> str:
    resolved = resolve_date(text, published, future=kind == "plan", kind=kind, ref_year=published.year)
    assert resolved is not None
    return str(resolved.date)


@pytest.mark.parametrize("kind", ["plan", "statement"])
def test_a_fronted_weekday_before_a_scheduled_present_is_the_coming_one(kind: str) -> None:
    text = "On Monday, Ramaphosa’s State Visit to China officially commences with a welcome ceremony at the Great Hall."
    assert _drafted(text, SAT_2024_08_31, kind) == "2024-09-02"


def test_a_photo_credit_glued_before_the_sentence_does_not_hide_the_fronted_day() -> None:
    text = "(Xinhua/Xie Huanchi) On Monday, the State Visit officially commences with a welcome ceremony."
    assert _drafted(text, SAT_2024_08_31, "statement") == "2024-09-02"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the State Visit officially opened with a welcome ceremony.",  # told in the past: the Monday before
        "On Monday, officials said the visit begins with a welcome ceremony.",  # the day of the saying
    ],
)
def test_a_fronted_weekday_of_a_past_clause_stays_behind(text: str) -> None:
    assert _drafted(text, SAT_2024_08_31, "statement") == "2024-08-26"


def test_a_year_that_names_the_event_yields_to_the_day_the_plan_gives() -> None:
    text = (
        "Ramaphosa is one of several African leaders who will be in China for the Forum on China-Africa "
        "Cooperation’s 2024 Summit, which will take place between Wednesday and Friday."
    )
    assert _drafted(text, WED_2024_09_04, "plan") == "2024-09-04"


def test_a_day_outside_the_year_ahead_does_not_replace_it() -> None:
    text = "The minister said on Monday that the country will host the summit next year."
    assert _drafted(text, WED_2024_09_04, "plan") == "2025"
