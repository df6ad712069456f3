"""A line dated to its year by its own "this year" falls on the occasion of that year it is read with.

Real sentences of half A: Lula in Tokyo, 26 March 2025 (intake_final88), and
Modi with the king of Jordan in Amman, 15 December 2025 (intake_final106),
both dated "2025" from their "this year"; against them a line dated to a year
by something else, and a year other than the occasion's.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.spoken import falls_on_occasion, spoken_at
from briefgen.corpus.this_year import dated_this_year
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

LULA = (
    "Lula noted that this year marks the 130th anniversary of the establishment of diplomatic relations, saying, "
    "“This is a historic time to reinvigorate our strategic partnership.”"
)
JORDAN = "This year, we are celebrating the 75th anniversary of our diplomatic relations."


def test_a_line_dated_by_its_this_year_falls_on_the_visit_of_that_year() -> None:
    day = PartialDate.parse("2025-03-26")
    lula = prepare(make_fact("x", "japannews", LULA, "2025", entities=("Luiz Inácio Lula da Silva", "Japan"), kind="statement"))
    assert dated_this_year(lula, day)
    assert falls_on_occasion(lula, day)
    assert spoken_at(lula, frozenset({"silva", "japan"}), frozenset({"silva", "ishib", "japan"}), day)
    jordan = prepare(make_fact("y", "newsdrum", JORDAN, "2025", entities=("Narendra Modi", "Jordan"), kind="statement"))
    assert falls_on_occasion(jordan, PartialDate.parse("2025-12-15"))


def test_a_year_of_another_occasion_or_read_from_other_words_stays_off_its_days() -> None:
    day = PartialDate.parse("2025-03-26")
    lula = prepare(make_fact("x", "japannews", LULA, "2024", entities=("Luiz Inácio Lula da Silva", "Japan"), kind="statement"))
    assert not falls_on_occasion(lula, day)
    dated = prepare(
        make_fact(
            "z",
            "japannews",
            "Lula said trade between the two countries grew in 2025.",
            "2025",
            entities=("Luiz Inácio Lula da Silva", "Japan"),
            kind="statement",
        )
    )
    assert not dated_this_year(dated, day)
    assert not falls_on_occasion(dated, day)
