"""A day after a bare verb joined by "and" to a plan's verb is the plan's coming day (round 98's sample of fresh pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import find_date
from briefgen.suggest.joined_verbs import joined_to_a_plan

SUN_2014_05_04 = dt.date(2014, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The bare "give" goes on from "is scheduled to": the coming Monday (Africa Daily, AFP, made up names).
        ("Vell is scheduled to also visit Ostland, Veldra and Westmark during the trip, and give a speech on Monday", "2014-05-05"),
        ("Vell will tour the port, and then meet the governor on Monday", "2014-05-05"),
        # A past after "and" keeps its own tense: the Monday before.
        ("Vell is scheduled to visit Ostland this week, and signed a deal on Monday with the governor", "2014-04-28"),
        # No plan before the comma: the Monday before.
        ("Vell toured the port with the minister, and gave a speech on Monday at the forum", "2014-04-28"),
    ],
)
def test_a_day_of_a_verb_joined_to_a_plan(text: str, expected: str) -> None:
    found = find_date(text, SUN_2014_05_04, future=False)
    assert found is not None
    assert str(found[0]) == expected


def test_a_present_with_its_s_is_no_bare_verb() -> None:
    text = "Vell will stay in Port Avel for a week, and visits the port on Monday"
    assert not joined_to_a_plan(text, text.index("on Monday"))
