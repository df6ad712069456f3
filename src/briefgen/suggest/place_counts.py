"""A count of the places where a sentence's figure happened is where, not what: no value.

"… when more than 6,000 Polish women and children found refuge in two
princely states in India" states one figure, the people; "in two princely
states" says where they went, and the labels give it no figure.  A sentence
drafted whole carries its last value, so the place count would stand as the
draft's figure in place of the one the sentence is about.

Only a count of places that "in" governs, after another figure of the
sentence in another unit, is left out: "Four cities … have declared" (the
count is the subject) and "supply of 5000 solar rooftop units … across all 25
districts" keep theirs.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

_PLACES = frozenset(("states", "provinces", "cities", "towns", "villages", "districts", "regions", "countries", "islands"))
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _where(sentence: str, value: FoundValue, earlier: list[FoundValue]) -> bool:
    """``value`` counts the places "in" governs, after a figure in another unit."""
    if value.measure or value.unit.casefold() not in _PLACES:
        return False
    return bool(_IN_BEFORE.search(sentence[max(0, value.start - 10) : value.start])) and any(v.unit != value.unit for v in earlier)


def without_place_counts(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """``values`` (in sentence order) less each count of the places where an earlier figure happened."""
    return [value for index, value in enumerate(values) if not _where(sentence, value, values[:index])]
