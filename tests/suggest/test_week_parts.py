"""Parts of a week named by the day of writing: "earlier this week", "later this week", "this weekend"."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import find_date, relative_phrase
from briefgen.suggest.week_parts import week_part_date, week_side, weekend_date

# An invented Wednesday of 30 March, whose working week ends on Friday 1 April.
_WEDNESDAY = dt.date(2022, 3, 30)
# An invented Monday of 31 March.
_MONDAY = dt.date(2025, 3, 31)


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


def test_a_weekend_just_past_is_its_saturday() -> None:
    text = "The president announced this weekend that he had clinched a fruit export deal with Norland."
    found = find_date(text, _MONDAY, future=False)
    assert found is not None and (str(found[0]), found[1]) == ("2025-03-29", "this weekend")
    assert relative_phrase(text) == "this weekend"


def test_a_coming_weekend_is_the_next_saturday() -> None:
    found = find_date("The two ministers will meet in the capital over the weekend.", _WEDNESDAY, future=True)
    assert found is not None and str(found[0]) == "2022-04-02"
    assert str(weekend_date(dt.date(2022, 4, 3), ahead=True)) == "2022-04-03"  # a Sunday: the weekend is under way


def test_last_weekend_is_left_to_the_week() -> None:
    assert relative_phrase("The envoy met the minister last weekend.") is None
