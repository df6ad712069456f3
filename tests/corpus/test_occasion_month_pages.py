"""What a page dated to its month only tells of a visit's day joins the visit; a page of a day's month-only line does not.

Real sentences of half A (intake_final22): Tinubu's talks with Xi in Beijing on
Tuesday 3 September 2024, as BizWatch Nigeria told them in its page of the 4th
and BusinessDay in a page with no date of its own, whose lines are dated to
September 2024 only (see :mod:`briefgen.corpus.month_pages`).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.month_pages import dated_by_month
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact

TINUBU = ("Bola Tinubu", "Nigeria")
XI = ("Xi Jinping", "China")
BOTH = (*TINUBU, *XI)


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...] = BOTH, kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def bizwatch() -> list[Fact]:
    """The page of the day after the talks: its lines dated to the talks' day."""
    return [
        fact(
            "w-meeting",
            "bizwatch",
            "This was revealed during their meeting at the Great Hall in Beijing, when Tinubu was on a state visit at Xi’s request.",
            "2024-09-03",
        ),
        fact(
            "w-signing",
            "bizwatch",
            "The meeting culminated in the signing of a Memorandum of Understanding (MoU) on Belt and Road Initiative projects.",
            "2024-09-03",
        ),
        fact(
            "w-proposed",
            "bizwatch",
            "Xi proposed elevating bilateral ties to a comprehensive strategic partnership.",
            "2024-09-03",
            kind="statement",
        ),
    ]


def businessday(*extra: Fact) -> list[Fact]:
    """The page with no date: one line gives the talks' day, the rest are dated by the page's month."""
    return [
        fact(
            "d-signing",
            "businessday",
            "During the meeting, both presidents witnessed the signing of several Memoranda of Understanding (MOUs).",
            "2024-09-03",
        ),
        fact(
            "d-witnessed",
            "businessday",
            "They also witnessed the memorandum of understanding signed on cooperation in the peaceful application of nuclear energy.",
            "2024-09",
        ),
        *extra,
    ]


def occasion_members(facts: list[Fact]) -> set[str]:
    proposals = [p for p in propose_links(facts, LinkDecisions()) if p.kind == "event" and "one occasion" in p.evidence]
    return set().union(*(p.fact_ids for p in proposals))


def test_a_statement_of_a_page_dated_to_its_month_joins_the_visit_of_a_day_in_it() -> None:
    upgraded = fact(
        "d-upgraded",
        "businessday",
        "We have upgraded the relationship to more than what is just strategic — but a comprehensive developmental partnership.",
        "2024-09",
        kind="statement",
    )
    found = occasion_members([*bizwatch(), *businessday(upgraded)])
    assert {"d-upgraded", "w-meeting", "d-signing"} <= found


def test_a_month_only_statement_in_a_page_of_a_day_stays_out() -> None:
    upgraded = fact(
        "w-upgraded",
        "bizwatch",
        "We have upgraded the relationship to more than what is just strategic — but a comprehensive developmental partnership.",
        "2024-09",
        kind="statement",
    )
    found = occasion_members([*bizwatch(), upgraded, *businessday()])
    assert "w-upgraded" not in found and {"w-meeting", "d-signing"} <= found


def test_a_page_is_dated_by_its_month_when_most_of_its_facts_are() -> None:
    assert dated_by_month([prepare(f) for f in businessday()])
    assert not dated_by_month([prepare(f) for f in bizwatch()])
    assert not dated_by_month([])
