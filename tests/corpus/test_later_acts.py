"""A later act at home (a cabinet's approval, a ratification) is its own occasion, not a part of the visit it recalls.

Invented leaders and countries: Oskaro of Sudmark visits Norland on 3-4 March
2031 and a river memorandum is signed; three weeks later Norland's cabinet
approves it, and the pages on the approval recall the signing.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.occasions import find_occasions
from tests.corpus.builders import make_fact

PARTIES = ["Norland", "Sudmark"]


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=PARTIES, kind=kind, topics=("visits",))


def visit_pages() -> list[Fact]:
    """A dated report of the signing and an undated one (known to its month), which meets any day of March."""
    return [
        fact("v-sign", "herald", "Norland and Sudmark signed a memorandum on the Vell river during the visit.", "2031-03-04"),
        fact("v-talks", "herald", "Norland and Sudmark held talks on river transport.", "2031-03-04"),
        fact("m-arrive", "weekly", "The Sudmark president arrived in Norland on a two-day visit.", "2031-03"),
        fact("m-sign", "weekly", "Norland and Sudmark signed five memorandums at the palace.", "2031-03"),
    ]


def approval_page(source: str, verb: str) -> list[Fact]:
    """A page on a later act that recalls the signing of 4 March."""
    return [
        fact(f"{source}-act", source, f"The Norland cabinet on Monday {verb} the memorandum with Sudmark on the Vell river.", "2031-03-24"),
        fact(f"{source}-recall", source, "The memorandum was signed on 4 March between Norland and Sudmark.", "2031-03-04"),
        fact(
            f"{source}-plan",
            source,
            "The memorandum will let Norland and Sudmark each draw water from the Vell.",
            "2031-03-24",
            kind="plan",
        ),
    ]


def occasions(facts: list[Fact]) -> list[set[str]]:
    prepared = [prepare(f) for f in facts]
    return [{prepared[i].fact.id for i in o.members} for o in find_occasions(prepared)]


def test_the_approval_is_its_own_occasion_and_only_the_recalled_signing_goes_to_the_visit() -> None:
    found = occasions(visit_pages() + approval_page("daily", "gave its approval to") + approval_page("post", "approved"))
    visit = next(o for o in found if "v-sign" in o)
    assert {"daily-recall", "post-recall"} <= visit
    assert not visit & {"daily-act", "post-act", "daily-plan", "post-plan"}
    assert {"daily-act", "post-act", "daily-plan", "post-plan"} in found


def test_a_ratification_or_entry_into_force_is_a_later_act_too() -> None:
    facts = visit_pages() + approval_page("daily", "ratified") + approval_page("post", "said the memorandum entered into force and")
    visit = next(o for o in occasions(facts) if "v-sign" in o)
    assert not visit & {"daily-act", "post-act"}


def test_an_approval_reported_at_the_visit_itself_stays_a_part_of_it() -> None:
    same_day = [
        fact("d-act", "daily", "Norland and Sudmark approved a joint statement at the talks.", "2031-03-04"),
        fact("d-sign", "daily", "Norland and Sudmark signed a memorandum on the Vell river.", "2031-03-04"),
    ]
    visit = next(o for o in occasions(visit_pages() + same_day) if "v-sign" in o)
    assert {"d-act", "d-sign"} <= visit


def figure_fact(fact_id: str, source: str, quote: str, date: str, high: int) -> Fact:
    """An event report that states a figure: its kind stays "event"."""
    return make_fact(fact_id, source, quote, date, entities=PARTIES, kind="event", topics=("visits",), unit="cusecs", high=high)


def test_the_agreements_own_figure_joins_the_later_act_to_the_signing_that_gave_it() -> None:
    facts = [
        *visit_pages(),
        figure_fact(
            "v-terms", "herald", "Norland and Sudmark signed a memorandum to draw up to 90 cusecs each from the Vell.", "2031-03-04", 90
        ),
        figure_fact(
            "d-act", "daily", "The Norland cabinet approved the memorandum with Sudmark on up to 90 cusecs each.", "2031-03-24", 90
        ),
        fact("d-recall", "daily", "The memorandum was signed on 4 March between Norland and Sudmark.", "2031-03-04"),
        figure_fact("d-other", "daily", "The Norland cabinet approved a loan to Sudmark of up to 40 cusecs.", "2031-03-24", 40),
    ]
    found = occasions(facts)
    assert {"v-terms", "d-act"} in found
    assert not any({"d-other", "v-terms"} <= o for o in found)
