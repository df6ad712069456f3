"""A word or act of a visit, dated by the page that reports it a few days later, is a part of its occasion.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031; the Herald's page puts it on
the last day).  The Herald's lines that carry no day of their own are dated by
its page, two days after the visit (see :mod:`briefgen.corpus.reported`).  A
line dated before the visit, or weeks after it, stays out.
"""

from __future__ import annotations

from briefgen.corpus.models import Fact
from briefgen.corpus.reported import reported_after
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_speech_acts import BOTH, members, statement


def event(fact_id: str, quote: str, date: str) -> Fact:
    return make_fact(fact_id, "herald", quote, date, entities=BOTH, kind="event", topics=("visits",))


def test_what_was_said_and_agreed_reported_two_days_later_joins_the_visit() -> None:
    found = members(
        statement("c-told", "Oskaro told Marden that the river tolls were unfair to Sudmark's barges.", "2031-03-06"),
        event("c-agreed", "Marden and Oskaro agreed to reopen the ferries on the upper river.", "2031-03-06"),
    )
    assert {"c-told", "c-agreed", "a-arrive"} <= found


def test_a_word_dated_before_the_visit_or_weeks_after_it_stays_out() -> None:
    found = members(
        statement("c-eve", "Oskaro told Marden that the river tolls were unfair to Sudmark's barges.", "2031-03-01"),
        statement("c-weeks", "Oskaro told Marden that the river tolls were unfair to Sudmark's barges.", "2031-03-25"),
    )
    assert not {"c-eve", "c-weeks"} & found and "a-arrive" in found


def test_only_a_day_a_few_days_after_the_occasions_day_is_reported_after_it() -> None:
    visit_day = PartialDate.parse("2031-03-04")
    assert reported_after(PartialDate.parse("2031-03-06"), visit_day)
    assert reported_after(PartialDate.parse("2031-03-11"), visit_day)
    assert not reported_after(PartialDate.parse("2031-03-12"), visit_day)
    assert not reported_after(PartialDate.parse("2031-03-04"), visit_day)
    assert not reported_after(PartialDate.parse("2031-03-02"), visit_day)
    assert not reported_after(PartialDate.parse("2031-03"), visit_day)  # a month only is no page's day
