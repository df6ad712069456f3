"""What a text signed at a visit holds is a part of the visit; a text not yet signed, or of a page that tells no signing, is not.

Real sentences of half A (intake_final96): the intergovernmental summit of Giorgia
Meloni and Friedrich Merz in Rome on Friday 23 January 2026, as Adnkronos and Hubu
News told it, each going on from the signing to what the action plan and the
accord hold (see :mod:`briefgen.corpus.text_held`); and a line of intake_final6 on
an agreement Japan and the Philippines had yet to sign.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.text_held import held_in_text
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

SIDES = ("Giorgia Meloni", "Friedrich Merz", "Italy", "Germany")
DAY = "2026-01-23"


def fact(fact_id: str, source: str, quote: str, kind: str = "statement", entities: tuple[str, ...] = SIDES, date: str = DAY) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("rome-summit",))


def adnkronos(*extra: Fact) -> list[Fact]:
    """The agency's page: the signing, what the sides agreed, then what the document is."""
    return [
        fact(
            "a-inked",
            "adnkronos",
            "Meloni and Merz inked the document at an intergovernmental summit they co-chaired in Rome "
            "at the 17th-century Villa Doria Pamphili.",
            kind="event",
        ),
        fact(
            "a-agreed",
            "adnkronos",
            "Italy and Germany on Friday underscored their support for embattled Ukraine and for war-devastated Gaza and agreed to hold "
            "regular dialogue “on international and security issues of common interest,”",
        ),
        *extra,
    ]


def hubu(*extra: Fact) -> list[Fact]:
    """The other report of the summit: the agreements signed, the plan introduced, then what they hold."""
    return [
        fact(
            "h-signed",
            "hubu",
            "Germany and Italy agreed to deepen their cooperation in a series of new, jointly signed agreements.",
            kind="event",
            entities=("Germany", "Italy"),
        ),
        fact(
            "h-plan",
            "hubu",
            "At a joint press conference in Rome on Friday, German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni "
            "introduced a German‑Italian action plan they had drafted together in recent weeks.",
            kind="event",
        ),
        *extra,
    ]


ENTITLED = "The document is entitled ‘Action Plan for strategic bilateral and European Union strategic cooperation’."
COVERS = (
    "The agreement also covers a bilateral police agreement, cooperation in confidential‑services security, and a cultural route "
    "that traces Goethe’s path through Italy."
)
AIMS = (
    "The plan aims to raise competitiveness, create a new bilateral dynamic in the defence industry, "
    "and shape a more decisive migration policy."
)


def test_what_the_signed_texts_hold_joins_the_summit() -> None:
    found = occasion_members(
        [
            *adnkronos(fact("a-entitled", "adnkronos", ENTITLED, entities=("Italy", "Germany", "European Union"))),
            *hubu(
                fact("h-covers", "hubu", COVERS, entities=("Germany", "Italy", "Goethe")),
                fact("h-aims", "hubu", AIMS, entities=("Germany", "Italy")),
            ),
        ]
    )
    assert {"a-entitled", "h-covers", "h-aims", "a-inked", "h-signed"} <= found


def test_the_text_read_as_the_sentences_subject_or_frame() -> None:
    day = PartialDate.parse(DAY)
    held = [
        ENTITLED,
        COVERS,
        "The MoUs centered on the currency settlement system, water, and sharing of shipping information, among other things.",
        "The treaty, based on the 1993 Treaty of Friendship and Cooperation, will have no expiration date.",
        "adding that the document, based on the 1993 Treaty of Friendly Relations and Cooperation, will have no expiration date.",
        "Under the trade deal, Oman has offered India zero-duty market access on 98 per cent of its tariff lines.",
        "In addition to the defence and security provisions, the pact includes a bilateral police agreement.",
        "The Memorandum of Understanding (MoU) on defence will provide for cooperation in the areas of defence industries, "
        "supply of defence equipment, joint exercises, training,",
    ]
    not_held = [
        # not yet signed, or ranked among the texts of its kind: the record of the relation
        "The potential agreement would be the first with a member of the Association of Southeast Asian Nations.",
        "The FTA is only Oman’s second with an individual country (after one with the US).",
        # an older text named by its year, and a text that is not the sentence's subject
        "The 1993 Treaty of Friendship remains in force.",
        "Merz highlighted that Germany and Italy already coordinate closely on European migration policy.",
    ]
    assert all(held_in_text(prepare(fact("x", "hubu", quote)), day) for quote in held)
    assert not any(held_in_text(prepare(fact("x", "hubu", quote)), day) for quote in not_held)


def test_a_text_line_of_another_day_stays_out() -> None:
    later = fact("h-covers", "hubu", COVERS, entities=("Germany", "Italy", "Goethe"), date="2026-03-10")
    found = occasion_members([*adnkronos(), *hubu(later)])
    assert "h-covers" not in found and {"a-inked", "h-signed"} <= found


def test_a_text_line_of_a_page_that_tells_no_signing_stays_out() -> None:
    # the summit told as talks alone: "the plan" of a later line points back to no text of the summit
    talks = [
        fact(
            "h-talks",
            "hubu",
            "German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni held talks in Rome on Friday.",
            kind="event",
        ),
        fact(
            "h-met",
            "hubu",
            "Merz met Meloni at the Villa Doria Pamphili for their first intergovernmental summit.",
            kind="event",
        ),
        fact("h-aims", "hubu", AIMS, entities=("Germany", "Italy")),
    ]
    found = occasion_members([*adnkronos(), *talks])
    assert "h-aims" not in found and {"a-inked", "h-talks"} <= found
