"""Words of level or history that tell no time before leave a leader's words at the visit in it.

Real sentences of half A of the labelled sets: Prabowo Subianto's talks with
Recep Tayyip Erdoğan (intake_final82, February 2025), Emmanuel Macron's state
visit to Germany (intake_final58, May 2024), Xi Jinping's to Belgrade
(intake_final20, May 2024), Donald Tusk's welcome of Friedrich Merz
(intake_final56, May 2025); against them, levels and histories of time past,
which stay background.
"""

from __future__ import annotations

from briefgen.corpus.level_now import without_level_now
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import told_as_background
from tests.corpus.builders import make_fact

TRADE = '"We are committed to increasing trade between the two countries, which is mutually beneficial," Prabowo said after the talks.'
REACHING = '"I\'m proud that Europeans are now coming together, reaching out towards Ukraine to join the EU," said the president.'
HISTORY = "We are making history today, Vucic told Xi as they stood on the balcony of the presidential palace."
CHAPTER = "I announce a new chapter, perhaps the most important in recent decades, in Polish-German relations"


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2025-02-12", entities=entities, kind=kind, topics=("visits",))


def words(text: str) -> list[str]:
    return text.split()


def test_the_uses_that_tell_no_time_before_are_taken_out() -> None:
    assert words(without_level_now("We are committed to increasing trade")) == ["We", "are", "committed", "trade"]
    assert words(without_level_now("talks aimed at further increasing investment")) == ["talks", "aimed", "investment"]
    assert words(without_level_now("Europeans are reaching out towards Ukraine")) == ["Europeans", "are", "towards", "Ukraine"]
    assert words(without_level_now("We are making history today")) == ["We", "are", "today"]
    assert "decades" not in without_level_now(CHAPTER) and "Polish-German relations" in without_level_now(CHAPTER)


def test_the_uses_that_tell_a_time_before_are_kept() -> None:
    for quote in ("trade had increased by 30%, reaching $10 billion", "a history of friendship", "partners for decades"):
        assert without_level_now(quote) == quote


def test_a_leaders_words_of_the_present_and_of_what_is_to_come_are_no_background() -> None:
    assert not told_as_background(TRADE)
    assert not told_as_background(REACHING)
    assert not told_as_background(HISTORY)
    assert not told_as_background(CHAPTER)


def test_levels_and_histories_of_time_past_stay_background() -> None:
    assert told_as_background("Putin highlighted that trade between the two countries had increased, reaching record levels.")
    assert told_as_background("Trade between the two countries has been increasing for years, Erdogan said.")
    assert told_as_background("Xi recalled the history of friendship between China and Serbia.")
    assert told_as_background("The two nations have been partners for decades, he said.")
    assert told_as_background("He said trade reached a record last year.")


def test_the_leaders_words_join_the_visit_another_outlet_reports() -> None:
    sides = ("Prabowo Subianto", "Indonesia", "Türkiye")
    first = [
        fact("a-talks", "bss", "Prabowo Subianto held talks with Recep Tayyip Erdogan during his visit to Türkiye.", sides),
        fact("a-trade", "bss", TRADE, sides, kind="statement"),
    ]
    second = [
        fact("b-signed", "antara", "Indonesia and Türkiye signed 12 agreements during Prabowo's visit to Türkiye.", sides),
    ]
    proposals = propose_links(first + second, LinkDecisions())
    visit = next(p for p in proposals if "a-talks" in p.fact_ids and "b-signed" in p.fact_ids)
    assert "a-trade" in visit.fact_ids


def test_every_use_taken_out_holds_one_of_the_words_the_pattern_is_tried_for() -> None:
    """The pattern is tried only on a quote with one of its words: every use it takes out, in any case, has one."""
    from briefgen.corpus.level_now import _LEVEL_NOW_CUES
    from briefgen.text.cues import may_hold

    for text in (TRADE, REACHING, HISTORY, CHAPTER, "They reached out to the Ukrainian side.", "aimed at further reaching"):
        for variant in (text, text.upper()):
            assert without_level_now(variant) != variant, variant
            assert may_hold(variant, _LEVEL_NOW_CUES), variant
    assert without_level_now("Trade grew by 30% last year.") == "Trade grew by 30% last year."
