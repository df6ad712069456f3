"""A past announcement of a plan keeps its month behind; a preview's weekday in the subject of a future verb is ahead.

Made-up sentences read as plans (their "would" or "will" makes them one), the
dates a reader would see on their drafts.  "In September, X announced that Y
would …" dates the announcement, in the past; "talks on Tuesday will focus on
…" in a Monday paper is the next day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date

MONDAY = dt.date(2031, 10, 6)


def _plan_date(text: str) -> str:
    resolved = resolve_date(text, MONDAY, future=True, kind="plan", ref_year=MONDAY.year)
    assert resolved is not None
    return str(resolved.date)


@pytest.mark.parametrize(
    "text",
    [
        "In September, Vestria announced that its state bank would subscribe bonds worth $50 million.",
        "Vestria announced in September that its state bank would subscribe bonds worth $50 million.",
        "In September, the two cabinets agreed that the line would open in stages.",
    ],
)
def test_a_month_that_dates_a_past_announcement_is_behind(text: str) -> None:
    assert _plan_date(text) == "2031-09"


@pytest.mark.parametrize(
    "text",
    [
        "In September, the two cabinets will agree on the line.",
        "The state bank would subscribe the bonds in September, Vestria announced.",
        "The president is expected to visit Korvik in September.",
    ],
)
def test_a_month_in_the_plan_itself_stays_ahead(text: str) -> None:
    assert _plan_date(text) == "2032-09"


@pytest.mark.parametrize(
    "text",
    [
        "His discussions with the premier on Tuesday will focus on trade and energy.",
        "The talks in Korvik on Tuesday are expected to cover the new port.",
    ],
)
def test_a_weekday_in_the_subject_of_a_future_verb_is_the_coming_day(text: str) -> None:
    assert _plan_date(text) == "2031-10-07"


@pytest.mark.parametrize(
    "text",
    [
        "The agreements signed on Tuesday will boost trade and energy.",
        "The leaders who met on Tuesday will now draft a treaty.",
    ],
)
def test_a_weekday_of_a_past_act_before_a_future_verb_stays_behind(text: str) -> None:
    assert _plan_date(text) == "2031-09-30"
