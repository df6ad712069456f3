"""What the two sides did at a visit, told as narration with no visit word, is a part of its occasion; background is not.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  A third outlet's readout tells
the talks once, then what came of them: "the two countries resolved to raise
their ties", "both leaders explored ways to...", "Norland and Sudmark elevated
their relationship...".  Those join the visit; what the two sides did before it
("recently", "have been working", a year), what one side did alone, and what
the two did on another day stay out.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.readouts import told_of_talks
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, occasion, visit

SIDES = frozenset({party_key("Norland"), party_key("Sudmark")})
MARCH = PartialDate.parse("2031-03-03")


def event(fact_id: str, quote: str, entities: tuple[str, ...], date: str = "2031-03-03") -> Fact:
    return make_fact(fact_id, "herald", quote, date, entities=entities, kind="event", topics=("visits",))


def told(quote: str, entities: tuple[str, ...] = ("Norland", "Sudmark"), date: str = "2031-03-03") -> bool:
    return told_of_talks(prepare(event("e", quote, entities, date)), frozenset(map(party_key, entities)), SIDES, MARCH)


def _readout() -> list[Fact]:
    """A third outlet's readout: the talks named once, then three things the two sides did there, in no visit word."""
    return [
        event("c-talks", "Oskaro held talks with Marden in the capital on Monday.", (GUEST[0], HOST[0])),
        event("c-raise", "The two countries resolved to raise their ties to a strategic partnership.", ("Norland", "Sudmark")),
        event("c-explore", "Both leaders explored ways to reopen the river to barges.", (HOST[0], GUEST[0])),
        event("c-elevate", "Norland and Sudmark elevated their relationship to a comprehensive partnership.", ("Norland", "Sudmark")),
        event("c-drills", "Both countries recently held joint naval drills on the Velt.", ("Norland", "Sudmark")),
        event("c-floods", "Floods closed the northern road in Norland.", ("Norland",)),
    ]


def test_what_the_two_sides_did_at_the_talks_joins_the_visit_and_what_they_did_before_does_not() -> None:
    members = set(occasion(propose_links([*visit(), *_readout()], LinkDecisions())).fact_ids)
    assert {"c-talks", "c-raise", "c-explore", "c-elevate", "a-arrive"} <= members
    assert "c-drills" not in members  # done before the visit
    assert "c-floods" not in members  # news of one side


def test_an_event_of_the_two_sides_on_the_visits_days_is_told_of_its_talks() -> None:
    assert told("The two countries resolved to raise their ties to a strategic partnership.")
    assert told("Both leaders explored ways to reopen the river.", (HOST[0], GUEST[0]))
    assert told("The two sides endorsed a programme of cooperation.", ("Sudmark",))
    assert told("Norland and Sudmark elevated their relationship.", date="2031-03")  # a page dated to the month only


def test_background_one_side_alone_or_another_day_is_not_told_of_the_talks() -> None:
    assert not told("Both countries recently held joint naval drills.")
    assert not told("Norland and Sudmark have been working together to mediate a truce.")
    assert not told("Norland and Sudmark first signed a river pact in 2019.")
    assert not told("Norland and Sudmark elevated their ties last year.")
    assert not told("Marden was sworn in as president of Norland.", (HOST[0], "Norland", "Sudmark"))
    assert not told("Floods closed the northern road in Norland.", ("Norland",))
    # a page more than a week after the talks (up to a week, it dates a report of them: see corpus.reported)
    assert not told("Norland and Sudmark elevated their relationship.", date="2031-03-12")
    quote = "The two countries resolved to raise their ties."
    statement = make_fact("s", "herald", quote, "2031-03-03", entities=("Norland", "Sudmark"), kind="statement")
    assert not told_of_talks(prepare(statement), SIDES, SIDES, MARCH)  # a statement is read by what was said
