"""A span of time ahead ("anchor our cooperation for the next 50 years") is no background: the statement joins its visit.

Real sentences of half A of the labelled sets: Narendra Modi's visit to Oman
(intake_final46, December 2025), Xi Jinping's talks with Lula
(intake_final4), Fumio Kishida's with Anthony Albanese (intake_final38,
October 2022), To Lam's words on defence co-operation (intake_final40);
against them, spans of time past, which stay background.
"""

from __future__ import annotations

from briefgen.corpus.ahead import without_span_ahead
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import told_as_background
from tests.corpus.builders import make_fact

FELT = "“Today, we are taking a historic step forward in India-Oman relations, whose positive impact will be felt for decades to come."
ANCHOR = 'President Xi highlighted their determination to "anchor our cooperation for the next 50 years."'
COMPASS = (
    'The declaration is "a compass showing the direction of the bilateral security and defense cooperation for the coming'
    ' 10 years," Kishida told a joint news conference with Albanese.'
)


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2025-12-18", entities=entities, kind=kind, topics=("visits",))


def test_the_span_ahead_is_taken_out() -> None:
    assert without_span_ahead(ANCHOR) == 'President Xi highlighted their determination to "anchor our cooperation  ."'
    assert without_span_ahead("said its “positive impact will be felt for decades” to come.") == (
        "said its “positive impact will be felt  ."
    )
    assert without_span_ahead("signed a joint declaration on security cooperation for the next decade under which") == (
        "signed a joint declaration on security cooperation   under which"
    )
    assert without_span_ahead("to strengthen the bilateral relationship in the years ahead.") == (
        "to strengthen the bilateral relationship  ."
    )


def test_a_span_ahead_and_non_traditional_challenges_are_no_background() -> None:
    assert not told_as_background(FELT)
    assert not told_as_background(ANCHOR)
    assert not told_as_background(COMPASS)
    assert not told_as_background(
        "Lam said they seek to further cooperate in defence and security to cope with non-traditional security challenges."
    )


def test_spans_past_and_traditions_stay_background() -> None:
    assert told_as_background("Relations between the two countries have deepened over the past decade, Modi said.")
    assert told_as_background("The two nations have been partners for decades, he said.")
    assert told_as_background("Xi praised the traditional friendship between China and Cambodia.")
    assert told_as_background("He said they aim to raise trade to $15 billion over the next few years.")
    assert told_as_background("Recalling their meeting in Bali, they pledged to strengthen relations in the years ahead.")


def test_the_statement_ahead_joins_the_visit_another_outlet_reports() -> None:
    first = [
        fact(
            "a-visit",
            "pib",
            "Prime Minister Narendra Modi arrived in Muscat on a two-day visit to Oman, his second to the country.",
            ("Narendra Modi", "India", "Oman"),
        ),
        fact("a-felt", "pib", FELT, ("Narendra Modi", "India", "Oman"), kind="statement"),
    ]
    second = [
        fact(
            "b-signed",
            "gulfnews",
            "India and Oman signed a Comprehensive Economic Partnership Agreement during Modi's visit to Muscat.",
            ("Narendra Modi", "India", "Oman"),
        ),
    ]
    proposals = propose_links(first + second, LinkDecisions())
    visit = next(p for p in proposals if "a-visit" in p.fact_ids and "b-signed" in p.fact_ids)
    assert "a-felt" in visit.fact_ids
