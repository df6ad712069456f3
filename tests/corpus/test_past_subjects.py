"""Past subjects: a sentence about the earlier agreement or happening itself keeps the date of its clause.

Real sentences of half A: Merz's visit to London (intake_final66, July 2025),
Scholz's visit to Astana (intake_final76, September 2024), Erdogan's visit to
Budapest (intake_final4, December 2023), and the sentences the clause rule was
written for (intake_final8, 38, 40, 48, 52).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

DEFENCE_DEAL = "It builds on a defence deal agreed last year that included the joint development of long-range strike weapons,"
FIRST_SUMMIT = "The inaugural summit, held in Berlin last year, led to the signing of a strategic regional partnership program."
GAS_DEAL = (
    "He referred to the gas supply agreement signed in August between the Turkish state energy company BOTAS and the Hungarian company MVM"
)


def fact(fact_id: str, quote: str, source: str = "reuters-2025-07-17") -> Fact:
    return make_fact(
        fact_id,
        source,
        quote,
        "2025-07-17",
        entities=("Keir Starmer", "Friedrich Merz", "United Kingdom", "Germany"),
        topics=("defence", "treaties"),
    )


def merz_in_london() -> list[Fact]:
    """Two reports of the treaty signed at the visit, and the report's sentence on last year's defence deal."""
    return [
        fact(
            "signs",
            "Keir Starmer and Friedrich Merz signed a treaty in London on Thursday to deepen defence cooperation between"
            " the United Kingdom and Germany.",
            source="afp-2025-07-17",
        ),
        fact(
            "hails",
            "Prime Minister Keir Starmer and German Chancellor Friedrich Merz hailed a major treaty between the United"
            " Kingdom and Germany to deepen defence cooperation on Thursday.",
        ),
        fact("builds", DEFENCE_DEAL),
    ]


def test_a_sentence_on_what_last_years_deal_included_is_not_proposed_with_the_visit() -> None:
    proposals = propose_links(merz_in_london(), LinkDecisions())
    assert [set(p.fact_ids) for p in proposals if p.kind == "event"] == [{"signs", "hails"}]


def test_a_sentence_about_the_earlier_thing_is_dated_by_its_clause() -> None:
    # the sentence goes on to say what the deal included
    assert elsewhen(DEFENCE_DEAL, PartialDate.parse("2025-07-17"))
    # the summit is the subject, and did something then
    assert elsewhen(FIRST_SUMMIT, PartialDate.parse("2024-09-16"))
    assert elsewhen(FIRST_SUMMIT.replace("The inaugural summit, held", "Theinaugural summit, held"), PartialDate.parse("2024-09-16"))
    # the sentence's verb does nothing but name the agreement
    assert elsewhen(GAS_DEAL, PartialDate.parse("2023-12-18"))


def test_a_clause_naming_the_earlier_thing_in_passing_still_dates_nothing() -> None:
    # the subject states what holds now
    assert not elsewhen(
        "The project's framework agreements, finalised in 2017, also provide for fuel supply, personnel training, and"
        " spent-fuel storage support over the plant's initial years of operation.",
        PartialDate.parse("2025-11-19"),
    )
    # the relative clause looks ahead
    assert not elsewhen(
        "During the meeting, the leaders signed a renewed Joint Declaration on Security Cooperation, first established in"
        " 2007, that will shape the security partnership over the next decade.",
        PartialDate.parse("2022-10-22"),
    )
    # the sentence reports a second act, of this occasion
    assert not elsewhen(
        "The PMO said that both leaders recalled their productive first Annual Leaders' Summit held in March 2023 in New"
        " Delhi and reaffirmed their commitment to further broadening and deepening the partnership.",
        PartialDate.parse("2023-05-24"),
    )
    # the relative clause is on another noun, after the clause's own words
    assert not elsewhen(
        "Barcena thanked China for helping Mexico rebuild from the damage caused in October by Hurricane Otis, which"
        " devastated the Pacific beach resort of Acapulco.",
        PartialDate.parse("2023-12-05"),
    )
