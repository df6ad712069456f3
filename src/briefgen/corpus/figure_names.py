"""The name a figure is written before: what it is the figure of, when the sentence names it.

A sentence that gives a plant's capacity, a project's size or a deal's worth
often writes the figure right before the thing's name: "the 480 MW Phukot
Karnali hydropower project", "a 490 MW Arun-4 hydro electric project", "the
679 megawatt Lower Arun Project".  Two outlets' figures in one unit, each
written before a name, measure one thing only if the names share a word:
Bharat Express's 480 MW for Phukot Karnali and EQ Mag's 490 MW for Arun-4
(intake_final68) are two plants, not one capacity stated differently, though
one proposal joins the two reports of the visit at which both were agreed.

:func:`name_after_figure` reads the capitalised words right after the figure
(and its unit, "MW", "megawatt"); :func:`named_apart` tells two facts whose
figures are each written before a name, with no word of it in common.
"""

from __future__ import annotations

import re

from briefgen.corpus.models import Fact
from briefgen.corpus.written import written_figure

#: The word right after a number: its unit ("MW", "megawatt", "km") or the start of a name.
_WORD = re.compile(r"[\s-]*([\w’'.-]+)")
#: A word of a name: capitalised, with a small letter or a digit after the capital ("Arun-4", "Karnali"; not "MW").
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*[a-z0-9][\w’'-]*")
#: A unit written in capitals, short: "MW", "GW", "KV", "MT".
_UNIT_CAPITALS = re.compile(r"[A-Z]{1,3}")


def name_after_figure(fact: Fact) -> frozenset[str]:
    """The words (lower case) of the name the fact's quote writes right after its figure and unit; empty if none.

    A hyphenated word counts whole and by its parts.
    """
    value = fact.value
    if value is None:
        return frozenset()
    match = written_figure(fact.quote, value.stated_numbers)
    if match is None:
        return frozenset()
    position = match.end()
    following = _WORD.match(fact.quote, position)
    if following is not None and (_UNIT_CAPITALS.fullmatch(following.group(1)) or _of_unit(following.group(1), value.unit)):
        position = following.end()
    words: set[str] = set()
    while (following := _WORD.match(fact.quote, position)) is not None and _NAME_WORD.fullmatch(following.group(1)):
        word = following.group(1).lower()
        words |= {word, *word.split("-")}  # "Fukot-Karnali" shares "karnali" with "Phukot Karnali"
        position = following.end()
    return frozenset(words)


def _of_unit(word: str, unit: str) -> bool:
    """Whether a word spells the unit ("megawatt" for megawatts): a small letter first, the unit's stem."""
    stem = unit.lower().rstrip("s")
    return word[:1].islower() and bool(stem) and word.lower().startswith(stem[:5])


def named_apart(a: Fact, b: Fact) -> bool:
    """Whether both figures are written before a name and the two names share no word: figures of two things."""
    name_a = name_after_figure(a)
    if not name_a:  # most figures are written before no name: the other quote is not read
        return False
    name_b = name_after_figure(b)
    return bool(name_b) and not name_a & name_b
