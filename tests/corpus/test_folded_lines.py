"""A small proposal of one visit's line, carried by two of its reports, is folded into the visit's occasion.

Invented leaders and countries (Oskaro of Sudmark in Norland on 3-4 March 2031,
reported by the Gazette and the Courier).  In: a figure both reports carry, dated
on the visit's days.  Out: a line of an article the occasion holds nothing of,
background dated before the visit, plans, lines dated only to the month, and a
line that two occasions could both claim.
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.folded import folded
from briefgen.corpus.models import Fact
from tests.corpus.builders import make_fact

PARTIES = ("Norland", "Sudmark")


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=PARTIES, kind=kind, topics=("visits",))


def occasion() -> list[Fact]:
    return [
        fact("a-arrive", "gazette", "Oskaro of Sudmark arrived in Norland on Monday.", "2031-03-03"),
        fact("b-sign", "courier", "Norland and Sudmark signed nine memorandums on Tuesday.", "2031-03-04"),
    ]


def folds(small: list[Fact], *occasions: list[Fact]) -> dict[int, list[int]]:
    by_id: dict[str, Prepared] = {f.id: prepare(f) for f in small + [f for o in occasions for f in o]}
    return folded([tuple(f.id for f in small)], [tuple(f.id for f in o) for o in occasions], by_id)


def test_a_line_both_reports_carry_on_the_visit_days_is_folded_into_it() -> None:
    line = [
        fact("a-chapter", "gazette", "Oskaro said it opens a new chapter.", "2031-03-03", "statement"),
        fact("b-chapter", "courier", "A new chapter opens, Oskaro said.", "2031-03-04", "statement"),
    ]
    assert folds(line, occasion()) == {0: [0]}


def test_plans_alike_or_lines_dated_only_to_the_month_stay_apart() -> None:
    plan = [
        fact("a-due", "gazette", "Sudmark will complete its formalities by Friday.", "2031-03-04", "plan"),
        fact("b-due", "courier", "Formalities in Sudmark are to be completed by Friday.", "2031-03-04", "plan"),
    ]
    month = [
        fact("a-ties", "gazette", "Ties between Norland and Sudmark are warm.", "2031-03", "statement"),
        fact("b-ties", "courier", "Norland and Sudmark enjoy warm ties.", "2031-03", "statement"),
    ]
    assert folds(plan, occasion()) == {}
    assert folds(month, occasion()) == {}
    assert folds(occasion(), occasion()) == {}  # already inside it: nothing to fold


def test_a_line_of_another_article_background_or_another_trip_stays_apart() -> None:
    elsewhere = [
        fact("a-chapter", "gazette", "Oskaro said it opens a new chapter.", "2031-03-03", "statement"),
        fact("c-chapter", "herald", "A new chapter opens, Oskaro said.", "2031-03-04", "statement"),
    ]
    before = [
        fact("a-last", "gazette", "Norland and Sudmark last met in November.", "2030-11", "event"),
        fact("b-last", "courier", "The two sides last met in November.", "2030-11", "event"),
    ]
    trip = [
        fact("a-next", "gazette", "Oskaro will then head to Westmark.", "2031-03-05", "plan"),
        fact("b-next", "courier", "Oskaro will then travel on to Westmark.", "2031-03-05", "plan"),
    ]
    for small in (elsewhere, before, trip):
        assert folds(small, occasion()) == {}


def test_a_line_two_occasions_could_claim_is_left_alone() -> None:
    line = [
        fact("a-chapter", "gazette", "Oskaro said it opens a new chapter.", "2031-03-03", "statement"),
        fact("b-chapter", "courier", "A new chapter opens, Oskaro said.", "2031-03-04", "statement"),
    ]
    other = [
        fact("a-port", "gazette", "Oskaro toured the port of Norland.", "2031-03-03"),
        fact("b-port", "courier", "Oskaro visited the Norland port.", "2031-03-04"),
    ]
    assert folds(line, occasion(), other) == {}
