"""A figure a leader gives at a visit in their own words is a part of the visit; a figure in reported speech, a history, is not.

Real sentences of half A: Narendra Modi's meeting with Xi Jinping in Tianjin on
Sunday 31 August 2025 as Business Today and Zee News reported it
(intake_final94); words Modi and Donald Trump said at their visits
(intake_final92, intake_final96, intake_final46); and, against them, reported
speech and histories told in numbers (intake_test, intake_final6, intake_final4,
intake_final36).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.quoted_figures import background_by_figures_alone, figure_said_there, own_words
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

DAY = "2025-08-31"
INTERESTS = '"The interests of 2.8 billion people of both countries are linked to our cooperation.'
SAID_THERE = [
    INTERESTS,
    "This is not just my honour, it is the honour of 1.4 billion Indians.",
    "I would like to receive this award on behalf of 140 crore Indians,” said PM Modi.",
    "Trump said, \"So it's over USD 200 billion but 160 in terms of the Jets, that's fantastic.\"",
]
#: Reported speech: the number is the outlet's, as often background as said.
REPORTED = [
    "He said Russia's state-owned nuclear energy company Rosatom is building at least 20 power units abroad using modern Russian "
    "technologies, with contracts signed for six more.",
    "In education, Putin noted that the Russian state gives full scholarships to 500 students to attend Russian universities each year",
]
#: Quoted, but a history: a year counted from, a level that grew.
HISTORIES = [
    "Additionally, Brazil's agribusiness sector plays a vital role in ensuring China's food security, as the country has been "
    "China's largest food supplier since 2017,” President Lula added.",
    "“China is South Africa's largest trading partner globally, while South Africa is China’s number one trading partner in Africa. "
    "Total bilateral trade grew from R614 billion in 2022 to R692 billion in 2023,” said Vincent Magwenya,",
]
SIDES = frozenset({"india", "china"})


MODI = ("Narendra Modi", "India", "China")


def fact(fact_id: str, source: str, quote: str, kind: str = "statement", entities: tuple[str, ...] = MODI) -> Fact:
    return make_fact(fact_id, source, quote, DAY, entities=entities, kind=kind, topics=("tianjin-meeting",))


def test_a_leaders_own_words_in_numbers_are_said_there() -> None:
    assert all(own_words(quote) and background_by_figures_alone(quote) for quote in SAID_THERE)


def test_reported_speech_and_histories_stay_background() -> None:
    assert not any(own_words(quote) for quote in REPORTED)
    assert not any(background_by_figures_alone(quote) for quote in HISTORIES)
    # a word of level with no figure is not this rule's to read
    assert not background_by_figures_alone("“Our relations have reached an unprecedentedly high level,” Putin told him.")


def test_the_figure_must_name_a_side_and_fall_on_the_day() -> None:
    day = PartialDate.parse(DAY)
    assert figure_said_there(prepare(fact("x", "zeenews", INTERESTS)), SIDES, SIDES, day)
    assert figure_said_there(prepare(fact("x", "zeenews", INTERESTS, kind="figure")), SIDES, SIDES, day)
    assert not figure_said_there(prepare(fact("x", "zeenews", INTERESTS)), frozenset({"japan"}), SIDES, day)
    assert not figure_said_there(prepare(fact("x", "zeenews", INTERESTS)), SIDES, SIDES, PartialDate.parse("2025-10-23"))
    assert not figure_said_there(prepare(fact("x", "zeenews", INTERESTS, kind="event")), SIDES, SIDES, day)


def business_today(*extra: Fact) -> list[Fact]:
    return [
        fact(
            "b-met",
            "businesstoday",
            "Prime Minister Narendra Modi and Chinese President Xi Jinping held a bilateral meeting in Tianjin on Sunday, "
            "the first such engagement between the two leaders in nearly a year.",
            kind="event",
            entities=("Narendra Modi", "Xi Jinping", "India", "China", "Tianjin"),
        ),
        fact(
            "b-told",
            "businesstoday",
            "During the meeting, the Prime Minister told the Chinese President that mutual trust and respect would take "
            "India-China ties forward.",
            entities=("Narendra Modi", "Xi Jinping", "India", "China"),
        ),
        *extra,
    ]


def zee_news(*extra: Fact) -> list[Fact]:
    return [
        fact(
            "z-talks",
            "zeenews",
            "Hours ahead of the Shanghai Cooperation Organisation (SCO) summit, Prime Minister Narendra Modi held bilateral talks "
            "with Chinese President Xi Jinping in the port city of Tianjin.",
            kind="event",
            entities=("Narendra Modi", "Xi Jinping", "India", "China", "Tianjin"),
        ),
        fact(
            "z-congratulated",
            "zeenews",
            "During the meeting, PM Modi congratulated President Jinping on China's successful chairmanship of the SCO and hoped that "
            "the relationship between the two countries will be based on mutual trust.",
            entities=("Narendra Modi", "Xi Jinping", "India", "China"),
        ),
        *extra,
    ]


def test_the_quoted_figure_joins_the_meeting_in_both_reports() -> None:
    both = [*business_today(fact("b-interests", "businesstoday", INTERESTS)), *zee_news(fact("z-interests", "zeenews", INTERESTS))]
    found = occasion_members(both)
    assert {"b-interests", "z-interests", "b-met", "z-talks"} <= found


def test_a_figure_in_reported_speech_stays_out() -> None:
    """Told before its speaker; a line that opens on its speaker is said there (see test_speaker_first)."""
    reported = fact(
        "z-reported",
        "zeenews",
        "Bilateral trade between India and China had crossed $100 billion, Modi said.",
    )
    found = occasion_members([*business_today(), *zee_news(reported)])
    assert "z-reported" not in found and {"b-met", "z-talks"} <= found
