"""Named beside: a fact of an occasion's own report, proposed beside it under its name with a part, joins it.

Real sentences of the reports of Anwar Ibrahim's official visit to Australia, March 2024
(tests/fixtures/intake_final150): The Sun's plan for the leaders' meeting is left out of the visit, and proposed
only with Free Malaysia Today's twin, which the visit holds.  The leg ahead is from Droupadi Murmu's tour of August
2024 (intake_final120).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.named_beside import named_beside
from tests.corpus.builders import make_fact

VISIT = "anwar-ibrahim-2024-03"


def fact(fact_id: str, source: str, quote: str, kind: str = "event", date: str = "2024-03-03") -> Fact:
    names = ("Anwar Ibrahim", "Anthony Albanese", "Australia")
    return make_fact(fact_id, source, quote, date, entities=names, kind=kind, topics=("visits",))


SUN_ARRIVAL = fact(
    "sun-arrived",
    "thesun",
    "MELBOURNE: Malaysian Prime Minister Datuk Seri Anwar Ibrahim arrived in Melbourne on Sunday night to kickstart his "
    "inaugural official visit to Australia at the invitation of Australian counterpart Prime Minister Anthony Albanese.",
)
FMT_ARRIVAL = fact(
    "fmt-arrived", "fmt", "PETALING JAYA: Prime Minister Anwar Ibrahim arrived in Melbourne tonight to begin his inaugural visit."
)
FMT_MEETING = fact(
    "fmt-meeting",
    "fmt",
    "During the visit, Anwar will lead the Malaysian delegation to the second Malaysia-Australia annual leaders’ meeting "
    "tomorrow and the Asean-Australia special summit from March 5-6.",
    kind="plan",
)
SUN_MEETING = fact(
    "sun-meeting",
    "thesun",
    "During the visit, Anwar will lead the Malaysian delegation to the 2nd Malaysia – Australia Annual Leaders’ Meeting "
    "(ALM) on March 4 and the ASEAN-Australia Special Summit from March 5-6.",
    kind="plan",
    date="2024-03-04",
)


def visit() -> list[Fact]:
    """The visit as the occasion takes it: both arrivals, and Free Malaysia Today's plan for the meeting."""
    return [SUN_ARRIVAL, FMT_ARRIVAL, FMT_MEETING]


def run(beside: list[tuple[list[Fact], str]], *extra: Fact) -> list[tuple[list[Fact], str]]:
    every = [*visit(), SUN_MEETING, *extra, *(f for facts, _ in beside for f in facts)]
    prepared = {f.id: prepare(f) for f in every}
    return named_beside([(visit(), "one occasion")], [VISIT], [(tuple(f.id for f in facts), name) for facts, name in beside], prepared)


def ids(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_plan_of_the_visits_report_proposed_with_a_part_under_its_name_joins_the_visit() -> None:
    found = run([([FMT_MEETING, SUN_MEETING], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived", "sun-meeting"]]
    assert found[0][1] == "one occasion; with 1 fact(s) of its reports proposed beside it under its name"


def test_under_another_name_it_stays_beside() -> None:
    found = run([([FMT_MEETING, SUN_MEETING], "malaysia-2024-03")])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]
    assert found[0][1] == "one occasion"


def test_a_proposal_that_holds_no_part_of_the_visit_is_not_read() -> None:
    other = fact("star-meeting", "thestar", "Anwar is leading Malaysia's delegation to the Annual Leaders' Meeting.", kind="plan")
    found = run([([SUN_MEETING, other], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]


def test_a_fact_of_a_page_that_tells_no_part_of_the_visit_stays_beside() -> None:
    page = fact(
        "star-meeting",
        "thestar",
        "During the visit, Anwar will lead the Malaysian delegation to the second Malaysia-Australia Annual Leaders' Meeting.",
        kind="plan",
    )
    found = run([([FMT_MEETING, page], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]


def test_a_leg_still_to_come_of_the_tour_stays_beside() -> None:
    ahead = fact("sun-next", "thesun", "Following Australia, he is scheduled to visit New Zealand and Timor-Leste.", kind="plan")
    found = run([([FMT_MEETING, ahead], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]


def test_a_fact_dated_away_from_the_visit_stays_beside() -> None:
    earlier = fact(
        "sun-earlier",
        "thesun",
        "Anwar last met Albanese in Melbourne in November 2022, on the sidelines of the Asean summit in Phnom Penh.",
        date="2022-11",
    )
    found = run([([FMT_MEETING, earlier], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]


def test_a_line_counting_visits_proposed_under_its_name_joins_the_visit() -> None:
    sun = fact(
        "sun-counted",
        "thesun",
        "Anwar is on his first official visit to Australia, and the two sides agreed on more high-level visits.",
    )
    found = run([([SUN_ARRIVAL, sun], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived", "sun-counted"]]


def test_a_line_counting_visits_and_dated_to_another_year_stays_beside() -> None:
    sun = fact("sun-counted", "thesun", "It is Anwar's second visit to Australia; his first was in December 2022.")
    found = run([([SUN_ARRIVAL, sun], VISIT)])
    assert ids(found) == [["fmt-arrived", "fmt-meeting", "sun-arrived"]]
