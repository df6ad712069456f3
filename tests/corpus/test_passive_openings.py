"""An opening told in the passive names the thing opened before its verb, and a line on that thing is no background.

Real sentences of reports no labelled set holds: the China-Nepal Boda Hospital, inaugurated in Kathmandu on Sunday 21
June 2009 (Xinhua via english.dbw.cn, 06-22); the new office buildings China donated to Cambodia's Council of Ministers,
inaugurated on 19 October 2010 (CAAI); the first road bridge between Russia and China, opened at Blagoveshchensk in June
2022 (infostart.hu); against them the Kazakh embassy's history and Polonnaruwa's hospital, "declared opened to the
public" a year before its anniversary (Ada Derana, 2022-06-11).
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.earlier import before_dropped, told_before
from briefgen.corpus.evidence import prepare
from briefgen.corpus.occasion_words import speaks_of_occasion
from briefgen.corpus.opened import things_opened
from briefgen.corpus.passive_openings import before_passive_openings, tells_passive_opening
from tests.corpus.builders import make_fact

INAUGURATED = (
    "The China-Nepal Boda Hospital, the first largest hospital established by the private sector was inaugurated in "
    "Kathmandu on Sunday morning amid a formal ceremony."
)
BY_TRADITION = (
    "The hospital was inaugurated according to the Chinese tradition of lightening fire crackers by Chinese Ambassador to "
    "Nepal Qiu Guohong from the Chinese side and Minister for Health and Population, Umakant Chaudhary from the Nepali side."
)
BEDS = "The hospital has 50 beds providing allopathic as well as traditional Chinese medicine, according to a hospital source."
ALSO = (
    "The adjacent Prime Minister Hun Sen's large new office building was also inaugurated in the same ceremony and dubbed "
    'the "Peace Building."'
)
BRIDGE = "The first road bridge between #Russia and #China was opened in #Blagoveshchensk - trucks drove across it"
PUBLIC = (
    "A total of 3,010 admissions, 20,784 dialysis, 18,045 visits, 65,516 laboratory tests have been done since the hospital "
    "was declared opened to the public on 11th June 2021, the Chinese Embassy in Colombo said"
)


def test_the_thing_opened_is_read_before_a_passive_verb() -> None:
    assert things_opened([INAUGURATED]) == frozenset({"hospital"})  # after the verb: "in Kathmandu on Sunday"
    assert things_opened([BY_TRADITION]) == frozenset({"hospital"})
    assert things_opened([ALSO]) == frozenset({"building"})
    assert things_opened([BRIDGE]) == frozenset({"bridge"})
    assert before_passive_openings(PUBLIC) == []  # opened "to the public": no ceremony
    assert things_opened([PUBLIC]) == frozenset()


def test_a_passive_opening_is_the_occasions_act_only_with_its_ceremony() -> None:
    opened = "The port was officially opened in a ceremony attended virtually by the two presidents"
    assert tells_passive_opening(opened)
    assert speaks_of_occasion(prepare(make_fact("x", "s", opened, "2024-11-14", kind="event")))
    assert not tells_passive_opening("The first embassy of Kazakhstan in Europe was opened 30 years ago in Budapest")
    assert not tells_passive_opening(BRIDGE)  # no adverb nor people of a ceremony: read by its other words, if any
    assert not tells_passive_opening("The market was opened up to foreign investors")


def test_a_line_on_the_thing_opened_is_not_told_before_the_occasion() -> None:
    """A preview of the opening, dated days before it, describes the hospital: the line stays with the occasion."""
    facts = [
        make_fact("a", "dbw", INAUGURATED, "2009-06-21", kind="event", topics=("health",)),
        make_fact("b", "dbw", BEDS, "2009-06-17", kind="statement", topics=("health",)),
        make_fact("c", "dbw", "Nepal and China signed an agreement on health cooperation.", "2009-06-17", kind="event"),
    ]
    prepared = [prepare(f) for f in facts]
    start = dt.date(2009, 6, 21)
    assert told_before(prepared[1], start)  # by its date alone
    assert before_dropped([0, 1, 2], prepared, start) == [0, 1]  # the signing days before is still left out
