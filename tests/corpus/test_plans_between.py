"""Plans between: a plan told between two parts of an occasion, in no proposal, joins it.

Real sentences of two reports announcing Anwar Ibrahim's official visit to Manila,
1-2 March 2023 (tests/fixtures/intake_final130): The Philippine Star's and Rappler's
programmes of the visit, one step a sentence.  The second occasion's lines are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.plans_between import page_order, plans_between
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact

ANWAR, MARCOS = "Anwar Ibrahim", "Ferdinand Marcos Jr."


def fact(fact_id: str, quote: str, *entities: str, kind: str = "plan", date: str = "2023-02-28") -> Fact:
    return make_fact(fact_id, fact_id.rsplit("-", 1)[0], quote, date, entities=entities or (ANWAR, MARCOS), kind=kind, topics=("visits",))


PHILSTAR = [
    fact(
        "philstar-d01",
        "The Philippines will be hosting Malaysian Prime Minister Anwar Ibrahim this week, from March 1 to 2.",
        ANWAR,
        "Philippines",
        date="2023-03-01",
    ),
    fact(
        "philstar-d02",
        "Anwar will be the first head of government to go on an official visit to the country under President Ferdinand "
        "“Bongbong” Marcos Jr.’s administration.",
    ),
    fact(
        "philstar-d03",
        '"The two leaders will hold a bilateral meeting to discuss areas of mutual concern such as political, security, and '
        "economic cooperation, as well as people-to-people ties.",
    ),
    fact(
        "philstar-d04",
        'They are also expected to exchange views on regional and international issues," the Presidential Communications '
        "Office said in a statement on Tuesday.",
        "Presidential Communications Office",
    ),
    fact("philstar-d05", "Marcos Jr. will also host a dinner banquet for his Malaysian counterpart."),
    fact(
        "philstar-d06",
        "According to Malaysia's foreign affairs ministry, Anwar will also be traveling with his ministers for foreign affairs "
        "and for home affairs, the minister of entrepreneur and cooperatives development, and other officials from relevant "
        "ministries and agencies.",
        "Malaysian Ministry of Foreign Affairs",
        ANWAR,
    ),
    fact(
        "philstar-d07",
        'While in the Philippines, Anwar will also deliver a public lecture called "30 Years After Asian Renaissance: Strategic '
        'Takeaways for ASEAN" at the University of the Philippines.',
        ANWAR,
        "University of the Philippines",
    ),
    fact("philstar-d08", "He will also meet members of the Malaysian diaspora in the Philippines.", ANWAR),
]
RAPPLER = [
    fact(
        "rappler-d01",
        "President Ferdinand Marcos Jr. will be hosting a dinner banquet on Wednesday, March 1, during Malaysian Prime Minister "
        "Anwar Ibrahim’s official visit to Manila.",
        date="2023-03-01",
    ),
    fact(
        "rappler-d02",
        "In a release, the Presidential Communications Office said Marcos will be welcoming Anwar to Malacañang on Wednesday.",
        "Presidential Communications Office",
        MARCOS,
        ANWAR,
        "Malacañang",
        date="2023-03-01",
    ),
    fact(
        "rappler-d03",
        "A bilateral meeting, where they will “discuss areas of mutual concern such as political, security, and economic "
        "cooperation, as well as people-to-people ties,” and regional and international issues, is set to happen before the "
        "dinner banquet.",
    ),
    fact("rappler-d04", "Anwar is the first head of government to visit Manila under Marcos’ presidency.", ANWAR, MARCOS, kind="event"),
    fact("rappler-d05", "He will be in Manila from March 1 to 2, 2023.", ANWAR, "Manila", date="2023-03-01"),
    fact(
        "rappler-d06",
        "In a separate release, the Malaysian Ministry of Foreign Affairs said Anwar will be accompanied by his wife, Dr. Wan "
        "Azizah Wan Ismail, and several of his ministers.",
        "Malaysian Ministry of Foreign Affairs",
        ANWAR,
        "Wan Azizah Wan Ismail",
    ),
]


def by_id(*ids: str) -> list[Fact]:
    facts = {f.id: f for f in PHILSTAR + RAPPLER}
    return [facts[i] for i in ids]


def reports(*pages: Sequence[Fact]) -> dict[str, list[Prepared]]:
    """Each page's facts as linking holds them: in date order, not the page's."""
    return {page[0].source: [prepare(f) for f in sorted(page, key=lambda f: (f.date.sort_key(), f.id))] for page in pages}


def joined(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_plan_between_two_parts_of_the_visit_joins_it() -> None:
    visit = by_id("philstar-d03", "philstar-d05", "rappler-d01")
    found = plans_between([(visit, "one occasion")], set(), reports(PHILSTAR))
    assert joined(found) == [["philstar-d03", "philstar-d04", "philstar-d05", "rappler-d01"]]
    assert found[0][1] == "one occasion; with 1 plan(s) its reports tell between two of its parts"


def test_a_plan_next_to_one_part_only_stays_out() -> None:
    visit = by_id("philstar-d02", "philstar-d03", "rappler-d01")
    found = plans_between([(visit, "one occasion")], set(), reports(PHILSTAR))
    assert joined(found) == [["philstar-d02", "philstar-d03", "rappler-d01"]]
    assert found[0][1] == "one occasion"


def test_a_plan_a_proposal_holds_stays_where_it_is_proposed() -> None:
    visit = by_id("philstar-d03", "philstar-d05", "rappler-d01")
    found = plans_between([(visit, "one occasion")], {"philstar-d04"}, reports(PHILSTAR))
    assert joined(found) == [["philstar-d03", "philstar-d05", "rappler-d01"]]


def test_a_statement_or_an_event_between_two_parts_stays_out() -> None:
    said = fact(
        "philstar-d04",
        "Malaysia is the Philippines' fifteenth trading partner, the Presidential Communications Office said.",
        kind="statement",
    )
    page = [said if f.id == "philstar-d04" else f for f in PHILSTAR]
    visit = by_id("philstar-d03", "philstar-d05", "rappler-d01")
    assert joined(plans_between([(visit, "one occasion")], set(), reports(page))) == [["philstar-d03", "philstar-d05", "rappler-d01"]]


def test_a_plan_between_parts_of_two_occasions_joins_neither() -> None:
    other = [
        fact(
            "rappler-d09", "Marcos held talks with Japanese Prime Minister Fumio Kishida in Tokyo.", MARCOS, "Fumio Kishida", kind="event"
        ),
        fact("rappler-d10", "Kishida will visit Manila later this year, the two leaders said.", MARCOS, "Fumio Kishida"),
    ]
    page = [*RAPPLER[:4], RAPPLER[4], other[0]]
    page[4] = fact("rappler-d08", "He will be in Manila from March 1 to 2, 2023.", ANWAR, "Manila", date="2023-03-01")
    occasions = [(by_id("rappler-d04", "philstar-d01"), "one occasion"), ([other[0], other[1]], "another occasion")]
    found = plans_between(occasions, set(), reports(page))
    assert joined(found) == [["philstar-d01", "rappler-d04"], ["rappler-d09", "rappler-d10"]]


def test_a_pages_order_reads_the_numbers_of_its_ids_as_numbers() -> None:
    assert sorted(["rappler-d10", "rappler-d9", "rappler-d11"], key=page_order) == ["rappler-d9", "rappler-d10", "rappler-d11"]
    nine = fact("rappler-d9", RAPPLER[3].quote, ANWAR, MARCOS, kind="event")
    ten = fact("rappler-d10", RAPPLER[4].quote, ANWAR, "Manila", date="2023-03-01")
    eleven = fact("rappler-d11", RAPPLER[5].quote, "Malaysian Ministry of Foreign Affairs", ANWAR)
    found = plans_between([([nine, eleven, PHILSTAR[0]], "one occasion")], set(), reports([nine, ten, eleven]))
    assert joined(found) == [["philstar-d01", "rappler-d10", "rappler-d11", "rappler-d9"]]


def test_facts_named_by_hand_are_in_no_order_known() -> None:
    talks, views, welcome = (
        fact(f"philstar-{name}", f.quote) for name, f in zip(("talks", "views", "welcome"), PHILSTAR[2:5], strict=True)
    )
    assert sorted([welcome.id, views.id, talks.id], key=page_order) == ["philstar-talks", "philstar-views", "philstar-welcome"]
    found = plans_between([([talks, welcome, *by_id("rappler-d01")], "one occasion")], set(), reports([talks, views, welcome]))
    assert joined(found) == [["philstar-talks", "philstar-welcome", "rappler-d01"]]


def test_check_proposes_the_plans_told_between_the_visits_parts_with_it() -> None:
    facts = sorted(PHILSTAR + RAPPLER, key=lambda f: (f.date.sort_key(), f.id))
    (visit,) = [p for p in propose_links(facts, LinkDecisions()) if p.evidence.startswith("one occasion")]
    assert {"philstar-d04", "philstar-d06", "rappler-d05"} <= set(visit.fact_ids)
    assert "with 3 plan(s) its reports tell between two of its parts" in visit.evidence
