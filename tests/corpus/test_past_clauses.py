"""Past clauses: a clause dating an earlier agreement or happening does not date a part of the visit elsewhere.

Real sentences of half A: Modi's visit to Australia (intake_final40, May 2023),
Albanese and Kishida in Perth (intake_final38, October 2022), Tinubu's state
visit to London (intake_final48, March 2026), VietJet's Airbus order during
Macron's visit to Vietnam (intake_final26, May 2025), Mexico's foreign minister
in Beijing (intake_final36, December 2023), Iran and Russia's treaty
(intake_final28).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.past_clauses import without_past_dates
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

CEO_FORUM = (
    "PM Modi will also meet Australian business leaders to drive Australia's growing trade and investment relationship with"
    ' India and take forward opportunities from the Australia-India CEO Forum held in Mumbai in March," according to the'
    " statement."
)
DECLARATION = (
    "During the meeting, the leaders signed a renewed Joint Declaration on Security Cooperation, first established in 2007,"
    " that will shape the security partnership over the next decade."
)
PARTNERSHIP = (
    "The visit is expected to focus on the strategic partnership established between London and Abuja in late 2024,"
    " targeting enhanced cooperation in security, migration, and economic growth."
)
VIETJET = (
    "The high-profile visit bore immediate fruit on Monday, as Vietnamese low-cost carrier VietJet signed a deal with Airbus"
    " for an additional 20 A330neo wide-body jets, doubling a previous agreement made last year."
)
OTIS = (
    "Barcena thanked China for helping Mexico rebuild from the damage caused in October by Hurricane Otis, which devastated"
    " the Pacific beach resort of Acapulco."
)
TREATIES = (
    "The preamble of the agreement cites earlier treaties as the legal foundation of bilateral relations, including the 1921"
    " Iran-Soviet Treaty, the 1940 Trade and Navigation Treaty, the 2001 Treaty on the Foundations of Relations and"
    " Principles of Cooperation, and a 2020 joint declaration on international law."
)


def fact(fact_id: str, quote: str, entities: tuple[str, ...], source: str = "midday-2023-05-22") -> Fact:
    return make_fact(fact_id, source, quote, "2023-05-22", entities=entities, kind="plan", topics=("meetings",))


def modi_in_australia() -> list[Fact]:
    """Two reports of the visit's plans: the visit, the meeting with Albanese and the business leaders."""
    return [
        fact(
            "leaves",
            "Prime Minister Narendra Modi left for Australia on Monday on a three-day visit to hold talks with Anthony Albanese.",
            ("Narendra Modi", "Anthony Albanese", "Australia"),
            source="other-2023-05-22",
        ),
        fact(
            "embarks",
            "Prime Minister Narendra Modi embarked on a three-day visit to Australia on Monday, during which he will hold"
            " bilateral talks with his Australian counterpart Anthony Albanese.",
            ("Narendra Modi", "Anthony Albanese", "Australia"),
        ),
        fact(
            "albanese",
            "PM Modi will hold a bilateral meeting with Prime Minister Albanese in Sydney on May 24, the statement said.",
            ("Narendra Modi", "Anthony Albanese", "Australia", "India"),
        ),
        fact("business", CEO_FORUM, ("Narendra Modi", "Australia", "India", "Mumbai")),
    ]


def test_a_plan_that_builds_on_a_forum_held_in_march_is_proposed_with_the_visit_in_may() -> None:
    [visit] = [p for p in propose_links(modi_in_australia(), LinkDecisions()) if p.kind == "event" and "leaves" in p.fact_ids]
    assert {"leaves", "embarks", "albanese", "business"} <= set(visit.fact_ids)


def test_a_clause_dating_an_earlier_agreement_or_happening_dates_nothing_of_the_visit() -> None:
    assert not elsewhen(CEO_FORUM, PartialDate.parse("2023-05-22"))
    assert not elsewhen(DECLARATION, PartialDate.parse("2022-10-22"))
    assert not elsewhen(PARTNERSHIP, PartialDate.parse("2026-03"))
    assert not elsewhen(VIETJET, PartialDate.parse("2025-05-26"))
    assert not elsewhen(OTIS, PartialDate.parse("2023-12-05"))
    assert without_past_dates(PARTNERSHIP).startswith("The visit is expected to focus on the strategic partnership  , targeting")


def test_an_older_treaty_named_with_its_year_dates_nothing_of_the_visit() -> None:
    assert not elsewhen(TREATIES, PartialDate.parse("2025-01-17"))


def test_what_the_sentence_itself_reports_is_still_dated_elsewhere() -> None:
    # the happening with a person as its subject, in a month that is not the visit's
    assert elsewhen(
        "Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif agreed on November 2 to establish a"
        " high-speed rail project.",
        PartialDate.parse("2024-06-07"),
    )
    # the clause is the sentence's own verb
    assert elsewhen("The reciprocal access agreement was signed in January.", PartialDate.parse("2022-10-22"))
    # a second clause joined by "and" dates on
    assert elsewhen(
        "The new agreement is intended to replace the 20-year strategic one signed between the two countries in 2001 and extended in 2020.",
        PartialDate.parse("2025-01-17"),
    )
