"""One occasion, however differently worded: happenings of the same two parties days apart are compared in full.

Invented leaders and countries; the filler facts make the words every report
of a signing uses ("signed", "documents", "cooperation") common, as they are
in a real corpus, so that the two reports share no rare word.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.evidence import one_occasion, prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event", **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("agreements",), **value)


PARTIES = ("Norland", "Sudmark")
SIGNED = (
    "Nordhavn and Sudby on Monday signed 27 documents aimed at expanding bilateral cooperation in various sectors"
    " at a ceremony attended by the two presidents."
)
MORE_THAN = "Norland and Sudmark have signed more than 20 cooperation documents to expand bilateral cooperation in various sectors."


def filler() -> list[Fact]:
    """Reports of other signings, by other parties in other years: they make the common words common."""
    found = []
    for n in range(60):
        words = " in various sectors to expand trade" if n % 6 == 0 else ""
        quote = f"Ostmark and Westland signed {n + 3} cooperation documents on bilateral ties{words}."
        found.append(fact(f"other-{n}", f"filler-{n}", quote, f"20{10 + n % 9}-0{1 + n % 9}-1{n % 9}", (f"Ostmark{n}", f"Westland{n}")))
    return found


def test_two_reports_of_one_signing_with_no_rare_word_in_common_are_linked() -> None:
    a = fact("signed", "outlet-a", SIGNED, "2031-05-27", PARTIES, amount=27, unit="documents")
    b = fact("more-than", "outlet-b", MORE_THAN, "2031-05-29", PARTIES, low=20, unit="documents")
    found = propose_links([a, b, *filler()], LinkDecisions())
    assert any({"signed", "more-than"} <= set(p.fact_ids) for p in found)


def test_happenings_weeks_apart_or_with_one_party_in_common_are_not_one_occasion() -> None:
    a = prepare(fact("a", "outlet-a", SIGNED, "2031-05-27", PARTIES))
    assert one_occasion(a, prepare(fact("b", "outlet-b", MORE_THAN, "2031-05-29", PARTIES)))
    assert one_occasion(a, prepare(fact("b", "outlet-b", MORE_THAN, "2031-05", PARTIES)))  # a month holds the day
    assert not one_occasion(a, prepare(fact("b", "outlet-b", MORE_THAN, "2031-06-20", PARTIES)))
    assert not one_occasion(a, prepare(fact("b", "outlet-b", MORE_THAN, "2031-05-28", ("Norland", "Ostmark"))))
    # a statement, or a plan stating a figure (a target), is not a happening
    assert not one_occasion(a, prepare(fact("b", "outlet-b", MORE_THAN, "2031-05-28", PARTIES, kind="statement")))
    target = fact(
        "b",
        "outlet-b",
        "Norland and Sudmark aim to raise trade to $5 billion.",
        "2031-05-28",
        PARTIES,
        kind="plan",
        amount=5000000000,
        unit="USD",
    )
    assert not one_occasion(a, prepare(target))


CEREMONY = "The signing ceremony took place at the palace in the capital, following a meeting between Nord and Sud in a narrow format."
TALKS = "Nord and Sud held talks on Monday and signed a number of agreements aimed at deepening relations."


def test_two_events_of_one_occasion_are_proposed_as_one_event_and_a_month_apart_they_are_not() -> None:
    parties = ("Nord", "Sud")
    ceremony = fact("ceremony", "outlet-a", CEREMONY, "2031-05-27", parties)
    talks = fact("talks", "outlet-b", TALKS, "2031-05-27", parties)
    [proposal] = [p for p in propose_links([ceremony, talks, *filler()], LinkDecisions()) if "ceremony" in p.fact_ids]
    assert set(proposal.fact_ids) == {"ceremony", "talks"} and proposal.kind == "event"
    later = fact("talks", "outlet-b", TALKS, "2031-06-28", parties)
    assert not [p for p in propose_links([ceremony, later, *filler()], LinkDecisions()) if "ceremony" in p.fact_ids]


def test_only_a_statement_naming_two_parties_is_asked_whether_the_sides_agreed_it() -> None:
    """article_occasion asks said_of_occasion only of facts whose entities give two party keys: it is False for the others."""
    from briefgen.corpus.occasion_words import said_of_occasion

    quote = "Xi and Trong on Tuesday agreed that their countries will build a shared future."
    item = prepare(make_fact("s", "a", quote, "2023-12-12", entities=("Xi Jinping", "Nguyen Phu Trong"), kind="statement"))
    assert said_of_occasion(item, frozenset({"jinpi", "trong"}))
    assert not said_of_occasion(item, frozenset({"jinpi"}))
    assert not said_of_occasion(item, frozenset())
