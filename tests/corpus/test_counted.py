"""A count of the visit at hand ("his second visit to the country in nine years") is a part of the visit.

Real sentences of half A of the labelled sets: Xi Jinping's state visit to
Cambodia (intake_final20, 17 April 2025), Shavkat Mirziyoyev's visit to
Pakistan (intake_eval), Abdel Fattah al-Sisi's visit to Ankara (intake_final2); against them, Marco Rubio's
visit to Mexico (intake_final54) and Ferdinand Marcos Jr's to India (intake_final80).
A count said of another visit, or of one dated elsewhere, still dates its quote away.
"""

from __future__ import annotations

from briefgen.corpus.counted import without_count
from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import told_as_background
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

APRIL = PartialDate.parse("2025-04-17")
COUNT = "Xi arrived in Phnom Penh earlier on Thursday for a state visit to Cambodia, his second visit to the country in nine years."


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2025-04-17", entities=entities, kind=kind, topics=("visits",))


def test_a_count_of_the_visit_at_hand_and_what_it_runs_from_are_taken_out() -> None:
    assert without_count(COUNT) == "Xi arrived in Phnom Penh earlier on Thursday for a state visit to Cambodia ."
    assert without_count("This is also the first visit by an Egyptian president to Turkey in 12 years.") == "This  ."
    assert without_count("The FO noted that this would be President Mirziyoyev’s second visit to Pakistan").endswith("this   to Pakistan")


def test_a_count_of_the_visit_at_hand_no_longer_dates_its_quote_away() -> None:
    assert not elsewhen(COUNT, APRIL)
    assert not elsewhen("This marks the second visit of President Mirziyoyev to Pakistan", PartialDate.parse("2026-02-05"))
    assert not told_as_background("This is also the first visit by an Egyptian president to Turkey in 12 years.")


def test_a_count_of_another_visit_or_a_visit_dated_elsewhere_still_dates_its_quote_away() -> None:
    september = PartialDate.parse("2025-09-03")
    assert elsewhen("Rubio will visit Ecuador on Thursday on his third trip to Latin America since taking office.", september)
    recalled = "The first Philippine state visit to India was inn 2007 by then President Gloria Macapagal-Arroyo."
    assert elsewhen(recalled, PartialDate.parse("2025-08-05"))  # the year the counted visit is dated to is read as before


def test_the_count_of_the_visit_joins_the_occasion_another_outlet_reports() -> None:
    menafn = [
        fact(
            "m-talks",
            "menafn",
            "Chinese President Xi Jinping on Thursday held talks with Cambodian Prime Minister Hun Manet.",
            ("Xi Jinping", "Hun Manet"),
        ),
        fact(
            "m-agree",
            "menafn",
            "The leaders of China, Cambodia also witnessed the exchange of more than 30 bilateral cooperation documents.",
            ("China", "Cambodia"),
        ),
        fact("m-count", "menafn", COUNT, ("Xi Jinping", "Phnom Penh", "Cambodia")),
    ]
    anews = [
        fact(
            "a-begin",
            "anews",
            "Chinese President Xi Jinping kicked off his visit to Cambodia on Thursday"
            " in the last leg of his three-nation Southeast Asia tour.",
            ("Xi Jinping", "Cambodia", "China"),
        ),
        fact(
            "a-ceremony",
            "anews",
            "On his arrival, the Chinese leader attended a welcome ceremony held by Cambodian King Norodom Sihamoni.",
            ("Xi Jinping", "Norodom Sihamoni", "Cambodia"),
        ),
    ]
    proposals = propose_links(menafn + anews, LinkDecisions())
    visit = next(p for p in proposals if "a-begin" in p.fact_ids and "m-talks" in p.fact_ids)
    assert "m-count" in visit.fact_ids


def test_every_count_taken_out_holds_one_of_the_words_the_pattern_is_tried_for() -> None:
    """The pattern is tried only on a quote with one of its words: every count it takes out, in any case, has one."""
    from briefgen.corpus.counted import _COUNT_CUES
    from briefgen.text.cues import may_hold

    for text in (
        COUNT,
        "This is his maiden trip abroad since 2019.",
        "It will be the third tour of the region.",
        "It is Yoon’s first visit",
    ):
        for variant in (text, text.upper()):
            assert without_count(variant) != variant, variant
            assert may_hold(variant, _COUNT_CUES), variant
    assert without_count("It is the second meeting in a year.") == "It is the second meeting in a year."
