"""The end of a stay: two outlets that end one visit on different days of one week disagree.

Invented leaders and countries; the date check compares months, so only the
stay check sees "until Saturday" against "until Friday, March 7".
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.stays import StayEnd, ends_clash, stay_end, stay_start
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], event: str | None = None) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, topics=("visits",), event=event)


WEDNESDAY = PartialDate.parse("2031-03-05")  # 5 March 2031 is a Wednesday


def test_the_last_day_is_read_from_the_ways_reports_give_it() -> None:
    assert stay_end("Mr Oskaro is in Norland until Saturday to attend the fair.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 8), 5)
    assert stay_end("on a visit that will last until Friday, March 7, the agency said.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 7), 4)
    assert stay_end("He will hold talks with the council before leaving on Friday.", PartialDate.parse("2031-03")) == StayEnd(None, 4)
    assert stay_end("Oskaro will visit Norland between March 5 and 7.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 7), 4)
    assert stay_end("He is expected to leave the capital on Thursday.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 6), 3)
    assert stay_end("Oskaro arrived in Norland on Wednesday for talks.", WEDNESDAY) is None
    assert stay_end("Trade rose through the year.", WEDNESDAY) is None


def test_two_ends_clash_when_their_days_or_weekdays_differ() -> None:
    saturday, friday = StayEnd(dt.date(2031, 3, 8), 5), StayEnd(dt.date(2031, 3, 7), 4)
    assert ends_clash(saturday, friday)
    assert ends_clash(saturday, StayEnd(None, 4))  # "before leaving on Friday" on an undated page
    assert not ends_clash(friday, StayEnd(None, 4))
    assert not ends_clash(saturday, StayEnd(dt.date(2031, 5, 10), 5))  # two months apart: two stays


def test_one_event_ended_on_two_days_is_a_stay_conflict_naming_both_sides() -> None:
    facts = [
        fact("until-sat", "gazette", "Mr Oskaro is in Norland until Saturday to attend the fair.", "2031-03-05", ("Oskaro",), "visit"),
        fact("until-fri", "courier", "Oskaro arrived on a visit that will last until Friday, March 7.", "2031-03-05", ("Oskaro",), "visit"),
    ]
    found = [d for d in find_conflicts(facts) if d.kind == "stay"]
    assert len(found) == 1
    message = found[0].describe()
    assert "last day of the stay for event 'visit'" in message
    assert "'until-sat' says until Saturday 8 March 2031" in message and "'until-fri' says until Friday 7 March 2031" in message
    # the date check alone (months) sees nothing
    assert not [d for d in find_conflicts(facts) if d.kind == "date"]


def test_two_unwired_reports_that_end_one_stay_differently_are_proposed_and_shown_as_a_possible_conflict() -> None:
    facts = [
        fact("until-sat", "gazette", "Mr Oskaro is in Norland until Saturday to attend the fair.", "2031-03-05", ("Oskaro", "Norland")),
        fact("leaving-fri", "courier", "Oskaro will meet Marden before leaving on Friday.", "2031-03", ("Oskaro", "Norland")),
        fact("same-day", "herald", "Oskaro stays in Norland until Saturday.", "2031-03-05", ("Oskaro", "Norland")),
    ]
    proposals = propose_links(facts, LinkDecisions())
    assert any({"until-sat", "leaving-fri"} <= set(p.fact_ids) for p in proposals)
    stays = [c.discrepancy for c in possible_conflicts(facts, proposals) if c.discrepancy.kind == "stay"]
    assert stays and all({"until-sat", "leaving-fri"} <= set(d.fact_ids) for d in stays)
    assert "'leaving-fri' says until Friday" in stays[0].describe()


def test_reports_whose_only_common_words_are_their_names_are_proposed_for_the_stay_they_end_differently() -> None:
    facts = [
        fact("until-sat", "gazette", "Mr Oskaro is in Norland until Saturday to attend the fair.", "2031-03-05", ("Oskaro", "Norland")),
        fact(
            "leaving-fri",
            "courier",
            "He will hold talks with the river council before leaving on Friday.",
            "2031-03",
            ("Oskaro", "Norland"),
        ),
    ]
    proposals = propose_links(facts, LinkDecisions())
    assert any("one stay ended on different days (until Saturday 8 March 2031 / until Friday)" in p.evidence for p in proposals)


def test_the_first_day_is_read_from_an_arrival() -> None:
    sunday = PartialDate.parse("2031-03-09")
    assert stay_start("Oskaro arrived in Norland on March 6 for talks.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 6), 3, True, "Norland")
    # a weekday is the one nearest the fact's date: a report of Sunday reads "Saturday night" as the day before
    assert stay_start("His arrival in Norland on Saturday night was quiet.", sunday) == StayEnd(dt.date(2031, 3, 8), 5, True, "Norland")
    assert stay_start("Oskaro arrived late on Monday.", WEDNESDAY) == StayEnd(dt.date(2031, 3, 3), 0, True, "")
    assert stay_start("Oskaro arrived in Norland on a three-day visit.", WEDNESDAY) is None
    assert stay_end("Oskaro arrived in Norland on March 6 for talks.", WEDNESDAY) is None  # a first day is not a last day


def test_one_arrival_dated_to_two_days_is_a_stay_conflict_naming_both_sides() -> None:
    facts = [
        fact("sat", "gazette", "Oskaro's arrival in Norland on Saturday night had been relaxed.", "2031-03-08", ("Oskaro",), "visit"),
        fact("sun", "courier", "Oskaro, who arrived in Norland on March 9, met the council.", "2031-03-09", ("Oskaro",), "visit"),
        fact("leg", "herald", "Oskaro arrived in Tarsk on Monday for the second leg.", "2031-03-10", ("Oskaro",), "visit"),
    ]
    found = [d for d in find_conflicts(facts) if d.kind == "stay"]
    assert len(found) == 1
    message = found[0].describe()
    assert "first day (the arrival) of the stay for event 'visit'" in message
    assert (
        "'sat' says arrived in Norland Saturday 8 March 2031" in message and "'sun' says arrived in Norland Sunday 9 March 2031" in message
    )
    # an arrival elsewhere is another leg of the tour, not the same arrival
    assert "'leg'" not in message
    assert not [d for d in find_conflicts(facts) if d.kind == "date"]


def test_arrivals_on_one_day_and_an_arrival_against_a_departure_are_no_conflict() -> None:
    facts = [
        fact("sat", "gazette", "Oskaro arrived in Norland on Saturday.", "2031-03-08", ("Oskaro",), "visit"),
        fact("same", "courier", "Oskaro, who arrived in Norland on March 8, met the council.", "2031-03-09", ("Oskaro",), "visit"),
        fact("until", "herald", "Oskaro is in Norland until Tuesday.", "2031-03-08", ("Oskaro",), "visit"),
    ]
    assert not [d for d in find_conflicts(facts) if d.kind == "stay"]
