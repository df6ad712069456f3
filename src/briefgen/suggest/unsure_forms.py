"""Number forms whose reading is not certain: the figure is then left out.

Three forms were read wrong on pages nobody here wrote (round 84's figure
sample), each a class of writing rather than a phrase:

- thousands grouped with a space, "sold 19 000 units", "R5 000": the reader
  takes the first group alone (19 units), a thousandth of the figure (a
  model's number after a count, "50 787 Dreamliners", is no such group);
- a number that is part of a disease's name, "the covid 19 related
  lockdowns", read as 19 lockdowns;
- a fraction said in words, "around two thirds of gross domestic product",
  read as a count of "thirds".  A third is 33.3… percent, which
  :mod:`briefgen.suggest.fractions` leaves unread for the same reason.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

# A group of exactly three digits after a space (plain, no-break or thin) right after the figure's first digits.  A
# group other than "000" before a capitalised word is a model's number, not thousands: "50 787 Dreamliners" is fifty
# aircraft, while "6 000 Guyanese workers" is six thousand.
_SPACED_GROUP = re.compile(r"[ \u00a0\u202f](?:000|\d{3}(?![\d.,]*\s+[A-Z]))(?![\d])(?![.,]\d)")
_SPACED_START = re.compile(r"(?<![\d.,])\d{1,3}(?=[ \u00a0\u202f]\d{3}(?!\d))")
_DISEASE_BEFORE = re.compile(r"\bcovid[\s-]?$", re.IGNORECASE)
_FRACTION_UNITS = frozenset(("halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths"))


def _spaced_thousands(sentence: str, value: FoundValue) -> bool:
    """Whether the figure's first digits are the head of a number grouped by spaces ("19 000", "R5 000")."""
    digits = re.search(r"\d", sentence[value.start : value.end])
    if digits is None:
        return False
    first = value.start + digits.start()
    start = _SPACED_START.match(sentence, first)
    return start is not None and start.start() == first and bool(_SPACED_GROUP.match(sentence, start.end()))


def form_doubt(sentence: str, value: FoundValue) -> str | None:
    """Why ``value`` stands in a form the reader does not read whole, or None."""
    if _spaced_thousands(sentence, value):
        return "thousands grouped with a space ('19 000 units'), read from the first group alone"
    if _DISEASE_BEFORE.search(sentence[max(0, value.start - 12) : value.start]):
        return "part of a disease's name ('covid 19'), not a count"
    if value.unit.casefold() in _FRACTION_UNITS:
        return "a fraction said in words ('two thirds'), not a count"
    return None
