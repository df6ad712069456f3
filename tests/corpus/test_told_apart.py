"""A deal's total and a part that a page shows adding up to it are no conflict, whichever outlets state them.

Real sentences of half A, each a fact as a labelled claim makes it (a metric of its own, no period):
intake_final90 (the Ras El-Hekma deal, 23 February 2024) and intake_eval (Pakistan and Uzbekistan, 5 February 2026).
"""

from __future__ import annotations

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.corpus.told_apart import apart_sides, part_and_total, parts_and_totals
from tests.corpus.builders import make_fact

ARAB_TOTAL = (
    "The UAE, represented by a private consortium led by ADQ, a sovereign investment fund based in Abu Dhabi, signed a"
    " landmark agreement with Egypt on Friday to invest $35 billion in Ras El-Hekma,"
)
ARAB_PARTS = (
    "“In addition to acquiring the development rights for Ras El-Hekma for $24 billion, ADQ will also convert $11 billion"
    " of deposits that will be utilized for investment in prime projects across Egypt,” the Emirati state news agency, WAM, reported."
)
FDI_PART = (
    "The deal, signed by Egypt’s minister of housing Assem El-Gazzar and UAE minister of investment Mohamed Al Suwaidi on"
    " February 23, sees ADQ commit $24bn to develop the Ras El-Hekma new city project"
)
FDI_MAURITANIA = (
    "It beats the region’s previous record set by Infinity Power, which is backed by another Abu Dhabi sovereign wealth fund,"
    " Mubadala, last March when it committed to co-develop a $34bn green hydrogen project in Mauritania."
)
NEWSDRUM_28 = (
    "Pakistan and Uzbekistan on Thursday signed 28 agreements and Memoranda of Understanding (MoU) to deepen cooperation in various fields"
)
TODAY_29 = (
    "Pakistan and Uzbekistan on Thursday agreed to elevate bilateral trade to $2 billion over the next five years, signing 29"
    " memoranda of understanding (MoUs) and agreements"
)
TODAY_28 = "Prime Minister Shehbaz Sharif and President Mirziyoyev signed a protocol along with 28 other MoUs and agreements"


def usd(fact_id: str, source: str, quote: str, amount: int) -> Fact:
    return make_fact(fact_id, source, quote, "2024-02-23", topics=("investment",), amount=amount, unit="USD")


def test_a_part_is_no_other_outlets_different_total_but_another_deals_figure_still_is() -> None:
    total, part = usd("arab35", "arabnews", ARAB_TOTAL, 35_000_000_000), usd("arab24", "arabnews", ARAB_PARTS, 24_000_000_000)
    converted = usd("arab11", "arabnews", ARAB_PARTS, 11_000_000_000)
    fdi, mauritania = (
        usd("fdi24", "fdiintelligence", FDI_PART, 24_000_000_000),
        usd("fdi34", "fdiintelligence", FDI_MAURITANIA, 34_000_000_000),
    )
    pairs = parts_and_totals([total, part, converted, fdi, mauritania])
    assert part_and_total(total, fdi, pairs)
    facts = {f.id: f for f in (total, fdi, mauritania)}
    conflict = Discrepancy(kind="figure", key="deal", fact_ids=("arab35", "fdi24"), statements=("35 billion", "24 billion"))
    assert apart_sides(conflict, facts, pairs) is None
    three = Discrepancy(kind="figure", key="deal", fact_ids=("arab35", "fdi24", "fdi34"), statements=("35 bn", "24 bn", "34 bn"))
    kept = apart_sides(three, facts, pairs)
    assert kept is not None and kept.fact_ids == ("arab35", "fdi34")  # $34bn in Mauritania is no part of the $35bn


def test_a_count_whose_page_names_a_part_without_a_figure_still_conflicts() -> None:
    newsdrum = make_fact("nd28", "newsdrum", NEWSDRUM_28, "2026-02-05", amount=28, unit="agreements and MoUs")
    today_29 = make_fact("pt29", "pakistantoday", TODAY_29, "2026-02-05", amount=29, unit="MoUs and agreements")
    today_28 = make_fact("pt28", "pakistantoday", TODAY_28, "2026-02-05", amount=28, unit="MoUs and agreements")
    pairs = parts_and_totals([newsdrum, today_29, today_28])
    assert not part_and_total(newsdrum, today_29, pairs)
    conflict = Discrepancy(kind="figure", key="mous", fact_ids=("nd28", "pt29"), statements=("28", "29"))
    assert apart_sides(conflict, {"nd28": newsdrum, "pt29": today_29}, pairs) == conflict


def test_parts_add_up_only_for_one_period() -> None:
    this_year = make_fact("a", "hawk", "Trade stood at USD 300 million in 2024.", "2025-06", amount=300_000_000, unit="USD", period="2024")
    part = make_fact("b", "hawk", "Exports were USD 200 million.", "2025-06", amount=200_000_000, unit="USD", period="2023")
    other = make_fact("c", "hawk", "Imports were USD 100 million.", "2025-06", amount=100_000_000, unit="USD", period="2024")
    assert parts_and_totals([this_year, part, other]) == set()
