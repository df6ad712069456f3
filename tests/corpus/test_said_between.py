"""Said between: a statement told right between two parts of an occasion, naming only its parties, joins it.

Sentences of the reports of Narendra Modi's visit to Croatia, 18 June 2025 (tests/fixtures/intake_final90: the thanks
for the condolences is a real line of it), and of Christopher Luxon's visit to India (intake_final84); the second
report's lines, the third party's line and the preview's dates are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.said_between import names_only, occasion_parties, said_between
from tests.corpus.builders import make_fact

MODI, PLENKOVIC, CROATIA = "Narendra Modi", "Andrej Plenkovic", "Croatia"


def fact(fact_id: str, quote: str, *entities: str, kind: str = "event", date: str = "2025-06-18") -> Fact:
    return make_fact(fact_id, fact_id.rsplit("-", 1)[0], quote, date, entities=entities, kind=kind, topics=("visits",))


ARRIVAL = fact("ddnews-d01", "Prime Minister Narendra Modi arrived in Zagreb on Wednesday.", MODI, CROATIA)
THANKS = fact(
    "ddnews-d02",
    "We are deeply grateful to Prime Minister Plenkovic and the Government of Croatia for their condolences on the "
    "terrorist attack in India on April 22.",
    MODI,
    PLENKOVIC,
    CROATIA,
    kind="statement",
)
TALKS = fact("ddnews-d03", "Prime Minister Modi and Prime Minister Plenkovic held talks in Zagreb.", MODI, PLENKOVIC)
OTHER = fact("ani-d01", "PM Modi held talks with Croatian Prime Minister Andrej Plenkovic in Zagreb.", MODI, PLENKOVIC, CROATIA)
VISIT = [ARRIVAL, TALKS, OTHER]


def reports(*pages: Sequence[Fact]) -> dict[str, list[Prepared]]:
    """Each page's facts as linking holds them: in date order, not the page's."""
    return {page[0].source: [prepare(f) for f in sorted(page, key=lambda f: (f.date.sort_key(), f.id))] for page in pages}


def joined(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_statement_between_two_parts_naming_only_the_parties_joins_the_occasion() -> None:
    found = said_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, THANKS, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d02", "ddnews-d03"]]
    assert found[0][1] == "one occasion; with 1 statement(s) its reports tell between two of its parts, naming only its parties"


def test_a_statement_naming_a_third_party_is_background_and_stays_out() -> None:
    said = fact(
        "ddnews-d02",
        "Croatia has not ruled out joining Paris and London in sending troops into Ukraine.",
        CROATIA,
        "Paris",
        "London",
        "Ukraine",
        kind="statement",
    )
    found = said_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, said, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d03"]]


def test_a_statement_naming_no_one_or_proposed_elsewhere_or_not_right_between_stays_out() -> None:
    nameless = fact("ddnews-d02", "It was a moment of great emotion.", kind="statement")
    found = said_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, nameless, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d03"]]
    found = said_between([(VISIT, "one occasion")], {"ddnews-d02"}, reports([ARRIVAL, THANKS, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d03"]]
    found = said_between([([ARRIVAL, OTHER], "one occasion")], set(), reports([ARRIVAL, THANKS, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01"]]


def test_what_a_preview_tells_of_the_days_before_stays_out() -> None:
    luxon, india = "Christopher Luxon", "India"
    preview = [
        fact("nzherald-d01", "Luxon will travel to India for a five-day visit.", luxon, india, kind="plan", date="2025-03-10"),
        fact(
            "nzherald-d02",
            "His previous private sector roles took Mr Luxon to India several times.",
            luxon,
            india,
            kind="statement",
            date="2025-03-10",
        ),
        fact("nzherald-d03", "Luxon will meet Prime Minister Narendra Modi in New Delhi.", luxon, india, kind="plan", date="2025-03-10"),
    ]
    arrivals = [
        fact("hindu-d01", "New Zealand Prime Minister Christopher Luxon arrived in New Delhi.", luxon, india, date="2025-03-16"),
        fact("wion-d01", "Christopher Luxon landed in India on Sunday.", luxon, india, date="2025-03-16"),
    ]
    occasion = [preview[0], preview[2], *arrivals]
    found = said_between([(occasion, "one occasion")], set(), reports(preview, arrivals[:1], arrivals[1:]))
    assert joined(found) == [sorted(f.id for f in occasion)]


def test_the_parties_are_the_names_every_report_gives_one_of_them_twice() -> None:
    found = occasion_parties({"ddnews", "ani"}, reports([ARRIVAL, THANKS, TALKS], [OTHER]))
    assert found == frozenset({"modi", "plenk", "croat"})
    assert names_only(THANKS, found)
    assert not names_only(fact("x-d01", "India thanked Croatia and Pakistan.", CROATIA, "Pakistan", kind="statement"), found)


def test_a_statement_dated_to_years_before_the_occasion_stays_out() -> None:
    recalled = fact(
        "ddnews-d02",
        "Prime Minister Modi recalled that Croatia and India signed their first cultural accord in 1995.",
        MODI,
        CROATIA,
        kind="statement",
    )
    found = said_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, recalled, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d03"]]
    this_year = fact(
        "ddnews-d02",
        "This year Croatia and India mark 30 years since their first cultural accord of 1995.",
        MODI,
        CROATIA,
        kind="statement",
    )
    found = said_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, this_year, TALKS], [OTHER]))
    assert joined(found) == [["ani-d01", "ddnews-d01", "ddnews-d02", "ddnews-d03"]]
