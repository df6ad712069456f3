"""Numbers said with "hundred" before a magnitude: "three hundred million dollars", "two hundred thousand people".

The readers of money and of people take one number word before their
magnitude, and "hundred" is one: "Three hundred million dollars" was read as
its last words, "hundred million dollars" (100 million), "two hundred thousand
people" as 100,000 people, and "two hundred and fifty million dollars" as 50
million, the number's last part.  Here a value whose number is "hundred" takes
the number said before it as its multiplier, and a value whose number ends one
said as "N hundred and …" takes the hundreds too; "a hundred million dollars"
is a hundred million, and "several hundred million dollars" states no number,
so it gives no value.  The reader of counts reads "two hundred companies"
itself (:func:`briefgen.suggest.group_words.count_multiplier`).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import qualify_around
from briefgen.text.english import NUMBER_WORDS, words_pattern

_NUMBER = rf"(?:{words_pattern(NUMBER_WORDS)}|\d{{1,3}})"
# The number said right before a value that opens on "hundred": "Three [hundred million dollars]".
_TIMES = re.compile(rf"(?<![\w.,$€£¥-])(?P<n>{_NUMBER})[\s-]+$", re.IGNORECASE)
# Words before "hundred" that state no number: "several hundred million dollars".
_VAGUE = re.compile(r"\b(?:several|few|many|hundreds|some\s+few)\s+$", re.IGNORECASE)
# The hundreds said before a value that ends the number: "two hundred and [fifty million dollars]".
_HUNDREDS = re.compile(rf"(?<![\w.,$€£¥-])(?P<n>{_NUMBER}|a|one)\s+hundred\s+(?:and\s+)?$", re.IGNORECASE)


def said_hundreds(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values, each number said with "hundred" read whole; one that states no number is left out."""
    read: list[FoundValue] = []
    for value in values:
        words = sentence[value.start : value.end].split()
        first = words[0].casefold() if words else ""
        before = sentence[max(0, value.start - 30) : value.start]
        if first == "hundred":
            times = _TIMES.search(before)
            if _VAGUE.search(before):
                continue  # "several hundred million dollars": how many hundreds is not said
            read.append(_scaled(sentence, value, _number(times.group("n")), len(times.group(0))) if times else value)
            continue
        hundreds = _HUNDREDS.search(before)
        part = _number(first) if hundreds else None
        if hundreds is None or part is None or not 0 < part < 100:
            read.append(value)
            continue
        whole = (_number(hundreds.group("n")) or Decimal(1)) * 100 + part
        read.append(_scaled(sentence, value, whole / part, len(hundreds.group(0))))
    return read


def _number(word: str) -> Decimal | None:
    """A number word or a whole number as written, or None: "fifty" is 50, "a" and "one" are 1."""
    folded = word.casefold()
    if folded in ("a", "one"):
        return Decimal(1)
    if folded in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[folded])
    return Decimal(word) if word.isdigit() else None


def _scaled(sentence: str, value: FoundValue, factor: Decimal | None, opened: int) -> FoundValue:
    """The value multiplied by ``factor``, its words opening ``opened`` characters earlier, where a bound may stand
    ("over [three] hundred million dollars" is more than 300 million)."""
    if factor is None:
        return value

    def times(number: str | None) -> str | None:
        return None if number is None else format((Decimal(number) * factor).normalize(), "f")

    start = value.start - opened
    if value.amount is None:
        return dataclasses.replace(value, low=times(value.low), high=times(value.high), start=start)
    amount, low, high, approximate = qualify_around(sentence, start, value.end, times(value.amount), level=True)
    return dataclasses.replace(value, amount=amount, low=low, high=high, approximate=approximate or value.approximate, start=start)
