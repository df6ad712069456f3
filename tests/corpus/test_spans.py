"""Totals over spans of different length are two figures, not one told twice.

Built on half A's intake_final132: A News has Turkey's "30-year total at $4 billion" invested in Kazakhstan, the
Shepherd Gazette "more than US$4.2 billion over the last 16 years"; a proposed link set the two against each other.
"""

from __future__ import annotations

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.corpus.sides import near_sides
from briefgen.corpus.spans import over_other_spans, span_years
from tests.corpus.builders import make_fact

THIRTY = "Over the last year, Turkey has invested $362.4 million in Kazakhstan, with the 30-year total at $4 billion"
SIXTEEN = "Turkey is one of the largest investors in Kazakhstan with investments of more than US$4.2 billion over the last 16 years"
ALSO_SIXTEEN = "Over the past 16 years, Turkey has invested $4.5 billion in the Kazakh economy"
NO_SPAN = "Turkish investment in Kazakhstan has reached $4.5 billion"


def fact(fact_id: str, source: str, quote: str, amount: int) -> Fact:
    return make_fact(
        fact_id, source, quote, "2022-05", entities=("Turkey", "Kazakhstan"), amount=amount, unit="USD", metric="investment-value"
    )


def conflicts(*facts: Fact) -> list[str]:
    """What ``check`` says of a proposal's figure conflict among these facts: the sides that stand, if any."""
    statements = tuple(f"{f.value.amount} USD, no period" for f in facts if f.value)
    proposed = Discrepancy(kind="figure", key="investment-value (no period)", fact_ids=tuple(f.id for f in facts), statements=statements)
    near = near_sides(proposed, {f.id: f for f in facts})
    return [] if near is None else [near.describe()]


def test_a_span_is_read_in_years() -> None:
    assert span_years(THIRTY) == 30
    assert span_years(SIXTEEN) == 16
    assert span_years("trade grew fivefold in the past three decades") == 30
    assert span_years(NO_SPAN) is None
    assert span_years("over the last 16 years, and over the past 30 years") is None  # two spans: none is the figure's


def test_totals_over_spans_of_different_length_are_no_conflict() -> None:
    thirty, sixteen = fact("thirty", "anews", THIRTY, 4_000_000_000), fact("sixteen", "shepherd", SIXTEEN, 4_200_000_000)
    assert over_other_spans(thirty, sixteen)
    assert conflicts(thirty, sixteen) == []


def test_totals_over_one_span_or_no_span_are_still_compared() -> None:
    sixteen = fact("sixteen", "shepherd", "Turkey has invested $4.2 billion over the last 16 years", 4_200_000_000)
    also = fact("also", "astana", ALSO_SIXTEEN, 4_500_000_000)
    assert not over_other_spans(sixteen, also)
    said = conflicts(sixteen, also)
    assert len(said) == 1 and "'sixteen'" in said[0] and "'also'" in said[0]
    bare = fact("bare", "astana", NO_SPAN, 4_500_000_000)
    assert not over_other_spans(sixteen, bare)
