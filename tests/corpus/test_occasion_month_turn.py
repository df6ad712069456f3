"""A page with no day of its own, filed under the month after a visit's start, still joins the visit.

Real sentences of half A (intake_final68): Prachanda's visit to India of 31 May
to 3 June 2023, as UrduPoint told his departure in its page of 31 May and
EQ Mag Pro told the talks in a page with no date of its own, filed under June
2023 (see :func:`briefgen.corpus.month_pages.meets_across_month`).
"""

from __future__ import annotations

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.month_pages import meets_across_month
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

BOTH = ("Pushpa Kamal Dahal", "Nepal", "Narendra Modi", "India")


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=BOTH, kind=kind, topics=("visits",))


def urdupoint(date: str = "2023-05-31") -> list[Fact]:
    """The page of the day he left: its lines dated to that day."""
    return [
        fact(
            "u-left",
            "urdupoint",
            "Nepali Prime Minister Pushpa Kamal Dahal left for a four-day visit to India on Wednesday afternoon, "
            "with a number of deals expected to be inked during the tour.",
            date,
        ),
        fact(
            "u-delegation",
            "urdupoint",
            "Dahal is leading a delegation comprising nearly 100 members for his first foreign trip "
            "since he took office in December last year.",
            date,
        ),
    ]


def eqmagpro(month: str = "2023-06") -> list[Fact]:
    """The page with no date: every line dated by the month it was filed under."""
    return [
        fact(
            "q-announced",
            "eqmagpro",
            "Prime Minister Narendra Modi and his Nepal counterpart Pushpa Kamal Dahal ‘Prachanda’ announced the completion of a "
            "long-term power trade deal, as well as the signing of seven documents in areas of trade, energy, infrastructure among others.",
            month,
        ),
        fact(
            "q-visit",
            "eqmagpro",
            "Prachanda, who is on an official four-day visit to India since becoming the prime minister last December, "
            "held talks with Modi.",
            month,
        ),
    ]


def occasion_members(facts: list[Fact]) -> set[str]:
    proposals = [p for p in propose_links(facts, LinkDecisions()) if p.kind == "event" and "one occasion" in p.evidence]
    return set().union(*(p.fact_ids for p in proposals))


def test_an_undated_page_filed_under_june_joins_the_visit_begun_on_31_may() -> None:
    found = occasion_members([*urdupoint(), *eqmagpro()])
    assert {"u-left", "q-announced", "q-visit"} <= found


def test_a_page_of_a_day_in_june_does_not_join_a_visit_in_may_by_its_day_alone() -> None:
    """Two pages dated to their days stay one month apart when their days are a week apart or more."""
    found = occasion_members([*urdupoint("2023-05-20"), *eqmagpro()])
    assert not found


def test_the_month_meets_days_a_week_either_side_of_it_and_no_further() -> None:
    june = PartialDate.parse("2023-06")
    assert meets_across_month(june, PartialDate.parse("2023-05-31"), 7)
    assert meets_across_month(june, PartialDate.parse("2023-07-03"), 7)
    assert not meets_across_month(june, PartialDate.parse("2023-05-20"), 7)
    assert not meets_across_month(PartialDate.parse("2023-06-01"), PartialDate.parse("2023-05-31"), 7)
