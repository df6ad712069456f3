"""Figures in a plain unit the reader of values leaves alone: distances, people, time gone by, tonnes.

:mod:`briefgen.suggest.values` reads money, percentages and counts of a plural
noun; a distance ("about 300 km northwest of Cairo"), a count of people
("More than 21,000 people", "over one million Indians") and a bounded gap
("the first visit … in over two decades") and a weight ("around 2 million
tonnes of goods") were left without a value, though the labels give each a
figure.  Each class has its own reader (:mod:`.distances`,
:mod:`.people_counts`, :mod:`.elapsed`, :mod:`.tonnages`); this adds their
figures to the values already read, where no value stands on the same words.
"""

from __future__ import annotations

from briefgen.suggest.distances import distances
from briefgen.suggest.elapsed import elapsed
from briefgen.suggest.found import FoundValue
from briefgen.suggest.people_counts import people_counts
from briefgen.suggest.tonnages import tonnages


def with_plain_figures(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """``values`` and the plain-unit figures the sentence states on words no value covers, in sentence order."""
    kept = list(values)
    for value in (*distances(sentence), *people_counts(sentence), *elapsed(sentence), *tonnages(sentence)):
        if not any(value.start < other.end and other.start < value.end for other in kept):
            kept.append(value)
    return sorted(kept, key=lambda v: v.start)
