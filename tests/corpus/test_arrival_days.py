"""The day of an arrival written before its verb, or after its place without "on", and the place it is in.

The sentences are those of two reports of Modi's arrival in Poland in August 2024 (intake_final76): one
outlet's "on Thursday" against another's "Wednesday evening" is one arrival given two days.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.arrival_days import arrival_weekday, one_place
from briefgen.corpus.stays import ends_clash, facts_end_differently, stay_start
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

INDIA_TV = (  # "I 45 years": sic
    "Prime Minister Narendra Modi on Thursday arrived in Poland, becoming the first Indian leader to visit the Central European"
    " country I 45 years"
)
STATESMAN = (
    "Prime Minister Narendra Modi arrived in Warsaw, Poland Wednesday evening on the first leg of his two-nation visit"
    " during which he will also travel to Ukraine’s capital Kyiv"
)


def test_a_day_before_the_verb_or_after_the_place_is_the_arrival_s() -> None:
    assert arrival_weekday(INDIA_TV) == ("Thursday", "Poland")
    assert arrival_weekday(STATESMAN) == ("Wednesday", "Warsaw, Poland")
    assert stay_start(STATESMAN, PartialDate.parse("2024-08-21")) is not None


def test_a_planned_arrival_or_a_second_day_is_not_read() -> None:
    assert arrival_weekday("Prime Minister Narendra Modi on Thursday will arrive in Poland for talks") is None
    assert arrival_weekday("Modi on Wednesday arrived in Warsaw and will hold talks with Tusk on Thursday") is None
    assert arrival_weekday("Modi arrived in Warsaw on Wednesday") is None  # read with its "on" by the stay check


def test_a_day_told_by_a_named_clock_is_not_read() -> None:
    """Modi landed late on Tuesday in Georgetown, Wednesday in India (intake_final98): one arrival, two clocks."""
    local = "PM Modi, who arrived in Guyana on Tuesday night (local time), expressed his personal connection to the country"
    assert stay_start(local, PartialDate.parse("2024-11-20")) is None
    assert stay_start("Prime Minister Narendra Modi on Wednesday arrived in Guyana", PartialDate.parse("2024-11-20")) is not None


def test_a_city_with_its_country_is_the_country_s_place_and_no_other_city_s() -> None:
    assert one_place("Poland", "Warsaw, Poland")
    assert one_place("", "Warsaw")
    assert not one_place("New Delhi", "New York")
    assert not one_place("Tokyo", "Osaka")


def test_two_reports_of_one_arrival_on_two_days_disagree() -> None:
    india_tv = make_fact("itv-d01", "itv", INDIA_TV, "2024-08-15", topics=("arrival",))
    statesman = make_fact("st-d01", "st", STATESMAN, "2024-08-21", topics=("arrival",))
    assert facts_end_differently(india_tv, statesman)
    thursday, wednesday = stay_start(INDIA_TV, india_tv.date), stay_start(STATESMAN, statesman.date)
    assert thursday is not None and wednesday is not None
    assert (thursday.day, wednesday.day) == (dt.date(2024, 8, 15), dt.date(2024, 8, 21))
    assert ends_clash(thursday, wednesday)
    same_day = make_fact("nd-d01", "nd", "Modi on Wednesday arrived in Poland for talks", "2024-08-21", topics=("arrival",))
    assert not facts_end_differently(same_day, statesman)


# Invented reports of one landing at 00:30 on Monday 3 March 2031, told by its hour and by a day a report got wrong.
ON_SUNDAY = "President Oskaro, who arrived in Norlandia on Sunday, is on a multi-day state visit."
EARLY_HOURS = "President Oskaro arrived in Norlândia, Norland, in the early hours of Monday to begin a state visit."
EARLY = "President Oskaro arrived in Norlândia early Monday for a two-day state visit."
IN_THE_COUNTRY = "He had arrived in the country early Monday for the visit."
MONDAY = PartialDate.parse("2031-03-03")


def test_a_day_told_by_its_hour_without_on_is_the_arrival_s() -> None:
    assert arrival_weekday(EARLY) == ("Monday", "Norlândia")
    assert arrival_weekday(EARLY_HOURS) == ("Monday", "Norlândia, Norland")
    assert arrival_weekday(IN_THE_COUNTRY) == ("Monday", "")
    assert arrival_weekday("Oskaro arrived in Dunmere late Wednesday on a three-day visit") == ("Wednesday", "Dunmere")
    assert arrival_weekday("Oskaro arrived in Dunmere early Monday and will hold talks on Tuesday") is None  # a second day
    assert arrival_weekday("Oskaro will arrive in Dunmere early Monday") is None  # a plan


def test_one_place_written_with_and_without_its_accents() -> None:
    assert one_place("Norlandia", "Norlândia, Norland")
    assert not one_place("Norlandia", "Dunmere")


def test_an_arrival_early_on_one_day_against_another_day_disagrees() -> None:
    sunday = make_fact("a-d01", "a", ON_SUNDAY, "2031-03-02", topics=("arrival",))
    for quote in (EARLY, EARLY_HOURS, IN_THE_COUNTRY):
        assert facts_end_differently(sunday, make_fact("b-d01", "b", quote, "2031-03-03", topics=("arrival",)))
    early = stay_start(EARLY, MONDAY)
    assert early is not None and early.day == dt.date(2031, 3, 3) and early.small_hours


def test_the_small_hours_against_the_night_before_are_one_night() -> None:
    """An arrival "on March 2 night" and one "early Monday" (March 3) tell one landing after midnight, not two days."""
    night = make_fact("a-d01", "a", "Oskaro arrived in Norlandia on March 2 night, starting a state visit.", "2031-03-02")
    late = make_fact("c-d01", "c", "Oskaro arrived in Norlandia late Sunday for talks.", "2031-03-02")
    early = make_fact("b-d01", "b", EARLY, "2031-03-03")
    assert not facts_end_differently(night, early)
    assert not facts_end_differently(late, early)
    tuesday = make_fact("d-d01", "d", "Oskaro arrived in Norlandia early Tuesday for talks.", "2031-03-04")
    assert facts_end_differently(night, tuesday)  # two days on: no one night
