"""Which act a quote reports: a visitor's welcome, by its verb or its ceremony, is an act of its own.

Invented leaders and countries.  A report that dates the welcome ("welcomed
President Oskaro", "the ceremony ... marked the commencement of the visit")
used to name no act at all, so the day it gives was never set against another
report's day for the same welcome.
"""

from __future__ import annotations

from briefgen.corpus.act_days import act_day
from briefgen.corpus.act_kinds import acts_named, tells_a_welcome
from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.models import Fact
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Oskaro", "Marden"), topics=("visits",), event="visit", kind=kind)


def day_conflicts(facts: list[Fact]) -> list[str]:
    return [d.describe() for d in find_conflicts(facts) if d.kind == "day"]


def test_a_welcome_ceremony_told_on_two_days_is_a_conflict() -> None:
    facts = [
        fact("thu", "gazette", "President Marden on Thursday welcomed President Lem Oskaro to the country.", "2031-03-06"),
        fact("wed", "courier", "The ceremony, held on Wednesday, March 5, marked the commencement of Oskaro's state visit.", "2031-03-05"),
    ]
    told = act_day(facts[0])
    assert told is not None and str(told) == "welcome on Thursday 6 March 2031"
    (message,) = day_conflicts(facts)
    assert "'thu' says welcome on Thursday 6 March 2031" in message and "'wed' says welcome on Wednesday 5 March 2031" in message


def test_a_greeting_at_the_airport_is_the_arrival_not_the_welcome_ceremony() -> None:
    assert tells_a_welcome("Marden today welcomed Premier Oskaro at the palace during an official welcoming ceremony.")
    assert not tells_a_welcome("Marden welcomed Premier Oskaro at the airport on Wednesday night.")
    assert not tells_a_welcome("Oskaro arrived on Wednesday and was given a ceremonial welcome.")
    assert not tells_a_welcome("Marden welcomed the decision on Wednesday.")  # a remark on a decision, no visitor
    assert not tells_a_welcome("Marden welcomed Tarsk's offer on Wednesday.")
    assert acts_named("On Thursday Marden welcomed Premier Oskaro at the palace.") == ["welcome"]
    facts = [
        fact("airport", "gazette", "Marden welcomed Premier Oskaro at the airport on Wednesday night.", "2031-03-05"),
        fact("palace", "courier", "On Thursday Marden welcomed Premier Oskaro at the palace with a ceremonial welcome.", "2031-03-06"),
    ]
    assert day_conflicts(facts) == []  # the arrival's day and the ceremony's day are two acts of one visit
