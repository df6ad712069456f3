"""A weekday told with the present progressive, or set between a plan's "is" and its verb, is the coming one.

The sentences are invented, in the forms of round 80's eighth date sample.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.progressive_days import plan_split_by_day, progressive_act
from tests.suggest.dating import resolved

FRI_2019_09_06 = dt.date(2019, 9, 6)


@pytest.mark.parametrize("kind", ["statement", "event", "plan"])
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Indonesian president is traveling to Canberra on Sunday for his first state visit to Australia.", "2019-09-08"),
        ("The two ministers are meeting in Doha on Tuesday to review the trade agreement.", "2019-09-10"),
        ("On Monday morning, the delegation is bringing a draft memorandum on fisheries to Wellington.", "2019-09-09"),
        ("The foreign minister is on Wednesday expected to open the new embassy building in Nairobi.", "2019-09-11"),
        ("The two leaders are also on Thursday set to sign a defence pact.", "2019-09-12"),
    ],
)
def test_an_arrangement_in_the_progressive_or_a_split_plan_looks_ahead(text: str, day: str, kind: str) -> None:
    assert resolved(text, FRI_2019_09_06, future=kind == "plan", kind=kind, ref_year=2019)[0] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A past act after the progressive governs the day.
        ("The delegation that is accompanying the president arrived in Lima on Wednesday.", "2019-09-04"),
        # The clause breaks at the comma: the Wednesday is the meeting's, told in the past.
        ("The premier is visiting China, where he met his counterpart on Wednesday.", "2019-09-04"),
        # "was" before the day is no plan still ahead; "is being" is a passive, and "is willing" an adjective.
        ("The minister was on Wednesday set to begin a two-day visit to Rome.", "2019-09-04"),
        ("The accord, which is being studied by both cabinets, was signed on Wednesday.", "2019-09-04"),
        ("The government said it is willing to resume talks, the minister told reporters on Wednesday.", "2019-09-04"),
    ],
)
def test_other_weekdays_keep_the_day_behind(text: str, day: str) -> None:
    assert resolved(text, FRI_2019_09_06, future=False, kind="statement", ref_year=2019)[0] == day


def test_the_progressive_and_the_split_plan_are_read_narrowly() -> None:
    assert progressive_act("Halimah Yacob is traveling to Manila") is not None
    assert progressive_act("the talks are being held in Manila") is None
    assert progressive_act("the minister is willing to visit") is None
    text = "Steinmeier is on Wednesday expected to honour the heroes of the uprising."
    assert plan_split_by_day(text, text.index("on Wednesday"), text.index(" expected"))
    text = "Steinmeier was on Wednesday expected to honour the heroes of the uprising."
    assert not plan_split_by_day(text, text.index("on Wednesday"), text.index(" expected"))


def test_a_plan_told_in_the_progressive_keeps_its_own_day_of_writing_before_a_later_one() -> None:
    # intake_final58's form (a Sunday page): the banquet is tonight's; the Monday after it is the next stop's.
    text = (
        "The president is hosting a state banquet for his guest at the palace on Sunday evening before the two leaders "
        "travel on Monday to the port city."
    )
    assert resolved(text, dt.date(2024, 5, 26), future=True, kind="plan", ref_year=2024) == ("2024-05-26", "on Sunday")
