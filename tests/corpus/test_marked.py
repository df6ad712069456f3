"""An anniversary the visit marks ("My visit to Poland comes as we mark 70 years of our diplomatic relations") is said of it.

Real sentences of half A of the labelled sets: Narendra Modi's visit to
Poland (intake_final76, 21 August 2024), Abdel Fattah El-Sisi's to China
(intake_final24, May 2024), Narendra Modi's to Oman (intake_final62, December
2025); against them, Xi Jinping's to Serbia (intake_final20, May 2024) and
Xi's talks with El-Sisi (intake_final24), where an anniversary or a span of
years is told as history, not marked by the visit.
"""

from __future__ import annotations

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.marked import without_anniversary
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.spoken import told_as_background
from tests.corpus.builders import make_fact

MARKED = (
    "My visit to Poland comes as we mark 70 years of our diplomatic relations. Poland is a key economic partner in"
    ' Central Europe," he said in his departure statement earlier today.'
)


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, "2024-08-21", entities=entities, kind=kind, topics=("visits",))


def test_the_anniversary_marked_and_what_it_is_of_are_taken_out() -> None:
    assert without_anniversary(MARKED).startswith("My visit to Poland comes as we  . Poland is a key")
    coincides = (
        "The visit is particularly significant as it coincides with the 10th anniversary of Egypt and China elevating"
        " their relations to the level of a comprehensive strategic partnership."
    )
    assert without_anniversary(coincides) == "The visit is particularly significant as it  ."
    this_year = "This year marks the 10th anniversary of the establishment of the China-Egypt comprehensive strategic partnership, he said"
    assert without_anniversary(this_year) == "This year  , he said"


def test_an_anniversary_marked_by_the_visit_is_no_background() -> None:
    assert not told_as_background(MARKED)
    oman = (
        "The conferment of the honour coincided with the completion of 70 years of diplomatic relations between India and"
        " Oman, adding special significance to the visit and the strategic partnership between the two countries."
    )
    assert not told_as_background(oman)


def test_an_anniversary_or_years_told_as_history_stay_background() -> None:
    # the anniversary of another happening the visit falls on, judged another occasion by the labels
    serbia = "Xi's visit to Serbia comes on the 25th anniversary of the US bombing of the Chinese embassy in Belgrade during the NATO air"
    serbia += " campaign"
    assert told_as_background(serbia)
    egypt = "Xi noted that, 68 years ago, Egypt was the first Arab and African state to establish diplomatic relations with China."
    assert told_as_background(egypt)


def test_the_anniversary_said_at_the_visit_joins_the_occasion_another_outlet_reports() -> None:
    ndtv = [
        fact(
            "n-arrived",
            "ndtv",
            "Prime Minister Narendra Modi has arrived in Poland - the first visit by an Indian Prime Minister to the country in 45 years.",
            ("Narendra Modi", "Poland"),
        ),
        fact(
            "n-landed",
            "ndtv",
            "PM Modi landed in Warsaw this evening on the first leg of his two-nation visit during which he will also travel"
            " to Ukraine's capital Kyiv.",
            ("Narendra Modi", "Warsaw", "Kyiv", "Ukraine"),
        ),
        fact("n-marked", "ndtv", MARKED, ("Narendra Modi", "Poland"), kind="statement"),
    ]
    statesman = [
        fact(
            "s-arrived",
            "thestatesman",
            "Prime Minister Narendra Modi arrived in Warsaw, Poland Wednesday evening on the first leg of his two-nation visit"
            " during which he will also travel to Ukraine’s capital Kyiv.",
            ("Narendra Modi", "Warsaw", "Poland", "Kyiv", "Ukraine"),
        ),
        fact(
            "s-posted",
            "thestatesman",
            "The Prime Minister posted on X: “Landed in Poland. Looking forward to the various programmes here. This visit"
            " will add momentum to the India-Poland friendship and benefit the people of our nations.”",
            ("Narendra Modi", "India", "Poland"),
            kind="statement",
        ),
    ]
    proposals = propose_links(ndtv + statesman, LinkDecisions())
    visit = next(p for p in proposals if "n-arrived" in p.fact_ids and "s-arrived" in p.fact_ids)
    assert "n-marked" in visit.fact_ids


def test_every_anniversary_taken_out_holds_one_of_the_words_the_pattern_is_tried_for() -> None:
    """The pattern is tried only on a quote with one of its words: every anniversary it takes out, in any case, has one."""
    from briefgen.corpus.marked import _MARKED_CUES
    from briefgen.text.cues import may_hold

    for text in (
        MARKED,
        "It coincides with the 10th anniversary of ties.",
        "We celebrate the fiftieth anniversary.",
        "in honour of 75 years",
    ):
        for variant in (text, text.upper()):
            assert without_anniversary(variant) != variant, variant
            assert may_hold(variant, _MARKED_CUES), variant
    assert without_anniversary("We mark a new era of ties.") == "We mark a new era of ties."
