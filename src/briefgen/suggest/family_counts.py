"""Counts of a person's family ("three of his daughters"): who came along, not a figure a brief checks.

A report of a visit lists who travelled with the leader: ministers, members of
parliament, "three of his daughters".  The number of a leader's sons,
daughters or spouses is a detail of the entourage, never the measure of an
occasion; read as "3 daughters" it was judged a wrong figure.  The nouns
counted here only ever name kin, so the count is left out wherever it
stands ("his two sons", "three daughters").  ("Children" is no such noun:
"2,000 children were vaccinated" is a figure; the reader does not take it
as a plural noun in any case.)
"""

from __future__ import annotations

from briefgen.suggest.found import FoundValue

_KIN = frozenset(
    (
        "sons",
        "daughters",
        "grandsons",
        "granddaughters",
        "stepsons",
        "stepdaughters",
        "wives",
        "husbands",
        "spouses",
        "nephews",
        "nieces",
        "cousins",
    )
)


def counts_a_family(value: FoundValue) -> bool:
    """Whether the count is of someone's kin, which no brief checks as a figure."""
    return value.unit.casefold() in _KIN
