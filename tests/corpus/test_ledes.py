"""Ledes: a page's first fact, outside every occasion, dated as the part right after it, joins that part's occasion.

The lede is the opening line of a report of Xi Jinping's visit to Peru, 15 November 2024 (tests/fixtures/intake_final66);
the lines after it, the second report and the leg and the background are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.ledes import ledes
from briefgen.corpus.models import Fact
from tests.corpus.builders import make_fact

XI = "Xi Jinping"


def fact(fact_id: str, quote: str, *entities: str, kind: str = "event", date: str = "2024-11-15") -> Fact:
    return make_fact(fact_id, fact_id.rsplit("-", 1)[0], quote, date, entities=entities or (XI,), kind=kind, topics=("visits",))


LEDE = fact(
    "reuters-d01",
    "Chinese President Xi Jinping and Peruvian counterpart Dina Boluarte inaugurated a $1.3 billion port that could "
    "transform South American trade with Asia",
    XI,
    "Dina Boluarte",
)
TALKS = fact("reuters-d02", "Xi held talks with Boluarte at the government palace in Lima on Friday.", XI, "Dina Boluarte")
SIGNED = fact("reuters-d03", "The two presidents witnessed the signing of more than 20 cooperation documents.", XI, kind="event")
OTHER = fact("andina-d01", "President Boluarte received Xi Jinping at the government palace on Friday.", XI, "Dina Boluarte")
VISIT = [TALKS, SIGNED, OTHER]


def reports(*pages: Sequence[Fact]) -> dict[str, list[Prepared]]:
    """Each page's facts as linking holds them: in date order, not the page's."""
    return {page[0].source: [prepare(f) for f in sorted(page, key=lambda f: (f.date.sort_key(), f.id))] for page in pages}


def joined(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_a_lede_dated_as_the_part_after_it_joins_the_occasion() -> None:
    found = ledes([(VISIT, "one occasion")], [], reports([LEDE, TALKS, SIGNED], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d01", "reuters-d02", "reuters-d03"]]
    assert found[0][1] == "one occasion; with 1 report opening(s) dated as the part after them"


def test_a_lede_dated_to_the_month_of_the_part_after_it_joins() -> None:
    lede = fact("reuters-d01", LEDE.quote, XI, "Dina Boluarte", kind="figure", date="2024-11")
    found = ledes([(VISIT, "one occasion")], [("reuters-d01", "andina-d01")], reports([lede, TALKS, SIGNED], [OTHER]))
    assert "reuters-d01" in joined(found)[0]


def test_a_lede_of_another_day_stays_out() -> None:
    recalled = fact("reuters-d01", "Xi Jinping last visited Lima in November 2016 for the APEC summit.", XI, date="2016-11")
    found = ledes([(VISIT, "one occasion")], [], reports([recalled, TALKS, SIGNED], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d02", "reuters-d03"]]


def test_a_lede_a_larger_proposal_takes_stays_out() -> None:
    leg = fact("reuters-d01", "Xi Jinping wrapped up his three-nation tour of Latin America by visiting Brazil.", XI, "Brazil")
    proposed = [("reuters-d01", "a-d01", "b-d01", "c-d01")]
    found = ledes([(VISIT, "one occasion")], proposed, reports([leg, TALKS, SIGNED], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d02", "reuters-d03"]]


def test_only_the_first_fact_of_a_page_and_only_before_a_part() -> None:
    later = fact("reuters-d04", "The port is expected to handle a million containers a year.", XI, kind="plan")
    found = ledes([(VISIT, "one occasion")], [], reports([TALKS, SIGNED, later], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d02", "reuters-d03"]]
    found = ledes([([SIGNED, OTHER], "one occasion")], [], reports([LEDE, TALKS, SIGNED], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d03"]]


def test_facts_named_by_hand_are_in_no_known_order() -> None:
    lede = fact("reuters-lede", LEDE.quote, XI, "Dina Boluarte")
    found = ledes([(VISIT, "one occasion")], [], reports([lede, TALKS, SIGNED], [OTHER]))
    assert joined(found) == [["andina-d01", "reuters-d02", "reuters-d03"]]
