"""Side clauses: a clause on a person, or on someone's coming to office, does not date a part of the visit elsewhere.

Real sentences of half A: New Zealand's prime minister Chris Hipkins in China
(intake_final34, June 2023), Nepal's prime minister Dahal before his India visit
(intake_final68), Meloni in India (intake_final62), Starmer and Carney in Ottawa (intake_final72).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.side_clauses import without_side_dates
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

LI = (
    "Li, who took over the role in March from Li Keqiang, said he appreciated Hipkins stressing the importance of the relationship"
    " between the two countries, and making a visit to China within six months of becoming prime minister."
)
DAHAL = (
    "Dahal, who assumed office in December last year, is set to begin his India visit from May 31-June 3 at the invitation of"
    " his Indian counterpart Narendra Modi."
)
MELONI = (
    "On a two-day state visit, her first after being elected as Prime Minister last year, Meloni also announced that Italy was"
    " joining the Indo-Pacific Oceans Initiative"
)
CARNEY = (
    "The meeting marks Starmer’s first face-to-face discussion with Carney since the former Bank of England governor took office"
    " as Canada’s prime minister in March."
)


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("meetings",))


def hipkins_in_china() -> list[Fact]:
    """Two reports of the visit: RNZ on the meeting with Li Qiang, 1News on the meeting with Xi the evening before."""
    rnz = "rnz-2023-06-28"
    one = "onenews-2023-06-27"
    return [
        fact(
            "met-li",
            rnz,
            "Prime Minister Chris Hipkins has met with China's Premier Li Qiang for a one-on-one discussion as part of Hipkins trip.",
            "2023-06-28",
            ("Chris Hipkins", "Li Qiang", "China"),
        ),
        fact(
            "followed",
            rnz,
            "The meeting followed Hipkins meeting with China's President Xi Jinping overnight (NZ time) at the World Economic"
            " Forum's (WEF) Summer Davos event in Tianjin.",
            "2023-06-27",
            ("Chris Hipkins", "Xi Jinping", "World Economic Forum", "Tianjin"),
        ),
        fact("li-said", rnz, LI, "2023-06-28", ("Li Qiang", "Li Keqiang", "Chris Hipkins", "China", "New Zealand"), kind="statement"),
        fact(
            "handshake",
            one,
            "Prime Minister Chris Hipkins has shaken hands with his Chinese counterpart Xi Jinping tonight in a milestone moment of"
            " his week-long trade mission to China.",
            "2023-06-27",
            ("Chris Hipkins", "Xi Jinping", "China"),
        ),
        fact(
            "great-hall",
            one,
            "Set to last half an hour, the meeting between the two leaders took place Tuesday evening at Bejing's Great Hall of the"
            " People near Tiananmen Square.",
            "2023-06-27",
            ("Chris Hipkins", "Xi Jinping", "Great Hall of the People"),
        ),
    ]


def test_what_the_premier_said_at_the_visit_is_proposed_with_it_whatever_month_he_took_office() -> None:
    [visit] = [p for p in propose_links(hipkins_in_china(), LinkDecisions()) if p.kind == "event" and "handshake" in p.fact_ids]
    assert {"li-said", "met-li", "handshake"} <= set(visit.fact_ids)


def test_a_clause_on_a_person_or_on_coming_to_office_dates_nothing_of_the_visit() -> None:
    assert not elsewhen(LI, PartialDate.parse("2023-06-27"))
    assert not elsewhen(DAHAL, PartialDate.parse("2023-05-27"))
    assert not elsewhen(MELONI, PartialDate.parse("2023-03-02"))
    assert not elsewhen(CARNEY, PartialDate.parse("2025-06"))
    assert without_side_dates(DAHAL).startswith("Dahal , is set to begin his India visit from May 31-June 3")


def test_a_past_meeting_or_agreement_is_still_dated_elsewhere() -> None:
    # a meeting placed after another, not an accession: its "last year" dates the earlier meeting
    assert elsewhen(
        "This was the second formal meeting between Albanese and Xi after they met at the G20 in Bali last year.",
        PartialDate.parse("2023-11-06"),
    )
    # what the sentence itself reports, dated in a month that is not the visit's
    assert elsewhen("Hipkins, who leads the Labour Party, last visited Beijing in March.", PartialDate.parse("2023-06-27"))
    # a clause with "which" may report the happening itself: left as it is
    assert elsewhen("The reciprocal access agreement, which was signed in January, came into force.", PartialDate.parse("2022-10-22"))
