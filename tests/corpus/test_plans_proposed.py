"""Plans proposed beside: a plan in a small proposal, told between two parts of an occasion, joins it with its twin.

Real sentences of two reports announcing Prabowo Subianto's visit to Russia, June 2025 (Daily8 and The Star,
tests/fixtures/intake_final80), and of two reports of Mark Carney's first foreign trip, March 2025
(tests/fixtures/intake_final92); the ids and the third report's line are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.plans_proposed import plans_proposed
from tests.corpus.builders import make_fact

PRABOWO, PUTIN = "Prabowo Subianto", "Vladimir Putin"


def fact(fact_id: str, quote: str, *entities: str, kind: str = "plan", date: str = "2025-06-15") -> Fact:
    return make_fact(fact_id, fact_id.rsplit("-", 1)[0], quote, date, entities=entities, kind=kind, topics=("visits",))


START = "He is expected to start his two-day visit in Russia on Wednesday, where he will produce a high-level declaration"
FORUM = "Prabowo will also attend the St. Petersburg International Economic Forum in St. Petersburg during his visit."
FIRST = "The trip will mark Prabowo's first official visit to Singapore and Russia since taking office last October."
DAILY8 = [
    fact("daily8-d03", START, PRABOWO, "Russia", PUTIN, date="2025-06-18"),
    fact("daily8-d04", FORUM, PRABOWO, "St. Petersburg International Economic Forum", "St. Petersburg"),
    fact("daily8-d05", FIRST, PRABOWO, "Singapore", "Russia", kind="statement"),
]
THESTAR = [
    fact("thestar-d03", START, PRABOWO, "Russia", PUTIN, date="2025-06-18"),
    fact("thestar-d04", FORUM, PRABOWO, "St. Petersburg International Economic Forum", "St. Petersburg"),
    fact("thestar-d09", "Prabowo and Putin will witness the signing of the agreements.", PRABOWO, PUTIN),
]
VISIT = [DAILY8[0], DAILY8[2], THESTAR[0], THESTAR[2]]
BY_ID = {f.id: f for f in DAILY8 + THESTAR}


def reports(*pages: Sequence[Fact]) -> dict[str, list[Prepared]]:
    """Each page's facts as linking holds them: in date order, not the page's."""
    return {page[0].source: [prepare(f) for f in sorted(page, key=lambda f: (f.date.sort_key(), f.id))] for page in pages}


def joined(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_plan_proposed_beside_and_told_between_two_parts_joins_with_its_twin() -> None:
    found = plans_proposed([(VISIT, "one occasion")], [("daily8-d04", "thestar-d04")], BY_ID, reports(DAILY8, THESTAR))
    assert joined(found) == [["daily8-d03", "daily8-d04", "daily8-d05", "thestar-d03", "thestar-d04", "thestar-d09"]]
    assert found[0][1] == "one occasion; with 2 plan(s) proposed beside it that its reports tell between two of its parts"


def test_a_plan_in_no_proposal_or_in_a_large_one_is_left_to_the_other_folds() -> None:
    found = plans_proposed([(VISIT, "one occasion")], [], BY_ID, reports(DAILY8, THESTAR))
    assert joined(found) == [sorted(f.id for f in VISIT)]
    large = ("daily8-d04", "thestar-d04", "daily8-d03", "thestar-d03")
    found = plans_proposed([(VISIT, "one occasion")], [("daily8-d04", "thestar-d04"), large], BY_ID, reports(DAILY8, THESTAR))
    assert joined(found) == [sorted(f.id for f in VISIT)]


def test_a_plan_next_to_one_part_only_stays_out_unless_its_twin_is_told_between_two() -> None:
    visit = [DAILY8[0], THESTAR[0]]
    found = plans_proposed([(visit, "one occasion")], [("daily8-d04", "thestar-d04")], BY_ID, reports(DAILY8, THESTAR))
    assert joined(found) == [["daily8-d03", "thestar-d03"]]
    visit = [DAILY8[0], THESTAR[0], THESTAR[2]]
    found = plans_proposed([(visit, "one occasion")], [("daily8-d04", "thestar-d04")], BY_ID, reports(DAILY8, THESTAR))
    assert joined(found) == [["daily8-d03", "daily8-d04", "thestar-d03", "thestar-d04", "thestar-d09"]]


def test_a_twin_outside_the_occasions_reports_stays_out() -> None:
    other = fact("antara-d02", FORUM, PRABOWO, "St. Petersburg International Economic Forum", "St. Petersburg")
    by_id = {**BY_ID, other.id: other}
    found = plans_proposed([(VISIT, "one occasion")], [("daily8-d04", "antara-d02")], by_id, reports(DAILY8, THESTAR, [other]))
    assert joined(found) == [sorted(["daily8-d04", *(f.id for f in VISIT)])]


CARNEY, MACRON, STARMER = "Mark Carney", "Emmanuel Macron", "Keir Starmer"
STRATEGIC = "“In the current international context, we want to be able to develop our most strategic projects with our closest"
JOURNAL = [
    fact("journalnews-d01", STRATEGIC, MACRON, kind="statement", date="2025-03"),
    fact(
        "journalnews-d02",
        "He will next visit Britain, where he will meet with Prime Minister Keir Starmer and King Charles III, the head of state "
        "in Canada.",
        CARNEY,
        STARMER,
        "United Kingdom",
        date="2025-03",
    ),
    fact("journalnews-d03", "Carney and Macron held talks at the Elysee Palace in Paris.", CARNEY, MACRON, "France", date="2025-03"),
]
NEWSER = [
    fact("newser-d03", STRATEGIC, MACRON, kind="statement", date="2025-03"),
    fact(
        "newser-d04",
        "Carney will next visit Britain, reports the AP, where he will meet with Prime Minister Keir Starmer and King Charles III.",
        CARNEY,
        STARMER,
        "United Kingdom",
        date="2025-03",
    ),
    fact("newser-d05", "Carney met Macron in Paris, his first foreign trip as prime minister.", CARNEY, MACRON, "France", "Canada"),
]


def test_the_next_leg_of_a_tour_stays_out() -> None:
    paris = [JOURNAL[0], JOURNAL[2], NEWSER[0], NEWSER[2]]
    by_id = {f.id: f for f in JOURNAL + NEWSER}
    found = plans_proposed([(paris, "one occasion")], [("journalnews-d02", "newser-d04")], by_id, reports(JOURNAL, NEWSER))
    assert joined(found) == [sorted(f.id for f in paris)]
