"""A day's programme told in the present ("his programme includes", "His programme … on Monday begins with") lies ahead.

The sentences marked "fresh" are quoted from the fresh date samples (public news pages kept outside the repository,
labelled by hand before briefgen ran on them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.programmes import programme_subject, programme_told
from tests.suggest.dating import resolved

THU_2024_02_08 = dt.date(2024, 2, 8)  # fresh (round 75): a page on the chancellor's trip to Washington
FRI_2016_06_03 = dt.date(2016, 6, 3)  # fresh (round 68): Business Standard on a five-nation tour


def test_a_programme_told_in_the_present_after_its_day_is_the_coming_day() -> None:
    text = "On Friday morning, his programme includes a breakfast with US entrepreneurs."
    assert resolved(text, THU_2024_02_08, future=False, kind="event", ref_year=2024) == ("2024-02-09", "On Friday")


def test_a_programme_whose_subject_names_the_day_is_the_coming_day() -> None:
    text = (
        '"His programme in Switzerland on Monday begins with a meeting with the President of the Swiss Confederation '
        'Johann Schneider-Ammann, followed by interaction with the business community."'
    )
    assert resolved(text, FRI_2016_06_03, future=False, kind="event", ref_year=2016)[0] == "2016-06-06"


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, his programme included a breakfast with US entrepreneurs.",  # told in the past: done
        "On Friday, the deal includes a clause on tariffs.",  # no programme: the present says nothing of the day
    ],
)
def test_a_past_programme_or_another_present_keeps_the_day_behind(text: str) -> None:
    assert resolved(text, dt.date(2024, 2, 10), future=False, kind="event", ref_year=2024)[0] == "2024-02-09"


def test_what_counts_as_a_programme_told() -> None:
    assert programme_told("his visit programme in Rome also includes ") is not None
    assert programme_told("the agenda included ") is None
    assert programme_subject("His programme in Switzerland ", " begins with a meeting")
    assert not programme_subject("His talks in Switzerland ", " begins with a meeting")
