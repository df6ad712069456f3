"""A participle's date after a comma ("the upcoming Arab Summit, hosted by Jordan in March") is the coming one.

The sentences are invented, in the form of round 79's seventh date sample.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date
from briefgen.suggest.upcoming import describes_upcoming

TUE_2017_02_07 = dt.date(2017, 2, 7)


def _date(text: str, kind: str) -> str:
    resolved = resolve_date(text, TUE_2017_02_07, future=kind == "plan", kind=kind, ref_year=2017)
    assert resolved is not None
    return str(resolved.date)


@pytest.mark.parametrize("kind", ["statement", "event", "plan"])
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The talks are part of the preparations for the upcoming Arab Summit, hosted by Jordan in March.", "2017-03"),
        ("Both sides discussed the forthcoming business forum, organised by the chambers of commerce on March 14.", "2017-03-14"),
    ],
)
def test_a_participle_describing_an_upcoming_occasion_looks_ahead(text: str, day: str, kind: str) -> None:
    assert _date(text, kind) == day


@pytest.mark.parametrize(
    "text",
    [
        # No word says the occasion is still to come: the participle keeps its usual reading.
        "The talks recalled the Arab Summit, hosted by Jordan in March.",
        # The clause after the comma has a subject and verb of its own.
        "They discussed the upcoming summit, which Jordan hosted in March.",
    ],
)
def test_other_participles_are_left_alone(text: str) -> None:
    assert not describes_upcoming(text, text.index("March"))
    assert _date(text, "statement") == "2016-03"
