"""A visit ranked among those before it: the rank and what it runs from date no other occasion, and it is a part of the visit.

Real sentences of half A: Samia Suluhu Hassan in Beijing, 2-4 November 2022
(intake_final28), Marcos in New Delhi, August 2025 (intake_final80), Macron's
state visit to the UK, 8 July 2025 (intake_final60), Modi in Amman, December 2025
(intake_final106), Modi in Georgetown, November 2024 (intake_final98); against
them a rank told of a telephone call (intake_final62) and a count of another
trip (intake_final54).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.ranked import ranked_there
from briefgen.corpus.spoken import told_as_background
from briefgen.corpus.visit_rank import ranks_the_visit, without_rank
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

HASSAN = (
    "Hassan is the first African head of state China has received after the 20th National Congress of the Communist Party of China (CPC)."
)
MARCOS = (
    "But Jimenez-Ducrocq said the expansion of maritime cooperation will also be in the talking points between Modi and Marcos, "
    "the first Philippine president to visit the country since 2007, or 18 years ago."
)
MACRON = (
    "The state visit, hosted by Charles and Queen Camilla, is the first French state visit to the UK in 17 years, when the now "
    "disgraced former French leader Nicolas Sarkozy arrived in 2008."
)
INTERVAL = (
    "the current full bilateral visit (by an Indian prime minister) is taking place after an interval of 37 years,'' "
    "the MEA said at a special briefing in New Delhi last week."
)
MILESTONE = "It is a significant milestone that an Indian PM has come here after 56 years."
PHONE = (
    "The Saudi Crown Prince Mohammed bin Salman was, for example, also the first foreign leader Trump spoke to on the phone "
    "after taking office."
)
RUBIO = "Rubio will visit Ecuador on Thursday on his third trip to Latin America since taking office."


def test_a_visitor_ranked_among_those_before_is_read_with_what_the_rank_runs_from() -> None:
    assert without_rank(MARCOS).endswith("between Modi and Marcos,  .")
    assert without_rank(HASSAN) == "Hassan is  ."
    assert "2008" not in without_rank(MACRON)
    assert "37 years" not in without_rank(INTERVAL)
    assert all(ranks_the_visit(q) for q in (HASSAN, MARCOS, MACRON, INTERVAL, MILESTONE))
    assert ranks_the_visit("Xi, who is visiting Cambodia for the first time since 2016, arrived in the capital Phnom Penh.")
    # a rank of something else than a visit, a count of another trip told with "on"
    assert not ranks_the_visit(PHONE)
    assert not ranks_the_visit(RUBIO)


def test_the_year_a_rank_runs_from_dates_no_other_occasion_and_tells_no_background() -> None:
    assert not elsewhen(MARCOS, PartialDate.parse("2025-08-05"))
    assert not elsewhen(MACRON, PartialDate.parse("2025-07-08"))
    assert not told_as_background(INTERVAL)
    # what else the quote dates is still read
    assert elsewhen("Macron first visited London in 2017, the first French leader to visit in a decade.", PartialDate.parse("2025-07-08"))


def test_a_rank_told_with_no_verb_of_saying_is_a_part_of_the_visit() -> None:
    day = PartialDate.parse("2022-11-03")
    sides = frozenset({"hassa", "jinpi"})
    hassan = make_fact("x", "cajnews", HASSAN, "2022-11-03", entities=("Samia Suluhu Hassan", "Communist Party of China"), kind="statement")
    assert ranked_there(prepare(hassan), frozenset({"hassa", "china"}), sides, day)
    # no side named, another time, a rank of no visit
    assert not ranked_there(prepare(hassan), frozenset({"china"}), sides, day)
    assert not ranked_there(prepare(hassan), frozenset({"hassa"}), sides, PartialDate.parse("2023-03-01"))
    phone = make_fact("y", "arabnews", PHONE, "2025-05-13", entities=("Mohammed bin Salman", "Trump"), kind="event")
    assert not ranked_there(prepare(phone), frozenset({"salma", "trump"}), frozenset({"salma", "trump"}), PartialDate.parse("2025-05-13"))


def _visit(
    fact_id: str, source: str, quote: str, kind: str = "event", entities: tuple[str, ...] = ("Xi Jinping", "Samia Suluhu Hassan")
) -> Fact:
    return make_fact(fact_id, source, quote, "2022-11-03", entities=entities, kind=kind, topics=("state-visit",))


def test_the_rank_joins_the_visit_it_ranks() -> None:
    cajnews = [
        _visit(
            "c-talks",
            "cajnews",
            "Chinese President Xi Jinping held talks with Tanzanian President Samia Suluhu Hassan in Beijing on Thursday.",
        ),
        _visit("c-rank", "cajnews", HASSAN, "statement", ("Samia Suluhu Hassan", "Communist Party of China")),
    ]
    xinhua = [
        _visit(
            "x-talks",
            "xinhua",
            "Xi Jinping held talks with Samia Suluhu Hassan, who is on a state visit to China, at the Great Hall of the People.",
        ),
    ]
    found = occasion_members([*cajnews, *xinhua])
    assert {"c-talks", "c-rank", "x-talks"} <= found


def test_every_rank_holds_one_of_the_words_its_patterns_are_tried_for() -> None:
    """Each pattern is tried only on a quote with one of its words: every rank read, in any case, has one."""
    from briefgen.corpus.visit_rank import _HOSTED_CUES, _RUNS_FROM_CUES
    from briefgen.text.cues import may_hold

    hosted = "It is the sixth state visit hosted by the Biden administration."
    own = "Modi is visiting Cyprus for the first time in two decades, and Meloni's third visit to Japan since 2022 follows."
    for text in (HASSAN, MARCOS, MACRON, INTERVAL, MILESTONE, hosted, own):
        for variant in (text, text.upper()):
            assert without_rank(variant) != variant, variant
            assert may_hold(variant, _RUNS_FROM_CUES) or may_hold(variant, _HOSTED_CUES), variant
    assert without_rank("Modi and Marcos held talks on maritime cooperation.") == "Modi and Marcos held talks on maritime cooperation."
