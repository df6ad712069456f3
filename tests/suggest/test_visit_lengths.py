"""A visit's stated length is a figure in days, read only where the number plainly qualifies the visit."""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values
from briefgen.suggest.visit_lengths import visit_lengths


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The MoUs were signed during the two-day state visit of the Uzbek president.", "2"),
        ("Erdogan visited Hungary on a one-day visit and met President Novak.", "1"),
        ("Yunus returned to Dhaka, wrapping up his four-day official tour to China.", "4"),
        ("He will begin a two-day India visit from Friday.", "2"),
        ("As a result, Putin's visit was extended to three days.", "3"),
        ("He is on a 3-day trip to Europe.", "3"),
        ("During his two days visit, the Prime Minister met the Grand Mufti.", "2"),
        ("The president begins a three days’ state visit to Japan on Monday.", "3"),
        ("The crown prince arrived in New Delhi on a day-long state visit.", "1"),
    ],
)
def test_a_visit_length_is_read_in_days(sentence: str, amount: str) -> None:
    found = [v for v in find_values(sentence) if v.unit == "days"]
    assert [(v.metric, v.amount) for v in found] == [("visit-length", amount)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kishida is in India for a two-day annual summit.",  # a gathering's schedule, not a stay
        "Leaders met at the two-day summit and visit programme.",
        "Two-day visits are common between the capitals.",  # a kind of visit, not one visit's length
        "The forum will last two days.",
        "The agreement was signed two days before the visit of the Chinese premier.",  # a time apart from the visit
        "Protests broke out three days after his visit to the border.",
        "Officials spent three days ahead of the state visit preparing the venue.",
        "He spent four days visiting factories.",
    ],
)
def test_no_length_where_no_visit_is_measured(sentence: str) -> None:
    assert visit_lengths(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The visit will last for two days.", "2"),
        ("Putin's trip, which is scheduled to last for three days, follows Kim's visit to Russia.", "3"),
        ("The visit to Japan will last three days.", "3"),
        ("Italian Prime Minister Giorgia Meloni will visit China for five days from Saturday, Beijing said Thursday.", "5"),
        ("He is visiting Sydney for two days from May 22nd to May 24th.", "2"),
        ("Putin will spend two days in North Korea before traveling to Vietnam, the Kremlin said.", "2"),
    ],
)
def test_a_stay_said_to_last_or_spent_somewhere_is_its_length(sentence: str, amount: str) -> None:
    """The same length an editor compares with another outlet's "four-day visit"."""
    found = [v.as_fields() for v in find_values(sentence) if v.unit == "days"]
    assert found == [{"metric": "visit-length", "amount": amount, "unit": "days"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will last for two days.",  # the gathering's schedule
        "The naval exercise, which is scheduled to last for five days, began on Monday.",
        "She visited Paris for two days before the summit.",  # the days may place the summit, not measure the stay
        "Officials will spend two days in talks on the draft.",  # no place stayed in
        "He will visit the factory for two hours.",
    ],
)
def test_no_length_for_a_gathering_or_a_time_apart(sentence: str) -> None:
    assert visit_lengths(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("For three days starting on Monday, Trump will visit Saudi Arabia, Qatar, and the United Arab Emirates.", "3"),
        ("Japanese Emperor Naruhito and Empress Masako on Sunday arrived in Mongolia for a weeklong official visit as state guests.", "7"),
        ("The three-day, four-stop visit will seek to emphasize the historic importance of the post-war relationship.", "3"),
        ("Carney’s two-day mission marks the first bilateral visit by a Canadian prime minister to Mexico.", "2"),
        ("He also brushed off questions, noting that Mr Trump was “in New York for one day”", "1"),
    ],
)
def test_a_length_in_another_shape_is_the_visits(sentence: str, amount: str) -> None:
    """The lengths another outlet contradicts: "For three days" against "a four-day trip", "weeklong" against "eight-day"."""
    found = [v.as_fields() for v in find_values(sentence) if v.unit == "days"]
    assert found == [{"metric": "visit-length", "amount": amount, "unit": "days"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Starting on Sunday, three days of talks will take place which will include security, the global economy and Ukraine.",
        "French President Emmanuel Macron arrived in Hanoi on Sunday, kicking off his week-long tour of Asia.",  # a tour's week
        "Hipkins touched down in Beijing on Monday beginning his week-long trade trip to China.",
        "For two days after the summit, the ministers will visit the border region.",  # a time apart from the summit
        "He will be in Washington for three days of talks on the trade deal.",
    ],
)
def test_no_length_for_talks_a_loose_week_or_a_time_apart(sentence: str) -> None:
    assert visit_lengths(sentence) == []
