"""The ceremonies of a visit, the honours its visitor is given and the rites they perform, are a part of it.

Real sentences of half A: the emir of Qatar's state visit to London, 3
December 2024 (intake_final74), Mongolia's president in Tokyo, 8 July 2025
(intake_final70), Trump's arrival in Riyadh, 13 May 2025 (intake_final62),
Modi's Mauritius honour, 11-12 March 2025 (intake_final96); against them a
welcome that is praise (intake_final10), an honour felt (intake_final44) and
an honour received at an earlier visit (intake_final96).
"""

from __future__ import annotations

from briefgen.corpus.ceremonies import ceremony_of_visit, tells_ceremony
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

DAY = "2024-12-03"
INSPECTED = (
    "Charles, who is continuing his own treatment for cancer, and the emir inspected the 1st Battalion Welsh Guards while a "
    "military band played."
)
SALUTED = (
    "The Emperor walked with Mongolian President Ukhnaa Khurelsukh and was saluted by an honor guard to the sound of 21 guns being fired."
)
ESCORT = "Royal Saudi Air Force F-15s provided an honorary escort for Air Force One as it approached the kingdom’s capital"
HONOUR = "PM Modi becomes the first Indian to receive the honour."
TALLY = "This becomes the 21st international award bestowed upon PM Modi by a country."
SIDES = frozenset({"charl", "thani"})


CHARLES = ("King Charles", "Tamim bin Hamad Al Thani")


def fact(fact_id: str, source: str, quote: str, date: str = DAY, kind: str = "event", entities: tuple[str, ...] = CHARLES) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("state-visit",))


def test_the_honours_of_an_arrival_the_rites_and_an_honour_conferred_are_ceremonies() -> None:
    assert all(tells_ceremony(q) for q in (INSPECTED, SALUTED, ESCORT, HONOUR, TALLY))
    assert tells_ceremony("Prime Minister Modi laid a wreath at the Tomb of the Unknown Soldier in Athens.")
    assert tells_ceremony("The President was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan.")
    assert tells_ceremony("The two leaders planted a sapling in the garden of the presidential palace.")
    # a welcome that is praise, an honour felt: no ceremony
    assert not tells_ceremony("Sanchez welcomed the level of trade between the two countries.")
    assert not tells_ceremony("Honoured to be among the first few leaders to have been invited after the historic 20th National Congress")


def test_a_ceremony_of_a_side_on_the_days_joins_whatever_its_numbers() -> None:
    day = PartialDate.parse(DAY)
    assert ceremony_of_visit(prepare(fact("x", "fbc", INSPECTED)), SIDES, SIDES, day)
    assert not ceremony_of_visit(prepare(fact("x", "fbc", INSPECTED)), frozenset({"japan"}), SIDES, day)
    assert not ceremony_of_visit(prepare(fact("x", "fbc", INSPECTED)), SIDES, SIDES, PartialDate.parse("2025-02-10"))
    saluted = fact("x", "yomiuri", SALUTED, "2025-07-08", kind="figure", entities=("Naruhito", "Ukhnaa Khurelsukh"))
    assert ceremony_of_visit(prepare(saluted), frozenset({"khure"}), frozenset({"khure", "naruh"}), PartialDate.parse("2025-07-08"))
    escort = fact("x", "frank", ESCORT, "2025-05-13", entities=("Royal Saudi Air Force", "Air Force One"))
    assert ceremony_of_visit(prepare(escort), frozenset({"force", "saudi"}), frozenset({"saudi", "trump"}), PartialDate.parse("2025-05-13"))
    tally = fact("x", "latestly", TALLY, "2025-03-12", kind="statement", entities=("Narendra Modi",))
    assert ceremony_of_visit(prepare(tally), frozenset({"modi"}), frozenset({"modi", "mauri"}), PartialDate.parse("2025-03-12"))


def test_an_honour_of_another_time_or_a_ceremony_told_with_background_stays_out() -> None:
    day = PartialDate.parse("2025-03-12")
    sides = frozenset({"modi", "mauri"})

    def modi(quote: str) -> bool:
        item = prepare(fact("x", "midday", quote, "2025-03-12", kind="statement", entities=("Narendra Modi", "Mauritius")))
        return ceremony_of_visit(item, sides, sides, day)

    assert modi(HONOUR)
    assert not modi(
        "Modi, the first Indian leader to receive this award, is the chief guest at the event for the second time, an honour he "
        "first received in 2015."
    )
    assert not modi("Modi received the same honour from Mauritius during his visit.")
    assert not modi("Modi had previously laid a wreath at the Apravasi Ghat.")
    assert not modi("Modi laid a wreath at the memorial, where India has invested $500 million in restoration.")


def fbc(*extra: Fact) -> list[Fact]:
    return [
        fact(
            "f-welcome",
            "fbc",
            "King Charles and Queen Camilla welcomed the emir of Qatar on a state visit to the UK on Tuesday.",
            entities=("King Charles", "Tamim bin Hamad Al Thani", "Qatar"),
        ),
        *extra,
    ]


def globalsouth(*extra: Fact) -> list[Fact]:
    return [
        fact(
            "g-visit",
            "globalsouth",
            "The emir of Qatar began a two-day state visit to Britain, hosted by King Charles.",
            entities=("Tamim bin Hamad Al Thani", "King Charles", "Qatar"),
        ),
        *extra,
    ]


def test_the_inspection_of_the_guard_joins_the_state_visit() -> None:
    inspected = fact("g-inspected", "globalsouth", INSPECTED)
    found = occasion_members([*fbc(), *globalsouth(inspected)])
    assert {"f-welcome", "g-visit", "g-inspected"} <= found


def test_every_kind_of_ceremony_holds_one_of_the_words_the_pattern_is_tried_for() -> None:
    """The pattern is tried only on a quote with one of its words: every branch of it, in any case, has one."""
    from briefgen.corpus.ceremonies import _CEREMONY, _CEREMONY_CUES
    from briefgen.text.cues import may_hold

    branches = [
        "a guard of honour",
        "the honorary guards",
        "a gun salute",
        "with 21 guns",
        "a ceremonial welcome",
        "rolled out the red carpet",
        "a military band",
        "the national anthems",
        "a welcoming ceremony",
        "an honorary escort",
        "with military honours",
        "laid a floral wreath",
        "planted a mango sapling",
        "planted a tree",
        "inspected the troops",
        "paid homage",
        "pays their respects",
        "signed the visitors’ book",
        "was presented with the Grand Order",
        "received the medal",
        "confers upon him the highest decoration",
        "an accolade bestowed",
        "the award conferred",
        INSPECTED,
        SALUTED,
        ESCORT,
        HONOUR,
        TALLY,
    ]
    for text in branches:
        for variant in (text, text.upper(), text.title()):
            assert _CEREMONY.search(variant) is not None, variant
            assert may_hold(variant, _CEREMONY_CUES), variant
            assert tells_ceremony(variant)
    assert not tells_ceremony("Both sides agreed to expand trade and investment.")
