"""What a visit's preview tells of the days before it is background, not a part of the visit.

Invented leaders and countries.  A preview written five days ahead of the
visit announces it (kept: a plan, a word looking forward to it) and tells what
had already happened (left out: ministers who have visited, a meeting held
that week).
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, visit


def fact(fact_id: str, quote: str, entities: tuple[str, ...], kind: str, date: str = "2031-02-26") -> Fact:
    return make_fact(fact_id, "preview", quote, date, entities=entities, kind=kind, topics=("visits",))


def preview() -> list[Fact]:
    """The Preview's article of 26 February on Oskaro's visit to Norland of 3-4 March."""
    return [
        fact("p-plan", "Oskaro will pay a state visit to Norland on 3 and 4 March.", (GUEST[0], "Norland"), "plan", "2031-03-03"),
        fact("p-ahead", "I look forward to my talks with President Marden in Norland, Oskaro said.", (GUEST[0], HOST[0]), "statement"),
        fact("p-remark", "This is his first visit to Norland since Oskaro took office.", (GUEST[0], "Norland"), "statement"),
        fact(
            "p-ministers",
            "At least four ministers of Sudmark have visited Norland and met Marden, the envoy said.",
            ("Sudmark", "Norland", HOST[0]),
            "statement",
        ),
        fact("p-envoy", "The Norland envoy also met Oskaro's foreign minister in Sudmark on Monday.", ("Norland", "Sudmark"), "event"),
    ]


def occasion(proposals: list[Any]) -> Any:
    found = [p for p in proposals if p.kind == "event" and "one occasion" in p.evidence]
    assert len(found) == 1, [p.describe() for p in proposals]
    return found[0]


def test_a_preview_gives_the_visit_its_announcements_but_not_what_happened_before_it() -> None:
    proposal = occasion(propose_links(visit() + preview(), LinkDecisions()))
    # announced, looked forward to, remarked on: parts of the visit; a statement of the visit's own days is too
    assert {"p-plan", "p-ahead", "p-remark", "a-arrive", "b-sign", "b-view"} <= set(proposal.fact_ids)
    # what had happened, or was said, five days before it: background
    assert not {"p-ministers", "p-envoy"} & set(proposal.fact_ids)


def test_what_happened_on_the_eve_of_the_visit_stays_with_it() -> None:
    eve = [fact("p-envoy", "The Norland envoy met Oskaro's foreign minister in Sudmark.", ("Norland", "Sudmark"), "event", "2031-03-02")]
    proposal = occasion(propose_links(visit() + preview()[:1] + eve, LinkDecisions()))
    assert "p-envoy" in proposal.fact_ids
