"""Restated: a statement of an occasion's report, told as another report tells a part of it, joins the occasion.

Real sentences of two outlets' reports of the Italy-Germany intergovernmental
summit in Rome, January 2026 (tests/fixtures/intake_final96): buzb's and the
Daily Guardian's.  Merz's words on the 75 years of relations are background by
their words ("75 years"), so the occasion leaves them out; the Daily Guardian
gives them as a part of the summit.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.evidence import prepare, wording
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.restated import RESTATED_WORDING, restatements, with_retellings
from briefgen.corpus.retold import RETOLD_WORDING
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2026-01", entities=entities, kind=kind, topics=("visits",))


#: buzb's line on what Merz said: a leader speaking of the relation's history, no part by its own words.
MERZ = fact(
    "buzb-merz",
    "buzb",
    "Friedrich Merz noted that Italy and Germany have never been closer after 75 years of diplomatic relations.",
    ("Friedrich Merz", "Italy", "Germany"),
    kind="statement",
)

#: The Daily Guardian's line on the same words, a part of the summit as its report tells it.
GUARDIAN_MERZ = fact(
    "guardian-merz",
    "dailyguardian",
    "Following 75 years of diplomatic relations, “Italy and Germany are closer than ever before” Merz said, “We want to "
    "strengthen industrial competitiveness and enhance security”.",
    ("Friedrich Merz", "Italy", "Germany"),
    kind="statement",
)


def summit() -> list[Fact]:
    """The two reports of the summit: where it took place, what was signed at it."""
    return [
        fact(
            "buzb-took-place",
            "buzb",
            "On Friday, the Italy–Germany intergovernmental summit took place in Rome.",
            ("Italy", "Germany", "Rome"),
        ),
        fact(
            "buzb-signed",
            "buzb",
            "During the summit, seven bilateral agreements were signed covering agriculture, culture, mining, technology, "
            "and universities.",
            ("Italy", "Germany"),
        ),
        fact(
            "buzb-agreed",
            "buzb",
            "Italian Prime Minister Giorgia Meloni and German Chancellor/party leader Friedrich Merz agreed on a new plan for strategic "
            "cooperation.",
            ("Giorgia Meloni", "Friedrich Merz"),
        ),
        MERZ,
        fact(
            "guardian-focused",
            "dailyguardian",
            "The summit focused on strengthening EU strategic autonomy, boosting industrial competitiveness – particularly the automotive "
            "sector – and deepening cooperation on defence, energy and migration.",
            ("Italy", "Germany", "European Union"),
        ),
        fact(
            "guardian-signed",
            "dailyguardian",
            "During the summit, the two governments signed seven bilateral understandings, including in fields of agriculture, culture, "
            "mining, technology and universities, as well as two agreements.",
            ("Italy", "Germany"),
        ),
        GUARDIAN_MERZ,
    ]


def occasions(proposals: list[Any]) -> list[Any]:
    return [p for p in proposals if p.kind == "event" and "one occasion" in p.evidence]


def test_a_statement_restating_a_part_joins_its_reports_occasion() -> None:
    """buzb's "Friedrich Merz noted that..." joins the summit with the Daily Guardian's line.

    Since round 73 it opens on its speaker and is read as said there (see test_speaker_first) before any
    restatement is sought; the restatement itself is read below (:func:`_restated`)."""
    [occasion] = occasions(propose_links(summit(), LinkDecisions()))
    assert {"buzb-merz", "guardian-merz", "buzb-took-place", "guardian-signed"} <= set(occasion.fact_ids)


def test_its_likeness_is_below_a_retelling() -> None:
    """The two lines are alike enough for a statement of the summit's own report, not for a retelling from anywhere."""
    prepared = {f.id: prepare(f) for f in (MERZ, GUARDIAN_MERZ)}
    assert RETOLD_WORDING > wording(prepared[MERZ.id], prepared[GUARDIAN_MERZ.id]) >= RESTATED_WORDING


def _restated(statement: Fact) -> list[list[Fact]]:
    """What joins the summit's facts (buzb's Merz line aside) when ``statement`` is scored with the Daily Guardian's."""
    occasion = [f for f in summit() if f.id != MERZ.id]
    prepared = {f.id: prepare(f) for f in [*occasion, statement]}
    return restatements([occasion], [(GUARDIAN_MERZ, statement)], prepared)


def test_the_same_words_in_a_report_of_no_part_of_the_occasion_do_not_join() -> None:
    """A report with no fact in the occasion restates nothing of it: only the occasion's own reports are read."""
    elsewhere = fact(MERZ.id, "otherpage", MERZ.quote, ("Friedrich Merz", "Italy", "Germany"), kind="statement")
    assert _restated(elsewhere) == [[]]
    assert _restated(MERZ) == [[MERZ]]


def test_a_writers_line_does_not_join_however_alike() -> None:
    """The same words with no one speaking are the writer's background, not a participant's statement."""
    line = fact(
        MERZ.id,
        "buzb",
        "Italy and Germany have never been closer after 75 years of diplomatic relations.",
        ("Italy", "Germany"),
        kind="statement",
    )
    assert _restated(line) == [[]]


def test_an_event_does_not_join() -> None:
    """Only statements are read: events and plans that speak joined a wrong pair for every two or three right ones."""
    event = fact(MERZ.id, "buzb", MERZ.quote, ("Friedrich Merz", "Italy", "Germany"))
    assert _restated(event) == [[]]


def test_with_retellings_joins_the_statement_to_its_occasion_and_says_why() -> None:
    """The occasion takes the statement that restates its part, in date order, and its reason says so."""
    occasion = [f for f in summit() if f.id != MERZ.id]
    prepared = {f.id: prepare(f) for f in [*occasion, MERZ]}
    [(members, why)] = with_retellings([(occasion, "one summit")], [(GUARDIAN_MERZ, MERZ)], prepared)
    assert members == sorted([*occasion, MERZ], key=lambda f: (f.date.sort_key(), f.id))
    assert why == "one summit; with 1 statement(s) of its reports that restate its parts"
    assert with_retellings([(occasion, "one summit")], [], prepared) == [(occasion, "one summit")]
