"""Two distances measured from two places: two distances, not one distance stated differently.

A place is far from many others.  BenarNews puts the Solomon Islands "about
2,100 kilometers (1,300 miles) northeast of Brisbane, Australia", an AP story
"2,000 kilometers (1,200 miles) northeast of Australia" (intake_final126): the
first is measured from a city, the second from the nearest coast, and both
may be right.  ``suggest`` names a distance's metric by the place it is
measured from ("brisbane-distance", "australia-distance") for that reason,
yet two counts in one unit of length were still set against each other.

:func:`measured_from_two_places` tells such a pair: each quote writes its
figure as a distance from a place ("… km northwest of Cairo", "… miles from
Lima", "… kilometers (… miles) northeast of Brisbane"), and the two places
are not one (their first words differ).  A quote that names no place ("some
60 kilometers to the north") says nothing against the other, so the pair is
still compared: one plant "about 217 miles northwest from Cairo" and "around
300 kilometers (187 miles) northwest of Cairo" is one distance.
"""

from __future__ import annotations

import functools
import re

from briefgen.corpus.measure_units import measure_key
from briefgen.corpus.models import Fact

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_UNIT = r"km|kms|kilomet(?:re|er)s?|miles?"
_DIRECTION = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
#: A distance and the place it is measured from: "2,000 kilometers (1,200 miles) northeast of Australia",
#: "217 miles northwest from Cairo", "80 km away from Baku", "300 km from the capital".
_FROM_PLACE = re.compile(
    rf"(?:{_NUMBER})[\s-]*(?:{_UNIT})\b(?:\s*\((?:{_NUMBER})[\s-]*(?:{_UNIT})\))?"
    rf"\s+(?:(?:to\s+the\s+)?(?:{_DIRECTION})\s+(?:of|from)|(?:away\s+)?from)\s+(?:the\s+)?(?P<place>[A-Za-z][\w’'-]*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def places_measured_from(quote: str) -> frozenset[str]:
    """The places (first word, lower case) a quote measures its distances from."""
    return frozenset(match.group("place").casefold() for match in _FROM_PLACE.finditer(quote))


def _length(fact: Fact) -> bool:
    return fact.value is not None and measure_key(fact.value.unit) == measure_key("km")


def measured_from_two_places(a: Fact, b: Fact) -> bool:
    """Whether two lengths are distances each quote measures from one place, and the places differ."""
    if not (_length(a) and _length(b)):
        return False
    from_a, from_b = places_measured_from(a.quote), places_measured_from(b.quote)
    return len(from_a) == 1 and len(from_b) == 1 and from_a != from_b
