"""Parts of a week named by the day of writing: "earlier this week", "later this week"."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import find_date
from briefgen.suggest.week_parts import week_part_date, week_side

# An invented Wednesday of 30 March, whose working week ends on Friday 1 April.
_WEDNESDAY = dt.date(2022, 3, 30)


def test_earlier_this_week_is_the_days_before_the_day_of_writing() -> None:
    found = find_date("The envoy warned earlier this week that the talks could stall.", _WEDNESDAY, future=False)
    assert found is not None and str(found[0]) == "2022-03"
    assert str(week_part_date(_WEDNESDAY, "earlier")) == "2022-03"


def test_later_this_week_runs_to_friday() -> None:
    assert str(week_part_date(_WEDNESDAY, "later")) == "2022"
    assert str(week_part_date(dt.date(2022, 3, 22), "later")) == "2022-03"


def test_this_week_alone_keeps_the_whole_working_week() -> None:
    found = find_date("The talks were held this week in the capital.", _WEDNESDAY, future=False)
    assert found is not None and str(found[0]) == "2022"
    assert week_side("talks held this week", 11) is None
