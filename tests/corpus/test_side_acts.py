"""An act one side did at a visit, told with no word of a visit, is a part of it; one placed against another happening is not.

Real sentences of half A: Narendra Modi's visit to Mauritius of 11-12 March
2025 as the Hindustan Times and Mid-day reported it (intake_final96), Modi
in Zagreb (intake_final90) and at Tianjin (intake_final94), Olaf Scholz's
hydrogen alliance (intake_final102); and, against them, events that name a side
as a place or an object (intake_final62, intake_final60) or tell background
(intake_final18).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.side_acts import act_of_a_side, side_is_subject
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

DAY = "2025-03-12"
INAUGURATED = (
    "Modi alongwith Mauritius Prime Minister Navinchandra Ramgoolam inaugurated the Atal Bihari Vajpayee Institute of Public Service "
    "and Innovation."
)
ACTS = [
    INAUGURATED,
    "PM Modi joined a group of locals chanting Vedic shlokas and also interacted with a few in the gathering while getting inside "
    "the building.",
    "Instead, he was flanked by Foreign Secretary Vikram Misri and NSA Ajit Doval.",
]
#: A side named, but not as the actor: a place or an object of another's act.
NOT_ACTORS = [
    "Tesla also announced the launch of a dealership in Saudi Arabia,",
    "Allegations from Vice President JD Vance that Germany restricts freedom of expression and marginalizes parties like the far-right "
    "Alternative for Germany",
]
SIDES = frozenset({"modi", "mauri"})
MODI = ("Narendra Modi", "Mauritius")


def fact(fact_id: str, source: str, quote: str, kind: str = "event", entities: tuple[str, ...] = MODI, date: str = DAY) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("modi-mauritius-visit",))


def test_a_side_or_a_pronoun_opens_the_act() -> None:
    keys = frozenset({"modi", "mauri"})
    assert all(side_is_subject(quote, keys) for quote in ACTS)
    assert side_is_subject("In turn, Germany will support potential importers and consumers of green hydrogen.", frozenset({"germa"}))
    assert not any(side_is_subject(quote, frozenset({"arabi", "germa"})) for quote in NOT_ACTORS)


def test_the_act_must_be_an_event_of_a_side_on_the_days_telling_no_background() -> None:
    day = PartialDate.parse(DAY)
    assert act_of_a_side(prepare(fact("x", "midday", INAUGURATED)), SIDES, SIDES, day)
    assert not act_of_a_side(prepare(fact("x", "midday", INAUGURATED)), frozenset({"japan"}), SIDES, day)
    assert not act_of_a_side(prepare(fact("x", "midday", INAUGURATED)), SIDES, SIDES, PartialDate.parse("2025-05-20"))
    assert not act_of_a_side(prepare(fact("x", "midday", INAUGURATED, kind="statement")), SIDES, SIDES, day)
    tesla = fact("x", "midday", NOT_ACTORS[0], entities=("Tesla", "Saudi Arabia"))
    assert not act_of_a_side(prepare(tesla), frozenset({"arabi"}), frozenset({"arabi", "state"}), day)
    # background: a figure of the relation, a time before
    rollover = "This year, SBI did a rollover of 100 million dollars of the Treasury Bench of Maldives."
    assert not act_of_a_side(prepare(fact("x", "midday", rollover)), SIDES, SIDES, day)
    earlier = "Modi had previously inaugurated the institute's first wing."
    assert not act_of_a_side(prepare(fact("x", "midday", earlier)), SIDES, SIDES, day)


def hindustan_times() -> list[Fact]:
    return [
        fact(
            "h-conferred",
            "hindustantimes",
            "Prime Minister Narendra Modi was conferred Mauritius' highest civilian award, “The Grand Commander of the Order of the "
            "Star and Key of the Indian Ocean,” by President Dharam Gokhool on Wednesday at a ceremony in the island nation.",
            entities=("Narendra Modi", "Mauritius", "Dharam Gokhool"),
        ),
        fact(
            "h-visiting",
            "hindustantimes",
            "He is visiting the island nation for two days at the invitation of his Mauritian counterpart, Navinchandra Ramgoolam.",
            entities=("Narendra Modi", "Mauritius", "Navinchandra Ramgoolam"),
        ),
    ]


def mid_day(*extra: Fact) -> list[Fact]:
    return [
        fact(
            "m-received",
            "midday",
            "Prime Minister Narendra Modi on Wednesday received Mauritius’ highest honour—the Grand Commander of the Order of the Star "
            "and Key of the Indian Ocean—from President of Mauritius Dharam Gokhool at the island nation’s 57th National Day celebrations.",
            entities=("Narendra Modi", "Mauritius", "Dharam Gokhool"),
        ),
        fact(
            "m-inked",
            "midday",
            "India and Mauritius inked eight pacts in several sectors including trade and maritime security, and to promote use of "
            "national currencies for trade and combat money laundering.",
            entities=("India", "Mauritius"),
        ),
        *extra,
    ]


def test_the_inauguration_joins_the_visit() -> None:
    inaugurated = fact("m-inaugurated", "midday", INAUGURATED, entities=("Narendra Modi", "Navinchandra Ramgoolam"))
    found = occasion_members([*hindustan_times(), *mid_day(inaugurated)])
    assert {"m-inaugurated", "m-received", "h-conferred"} <= found
