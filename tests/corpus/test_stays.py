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
from briefgen.corpus.stays import StayEnd, ends_clash, stay_end
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
