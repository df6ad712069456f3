"""What a visit's reports tell of the weeks before it, or of the visitor's stop before it, is not a part of the visit.

Real sentences of half A: Lavrov's words "last week" beside Macron's visit to Astana
(intake_final108), Xi's meetings "in the past weeks" beside Thongloun's visit to
Beijing (intake_final72), Modi in Papua New Guinea "earlier today" before Sydney
(intake_final40), Sheikh Mohamed leaving Seoul before Beijing (intake_final42); and
the sentences that stay (intake_final12, intake_final80, intake_final44).
"""

from __future__ import annotations

from briefgen.corpus.lately import of_weeks_before
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact

ASTANA = frozenset(map(party_key, ("Emmanuel Macron", "France", "Kazakhstan", "Kassym-Jomart Tokayev")))
BEIJING_LAOS = frozenset(map(party_key, ("Xi Jinping", "China", "Laos", "Thongloun Sisoulith")))
SYDNEY = frozenset(map(party_key, ("Narendra Modi", "India", "Australia", "Anthony Albanese", "Sydney")))
PORT_MORESBY = frozenset(map(party_key, ("Narendra Modi", "India", "Papua New Guinea", "James Marape")))
BEIJING_UAE = frozenset(map(party_key, ("Mohamed bin Zayed", "United Arab Emirates", "China", "Xi Jinping")))
ADDIS = frozenset(map(party_key, ("Mohamed bin Zayed", "United Arab Emirates", "Ethiopia", "Abiy Ahmed")))
MOSCOW = frozenset(map(party_key, ("Prabowo Subianto", "Indonesia", "Russia", "Vladimir Putin")))
ISLAMABAD_BEIJING = frozenset(map(party_key, ("Shehbaz Sharif", "Pakistan", "China", "Xi Jinping")))

PNG_EARLIER = (
    "Earlier today, the Indian leader was in Papua New Guinea where he discussed bilateral relations between the two countries "
    "with his counterpart James Marape."
)


def fact(quote: str, entities: tuple[str, ...], kind: str = "event", date: str = "2023-11-01") -> Fact:
    return make_fact("f", "page", quote, date, entities=entities, kind=kind, topics=("visits",))


def test_what_others_did_a_week_or_more_before_the_page_is_not_the_visit() -> None:
    lavrov = fact(
        "Russian Foreign Minister Sergei Lavrov stated last week that the West was attempting to lure away Russia’s "
        "“neighbors, friends, and allies.”",
        ("Sergei Lavrov", "Russia"),
        kind="statement",
    )
    assert of_weeks_before(lavrov, ASTANA, party_key)
    xi = fact(
        "Xi has held a series of meetings with foreign counterparts in the past weeks, especially at the Group of 20 summit "
        "in Bali and then the Apec forum in Bangkok.",
        ("Xi Jinping", "G20", "Bali", "Apec", "Bangkok"),
    )
    assert of_weeks_before(xi, BEIJING_LAOS, party_key)


def test_the_sides_together_the_visit_named_and_the_same_week_stay() -> None:
    together = fact(
        'Last week, the two countries have agreed to elevate their relationship to "a strategic partnership" as part of '
        "the 17 bilateral agreements signed between their ministries",
        ("United Arab Emirates", "Ethiopia"),
    )
    assert not of_weeks_before(together, ADDIS, party_key)
    this_week = fact(
        "The former general declined an invitation to the G7 in Canada earlier this week in favour of talks with Putin "
        "in Saint Petersburg,",
        ("G7", "Canada", "Vladimir Putin", "Saint Petersburg"),
    )
    assert not of_weeks_before(this_week, MOSCOW, party_key)
    due = fact(
        "Russian Foreign Minister Sergei Lavrov stated last week that the West was attempting to lure away Russia’s "
        "“neighbors, friends, and allies.”",
        ("Sergei Lavrov", "Russia"),
        kind="plan",
    )
    assert not of_weeks_before(due, ASTANA, party_key)


def test_the_visitors_stop_before_this_one_is_another_leg() -> None:
    assert of_weeks_before(fact(PNG_EARLIER, ("Narendra Modi", "Papua New Guinea", "James Marape")), SYDNEY, party_key)
    seoul = fact("Sheikh Mohamed earlier left Seoul, after a two-day visit to South Korea.", ("Mohamed bin Zayed", "Seoul"))
    assert of_weeks_before(seoul, BEIJING_UAE, party_key)


def test_the_stop_is_this_legs_own_when_its_place_is_a_side_and_earlier_acts_of_the_day_stay() -> None:
    assert not of_weeks_before(fact(PNG_EARLIER, ("Narendra Modi", "Papua New Guinea", "James Marape")), PORT_MORESBY, party_key)
    met = fact(
        "Prime Minister Shehbaz Sharif and President Xi Jinping met earlier today and agreed to strengthen the strategic "
        "partnership between the two countries,",
        ("Shehbaz Sharif", "Xi Jinping"),
    )
    assert not of_weeks_before(met, ISLAMABAD_BEIJING, party_key)


def modi_in_sydney(*extra: Fact) -> list[Fact]:
    """Two pages of 22 May 2023 on Modi's arrival in Australia, the last leg of his tour (intake_final40)."""
    modi = ("Narendra Modi", "Australia")
    return [
        make_fact(
            "fp-landed",
            "firstpost",
            "Prime Minister Narendra Modi landed in Sydney, Australia today in the last leg of his three-nation visit.",
            "2023-05-22",
            entities=(*modi, "Sydney"),
            topics=("visits",),
        ),
        make_fact(
            "fp-host",
            "firstpost",
            "“I am honoured to host Prime Minister Modi for an official visit to Australia, after receiving an extremely warm "
            "welcome in India earlier this year,” Prime Minister Anthony Albanese said in a statement ahead of Modi’s visit.",
            "2023-05-22",
            entities=("Anthony Albanese", *modi, "India"),
            kind="statement",
            topics=("visits",),
        ),
        make_fact(
            "md-left",
            "midday",
            "The Prime Minister of India Narendra Modi left for Australia on a three-day visit on Monday after completing "
            "his visit to Papua New Guinea.",
            "2023-05-22",
            entities=(*modi, "India", "Papua New Guinea"),
            topics=("visits",),
        ),
        make_fact(
            "md-meeting",
            "midday",
            "At their bilateral meeting, the leaders will discuss trade and investment, including efforts to boost trade "
            "between the two countries through a Comprehensive Economic Cooperation Agreement",
            "2023-05-22",
            entities=(*modi, "Anthony Albanese", "India"),
            kind="plan",
            topics=("visits",),
        ),
        *extra,
    ]


def test_a_report_of_sydney_leaves_the_stop_in_papua_new_guinea_out_of_the_visit() -> None:
    png = make_fact(
        "fp-png",
        "firstpost",
        PNG_EARLIER,
        "2023-05-22",
        entities=("Narendra Modi", "Papua New Guinea", "James Marape"),
        topics=("visits",),
    )
    proposals = [p for p in propose_links(modi_in_sydney(png), LinkDecisions()) if p.kind == "event" and "one occasion" in p.evidence]
    found = set().union(*(p.fact_ids for p in proposals))
    assert {"fp-landed", "md-left"} <= found
    assert "fp-png" not in found
