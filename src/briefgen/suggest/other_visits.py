"""A side's leader on a visit to a third country: another relation, told on the page in passing.

A page on one relation often follows a leader elsewhere on the same tour or
recalls an earlier trip ("President Ferdinand Marcos Jr. during his visit to
Tokyo ...", "The first meeting was in Tokyo hours after Albanese was sworn
in").  Such a sentence names one side only through its leader, names the other
side not at all, and puts the leader in a third country's capital with a word
of travel or meeting before it.  A brief on the page's relation has nothing to
check there.  The country must be named by its capital: a sentence naming the
country itself ("Xi will visit Hungary") is more often the tour's next leg,
which the page's relation includes.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.suggest.third_parties import Sides, countries, loosely_named

_WORDS = re.compile(r"[\w'’-]+")


@cache
def _arrival(capital: str) -> re.Pattern[str]:
    """Travel or a meeting placed in the capital: "visit to Tokyo", "arrived in Tokyo", "the meeting was in Tokyo"."""
    return re.compile(
        rf"\b(?:visit(?:s|ed|ing)?|trips?|travel\w*|tours?|arriv\w*|fl(?:ew|y|ies|ying)|(?:meeting|summit|talks) (?:was|were)(?: held)?)"
        rf"\s+(?:(?:to|in|at)\s+)?{re.escape(capital)}\b"
    )


def _named_sides(text: str, sides: Sides) -> tuple[set[int], set[int]]:
    """The sides the text names outright and those it names only through a leader (by their index)."""
    words = set(_WORDS.findall(text))
    outright = {i for i, country in enumerate(sides.countries) if loosely_named(country, text)}
    by_leader = {i for i, people in enumerate(sides.people) if words & people}
    return outright, by_leader


def visit_elsewhere(text: str, sides: Sides) -> bool:
    """Whether the sentence puts one side's leader in a third country's capital and names nothing of the other side."""
    if len(sides.countries) < 2 or len(sides.people) != len(sides.countries):
        return False
    outright, by_leader = _named_sides(text, sides)
    if len(by_leader) != 1 or not outright <= by_leader:  # one side's leader, and nothing of the other side
        return False
    side_keys = {c.key for c in sides.countries}
    return any(c.capital and c.key not in side_keys and _arrival(c.capital).search(text) for c in countries())
