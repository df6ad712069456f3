"""The thing a visit opens: a report's lines on the hospital or the facility inaugurated are parts of its occasion.

Real sentences of reports no labelled set holds: the Mahatma Gandhi Memorial Hospital, built with India's grant, inaugurated
at Bhojpur, Nepal, on Thursday 17 March 2022 by Nepal's minister Gyanendra Bahadur Karki and India's deputy chief of
mission (ANI and The Himalayan Times of 03-17, Spotlight Nepal of 03-19); against them the background those reports tell
(India's 523 projects in Nepal since 2003, the hospital's cost) and the Laos-Myanmar Friendship Bridge's history (an
agreement at a visit of 2012, its construction from 2013).
"""

from __future__ import annotations

import itertools

from briefgen.corpus.evidence import prepare
from briefgen.corpus.occasion_words import speaks_of_occasion
from briefgen.corpus.opened import names_thing_opened, of_thing_opened, things_opened
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

DAY = PartialDate.parse("2022-03-17")
INAUGURATED = (
    "Minister for Communications and Information Technology Gyanendra Bahadur Karki inaugurated the Mahatma Gandhi Memorial "
    "Hospital Building at Dingle of Bhojpur district on Thursday."
)
BUILT = "The hospital building was constructed with the grant assistance of the Government of India."
SERVES = "This hospital is expected to provide better access to quality health care services to the people of Bhojpur and nearby districts."
PROJECTS = "India has taken up over 523 HICDPs in Nepal and has completed 467 projects since 2003."
COST = "The building was built at the cost of Rs 22.60 million."
AGREED = (
    "The governments of Laos and Myanmar reached an agreement on building the bridge during an official goodwill visit to Laos "
    "by Myanmar President Thein Sein in 2012."
)
STARTED = (
    "Construction of the bridge started in 2013, costing 26 million U.S. dollars and it had been completed by five months in "
    "advance of schedule."
)


def line(quote: str, date: str = "2022-03-17", kind: str = "statement") -> bool:
    """Whether the rule takes ``quote``, a line of a report of the hospital's opening, as a part of it."""
    fact = make_fact("x", "spotlightnepal", quote, date, kind=kind, topics=("development",))
    return of_thing_opened(prepare(fact), things_opened([INAUGURATED]), DAY)


def test_an_inauguration_speaks_of_its_occasion() -> None:
    assert speaks_of_occasion(prepare(make_fact("x", "spotlightnepal", INAUGURATED, "2022-03-19", kind="event")))


def test_the_things_opened_are_the_nouns_after_the_act_of_opening() -> None:
    assert things_opened([INAUGURATED]) == frozenset({"hospital", "building"})
    dedicated = "Defence Minister Rajnath Singh will dedicate a manufacturing facility of Tata Advanced Systems to produce wheeled armoured"
    assert things_opened([dedicated]) == frozenset({"facility"})
    assert things_opened([BUILT, SERVES]) == frozenset()  # no act of opening


def test_a_line_naming_the_thing_back_is_a_part_on_the_occasions_days() -> None:
    assert line(BUILT)
    assert line(SERVES, "2022-03-19")  # the page of two days later
    assert not line(SERVES, "2022-05-02")  # another month's line on the hospital
    assert not names_thing_opened(SERVES, frozenset())  # nothing opened: "this hospital" points to nothing of the occasion


def test_background_on_the_thing_stays_out() -> None:
    assert not line(PROJECTS)  # names no thing opened
    assert not line(COST)  # its cost, a figure
    bridge = frozenset({"bridge"})
    assert names_thing_opened(AGREED, bridge)
    for quote, kind in itertools.product((AGREED, STARTED), ("statement", "event")):  # its history: another visit, another year
        fact = make_fact("x", "egypttoday", quote, "2015-05-10", kind=kind, topics=("transport",))
        assert not of_thing_opened(prepare(fact), bridge, PartialDate.parse("2015-05-09"))
