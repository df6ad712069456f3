"""Ranges written once before their magnitude and unit: "three to four billion dollars", "1.5 to 2 GW".

The readers of money and of measured quantities take the amount that touches
its magnitude and unit ("four billion dollars", "7 billion euros", "2 GW",
"15 billion cubic metres"), so a range written "1.5 to 2 billion dollars"
lost its first number and was read as one sum of 2 billion: a wrong figure
where the writer gave a range.  Here a number joined by "to" or a dash to
such an amount (or by "and" after "between") shares its magnitude and unit,
and the two are read as the range they are.  A change is not a range: "from
5 to 7 billion euros" and "by 5 to 7 billion" keep the level the readers
took, and so does a year before "to" ("in 2023 to 5 billion dollars") or a
first number no smaller than the second.  Ranges written with a sign on each
end ("$1.5 billion to $2 billion") or a unit on each end are read by the
readers themselves.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import APPROXIMATE, CHANGE_FROM
from briefgen.text.english import MAGNITUDE_WORDS, NUMBER_WORDS, words_pattern

# The first number of the range and its joiner, right before the amount the readers took.
_FIRST = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{words_pattern(NUMBER_WORDS)})"
    r"(?P<joiner>\s*[-–—]\s*|\s+to\s+|\s+and\s+)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# The measured quantities whose readers take one number before the unit (:mod:`briefgen.suggest.values`).
_QUANTITIES = frozenset(("km", "cubic metres", "megawatts", "gigawatts", "kilowatts"))


def word_ranges(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values, each sum written as a magnitude and a currency's name read as a range where a number and "to" open it."""
    return [_as_range(sentence, value) for value in values]


def _as_range(sentence: str, value: FoundValue) -> FoundValue:
    text = sentence[value.start : value.end]
    money = value.measure and value.scale in MAGNITUDE_WORDS
    if value.amount is None or not (money or value.unit in _QUANTITIES) or not text[:1].isalnum():
        return value  # a sign before the amount ("$1.5 to $2 billion") is the range reader's, read already
    first = _FIRST.search(sentence[max(0, value.start - 40) : value.start])
    if first is None or _YEAR.fullmatch(first.group("n")):
        return value
    start = value.start - len(first.group(0))
    before, joiner = sentence[:start], first.group("joiner").strip()
    if joiner == "to" and (CHANGE_FROM.search(before) or re.search(r"\bby\s+$", before, re.IGNORECASE)):
        return value
    if joiner == "and" and not re.search(r"\bbetween\s+$", before, re.IGNORECASE):
        return value
    word = first.group("n").casefold()
    number = Decimal(NUMBER_WORDS[word]) if word in NUMBER_WORDS else Decimal(first.group("n").replace(",", ""))
    low = number * MAGNITUDE_WORDS.get(value.scale or "", 1)
    if low >= Decimal(value.amount):
        return value
    approximate = bool(APPROXIMATE.search(before[-30:]))
    return dataclasses.replace(
        value, amount=None, low=format(low.normalize(), "f"), high=value.amount, start=start, approximate=approximate
    )
