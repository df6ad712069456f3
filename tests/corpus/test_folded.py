"""Folded: statements proposed beside an occasion, under its name, with what it holds, join it.

Real sentences of the reports of Erdoğan's visit to Berlin, November 2023
(tests/fixtures/intake_final122): Nauzal's denial is a part of the visit; Goad
News's twin sentence is proposed only with it, under the visit's name.  The
plan of Murmu's next legs is from her tour of August 2024 (intake_final120), the
2.8 billion people from Modi's talks with Xi in Tianjin (intake_final94), the
fertilisers from Modi's visit to Jordan (intake_final106).
"""

from __future__ import annotations

from briefgen.corpus.folded import folded
from briefgen.corpus.models import Fact
from tests.corpus.builders import make_fact

VISIT = "recep-tayyip-erdogan-2023-11"


def fact(fact_id: str, source: str, quote: str, kind: str = "statement", date: str = "2023-11-17") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Recep Tayyip Erdogan", "Olaf Scholz"), kind=kind, topics=("visits",))


NAUZAL_DENIAL = fact(
    "nauzal-denied",
    "nauzal",
    "At the same time, he denied that his criticism of Israel had anti-Semitic undertones and described himself as a "
    "fighter against anti-Semitism.",
)
GOAD_DENIAL = fact(
    "goad-denied", "goadnews", "Mr. Erdogan has denied any anti-Semitic connotation in his criticism of Israel.", date="2023-11"
)


def visit() -> list[Fact]:
    """The visit as the occasion takes it: Nauzal's denial and each report's own line on the visit."""
    return [
        fact(
            "nauzal-visit",
            "nauzal",
            "German and Turkish leaders on Friday aired their disagreements over the war between Israel and Hamas.",
            kind="event",
        ),
        NAUZAL_DENIAL,
        fact(
            "goad-visit",
            "goadnews",
            "For his first visit to Germany since 2020, he first spoke with Head of State Frank-Walter Steinmeier.",
            kind="event",
        ),
    ]


def ids(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [[f.id for f in members] for members, _ in found]


def test_a_statement_proposed_with_its_twin_under_the_visits_name_joins_the_visit() -> None:
    found = folded([(visit(), "one occasion")], [VISIT], [([NAUZAL_DENIAL, GOAD_DENIAL], VISIT)])
    assert "goad-denied" in ids(found)[0]
    assert found[0][1] == "one occasion; with 1 statement(s) proposed beside it with what it holds"


def test_under_another_name_what_no_one_is_told_to_have_said_stays_beside() -> None:
    found = folded([(visit(), "one occasion")], [VISIT], [([NAUZAL_DENIAL, GOAD_DENIAL], "israel-2023-11")])
    assert ids(found) == [["nauzal-visit", "nauzal-denied", "goad-visit"]]
    assert found[0][1] == "one occasion"


def test_under_another_name_a_writers_line_of_background_stays_beside() -> None:
    held = fact(
        "assam-fertiliser",
        "nauzal",
        "Jordan is an important supplier of fertiliser to India, and companies on both sides are in discussions for further "
        "substantive investment in Jordan.",
    )
    twin = fact(
        "hans-fertiliser", "goadnews", "Jordan is also a leading supplier of fertilisers to India, particularly phosphates and potash."
    )
    found = folded([([*visit(), held], "one occasion")], [VISIT], [([held, twin], "jordan-2025-12")])
    assert "hans-fertiliser" not in ids(found)[0]


def test_a_figure_said_twice_joins_under_its_metric() -> None:
    held = fact("today-people", "nauzal", '"The interests of 2.8 billion people of both countries are linked to our cooperation."')
    twin = fact(
        "standard-people",
        "goadnews",
        "They affirmed that a stable and amicable India-China relationship could benefit 2.8 billion people.",
    )
    found = folded([([*visit(), held], "one occasion")], [VISIT], [([held, twin], "m-people")])
    assert "standard-people" in ids(found)[0]


def test_a_report_the_occasion_does_not_take_stays_beside() -> None:
    elsewhere = fact("other-denied", "otherpaper", "Erdogan denied that his criticism of Israel was anti-Semitic.")
    found = folded([(visit(), "one occasion")], [VISIT], [([NAUZAL_DENIAL, elsewhere], VISIT)])
    assert "other-denied" not in ids(found)[0]


def test_what_is_no_statement_stays_beside() -> None:
    # a plan beside a tour, under its name, is as often its next leg as a part of it
    next_legs = fact("goad-next", "goadnews", "Following Fiji, she is scheduled to visit New Zealand and Timor-Leste.", kind="plan")
    found = folded([(visit(), "one occasion")], [VISIT], [([NAUZAL_DENIAL, next_legs], VISIT)])
    assert "goad-next" not in ids(found)[0]


def test_a_larger_proposal_is_decided_on_its_own() -> None:
    more = [fact(f"goad-more-{n}", "goadnews", f"Erdogan said Israel must stop its attacks, he repeated ({n}).") for n in range(3)]
    found = folded([(visit(), "one occasion")], [VISIT], [([NAUZAL_DENIAL, *more], VISIT)])
    assert ids(found) == [["nauzal-visit", "nauzal-denied", "goad-visit"]]


def test_a_statement_joins_one_occasion_at_most() -> None:
    other = [fact("nauzal-x", "nauzal", "Scholz said the suffering of the Palestinians was distressing.")]
    beside = [([NAUZAL_DENIAL, GOAD_DENIAL], VISIT), ([other[0], GOAD_DENIAL], "olaf-scholz-2023-11")]
    found = folded([(visit(), "one occasion"), (other, "another")], [VISIT, "olaf-scholz-2023-11"], beside)
    assert [m.count("goad-denied") for m in ids(found)] == [1, 0]


def test_a_statement_folded_in_brings_no_other() -> None:
    further = fact("goad-further", "goadnews", "He said he had denied it before, Erdogan told reporters.")
    beside = [([NAUZAL_DENIAL, GOAD_DENIAL], VISIT), ([GOAD_DENIAL, further], VISIT)]
    found = folded([(visit(), "one occasion")], [VISIT], beside)
    assert "goad-denied" in ids(found)[0]
    assert "goad-further" not in ids(found)[0]
