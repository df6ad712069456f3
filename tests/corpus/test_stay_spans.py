"""A stay told as a span of days ("from March 16 to 20") gives both its ends; two spans of one stay may disagree on either.

Invented leaders and countries.  Spans are set against spans only: a span's first
day against an arrival elsewhere (the trip home, a departure from home) is no
disagreement.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.models import Fact
from briefgen.corpus.stay_spans import span_days
from briefgen.corpus.stays import stay_end, stay_start
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Oskaro", "Norland"), topics=("visits",), event="visit")


def stay_conflicts(facts: list[Fact]) -> list[str]:
    return [d.describe() for d in find_conflicts(facts) if d.kind == "stay"]


def test_a_span_of_days_is_read_in_the_ways_news_writes_it() -> None:
    first, last = dt.date(2031, 3, 16), dt.date(2031, 3, 20)
    assert span_days("Oskaro is visiting Norland from March 16 to 20.", 2031) == (first, last)
    assert span_days("The four-day visit (from March 16 to March 20) comes as trade grows.", 2031) == (first, last)
    assert span_days("The summit will be held from March 16-20.", 2031) == (first, last)
    assert span_days("Oskaro paid a state visit to Norland from 16-20 March.", 2031) == (first, last)
    assert span_days("from 30 March to 2 April", 2031) == (dt.date(2031, 3, 30), dt.date(2031, 4, 2))
    assert span_days("Trade grew from 2019 to 2023.", 2031) is None  # years, no stay
    assert span_days("Oskaro is visiting Norland from March 20 to 16.", 2031) is None  # its last day before its first


def test_a_span_gives_the_stay_its_first_and_last_day() -> None:
    sunday = PartialDate.parse("2031-03-16")
    start, end = (
        stay_start("Oskaro is visiting Norland from March 16 to 20.", sunday),
        stay_end("Oskaro is visiting Norland from March 16 to 20.", sunday),
    )
    assert start is not None and start.arrival and start.day == dt.date(2031, 3, 16)
    assert end is not None and not end.arrival and end.day == dt.date(2031, 3, 20)


def test_two_spans_of_one_stay_from_two_first_days_disagree() -> None:
    facts = [
        fact("gazette", "gazette", "Oskaro is visiting Norland from March 16 to 20.", "2031-03-16"),
        fact("courier", "courier", "The four-day visit (from March 17 to March 20) comes as trade grows.", "2031-03-17"),
    ]
    (message,) = stay_conflicts(facts)
    assert "first day (the arrival)" in message
    assert "'gazette' says from Sunday 16 March 2031" in message and "'courier' says from Monday 17 March 2031" in message


def test_a_span_against_an_arrival_or_an_end_told_otherwise_is_no_conflict() -> None:
    facts = [
        fact("span", "gazette", "Oskaro will be visiting Norland from March 22 to March 23.", "2031-03-22"),
        fact("home", "courier", "Oskaro arrived in Tarsk on Monday after wrapping up his visit.", "2031-03-24"),
        fact("until", "herald", "Oskaro will stay in Norland until Tuesday.", "2031-03-22"),
    ]
    assert stay_conflicts(facts) == []
