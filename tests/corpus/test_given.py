"""A sum one side gives the other at a visit ("India on Tuesday extended a $250 million Line of Credit") is a part of it.

Real sentences of half A of the labelled sets: William Ruto's state visit to
India (intake_final24, 5 December 2023), as The Hindu and the Kenyan Post
reported it; against them, levels and targets of trade and loans counted
over years, which stay background.
"""

from __future__ import annotations

from briefgen.corpus.given import without_sum_given
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import told_as_background
from tests.corpus.builders import make_fact

EXTENDED = "India on Tuesday extended a $250 million Line of Credit for modernisation of agriculture in Kenya."
DECIDED = "We have decided to extend a Line of Credit of $250 million for modernisation of the agricultural sector in Kenya."
SECURED = (
    "President William Ruto has secured another Ksh38.3 billion loan from the Indian government earmarked for the"
    " modernisation of the country’s agricultural sector."
)


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def test_the_sum_given_is_taken_out() -> None:
    assert without_sum_given(EXTENDED) == "India on Tuesday   Line of Credit for modernisation of agriculture in Kenya."
    assert without_sum_given(DECIDED) == "We have decided to   for modernisation of the agricultural sector in Kenya."
    aid = "He also announced an additional assistance package of RMB 500 million for Pakistan’s post-flood relief efforts."
    assert without_sum_given(aid) == "He also   for Pakistan’s post-flood relief efforts."
    swap = "decision to provide support in the form of Rs 30 billion (USD 360 mn), in addition to USD 400 million bilateral swap"
    assert without_sum_given(swap) == "decision to   bilateral swap"


def test_a_sum_given_at_the_visit_is_no_background() -> None:
    assert not told_as_background(EXTENDED)
    assert not told_as_background(DECIDED)
    assert not told_as_background(SECURED)
    assert not told_as_background("I am delighted that the project is getting off the ground with this initial £1 billion commitment.")


def test_levels_targets_and_years_stay_background() -> None:
    assert told_as_background("Bilateral trade reached $10 billion last year, Putin said.")
    assert told_as_background("Erdogan pledged to increase trade with Egypt to $15 billion in the short term.")
    assert told_as_background("China has provided $5 billion in loans to Kenya since 2000, he said.")
    assert told_as_background("India has extended lines of credit worth $1 billion over the past decade, Modi noted.")


def test_the_sum_given_joins_the_visit_another_outlet_reports() -> None:
    hindu = [
        fact(
            "h-visit",
            "thehindu",
            "Kenyan President William Samoei Ruto is on a three-day visit with an aim to expand overall ties between the two countries",
            "2023-12-05",
            ("William Ruto", "India", "Kenya"),
        ),
        fact("h-extended", "thehindu", EXTENDED, "2023-12-05", ("India", "Kenya")),
        fact("h-decided", "thehindu", DECIDED, "2023-12-05", ("Narendra Modi", "India", "Kenya"), kind="statement"),
    ]
    kenyan_post = [
        fact("k-secured", "kenyanpost", SECURED, "2023-12-06", ("William Ruto", "India", "Kenya")),
        fact(
            "k-signed",
            "kenyanpost",
            "Ruto, who is currently on a 3-day State visit to India, signed 5 deals with Indian Prime Minister Narendra Modi.",
            "2023-12-06",
            ("William Ruto", "Narendra Modi", "India"),
        ),
    ]
    proposals = propose_links(hindu + kenyan_post, LinkDecisions())
    visit = next(p for p in proposals if "h-visit" in p.fact_ids and "k-signed" in p.fact_ids)
    assert {"h-extended", "h-decided", "k-secured"} <= set(visit.fact_ids)
