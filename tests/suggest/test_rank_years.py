"""A date a visit's rank runs from ("his first visit since 2008") dates nothing, on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date, resolve_date
from briefgen.suggest.rank_years import runs_a_rank_from

TUE_2019_01_15 = dt.date(2019, 1, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The queen, on her first visit since 2008, was greeted by the president at the airport.",
        "It is the first official trip to Korvik by a Vestrian premier since 2016.",
        "The visit opened with talks, the first state visit to Korvik by a Vestrian king since 1996.",
    ],
)
def test_the_year_a_visit_s_rank_runs_from_dates_nothing(text: str) -> None:
    assert runs_a_rank_from(text, text.rindex("since") + len("since "))
    assert find_date(text, TUE_2019_01_15, future=False, event=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state since a year is no rank: the span's start still dates the sentence when nothing else does.
        ("Trade between the two countries has doubled since 2015.", "2015"),
        # A visitor's own count told as a time keeps its year (the sets label it so).
        ("Berg, who is visiting Korvik for the first time since 2016, arrived in the capital.", "2016"),
        # Whatever else the sentence dates is still read.
        ("The queen arrived on Monday on her first visit since 2008.", "2019-01-14"),
    ],
)
def test_other_dates_are_still_read(text: str, expected: str) -> None:
    found = find_date(text, TUE_2019_01_15, future=False, event=True)
    assert found is not None
    assert str(found[0]) == expected


def test_the_sentence_falls_back_on_the_page_not_the_year() -> None:
    text = "The queen, on her first visit since 2008, was greeted by the president at the airport."
    resolved = resolve_date(text, TUE_2019_01_15, future=False, kind="event", ref_year=2019)
    assert resolved is not None
    assert str(resolved.date) == "2019-01"
    assert resolved.phrase is None
