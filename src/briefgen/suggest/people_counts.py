"""Counts of people, and counts written with a decimal and a magnitude: "More than 21,000 people" is at least 21,000.

The reader of counts takes a plural noun ending in -s, so "people" and the
names of a nation's people ("Indians", "Japanese") were never counted, and
its number is whole, so "2.6 million Indians" or "1.26 million passengers"
were not either.  The labels give each of them a figure: "More than 21,000
people have arrived on small boats so far in 2025" (at least 21,000 people),
"Modi thanked the Emir for ensuring the well-being of over one million Indians
in Kuwait" (at least 1,000,000), "the cenotaph for some 1,700 Japanese who were
detained" (about 1,700), "has carried 1.26 million passengers".

Only numbers that state a size are read: digits, or a number word with its
magnitude ("one million Indians"); "the two people" are the parties.  A
nation's name goes on as a noun phrase ("14,000 Japanese detainees", read as
detainees by the reader of counts) or as a name ("3,000 Chinese Communist
Party members"), and then it is not the thing counted.  The certainty gate's
doubts (a selection, a rate, the people a report cites) hold here too.
"""

from __future__ import annotations

import re
from decimal import Decimal

from briefgen.suggest.certainty import doubt
from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import GAP_STOP, MEASURES, NOT_UNITS, qualify_around
from briefgen.text.english import MAGNITUDE_WORDS, NUMBER_WORDS, words_pattern

_NATION = r"(?-i:[A-Z][a-z]{2,}(?:ans|ese|is|inos))"
# People named by who they are, the irregular plurals the reader of counts cannot take: "6,000 Polish women and
# children", "200 men"; a nation's adjective may come first.
_FOLK = r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:men|women|children)(?:,?\s+(?:and|or)\s+(?:men|women|children))?"
_PEOPLE = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{words_pattern(NUMBER_WORDS)})"
    rf"(?:[\s-]+(?P<mag>thousand|million|billion))?\s+(?P<unit>people|persons|{_NATION}|{_FOLK})(?![\w-])",
    re.IGNORECASE,
)
# "1.26 million passengers", "3.4 thousand police officers": a decimal count of a plural noun.
_DECIMAL_COUNT = re.compile(
    r"(?<![\w$.,/–—-])(?P<n>\d+\.\d+)[\s-]+(?P<mag>thousand|million|billion)\s+(?P<words>(?:[a-z-]+\s+){0,2}?)"
    r"(?P<unit>[a-z]+s)(?![\w-])"
)
# What follows a nation's name when it is an adjective or part of a name: a plural noun, or a capitalised word.
_NOUN_AFTER = re.compile(r"\s+(?:(?-i:[a-z]+s)\b|(?-i:[A-Z]))")
_NOT_NATIONS = frozenset(("paris", "tunis", "thanks", "means"))
_YEAR = re.compile(r"(?:19|20)\d\d")
_FOLK_WORD = re.compile(r"\b(?:men|women|children)$")


def _amount(number: str, magnitude: str | None) -> str | None:
    """The count at full magnitude, or None when the number states no size (a bare small word, a bare decimal, a year)."""
    word = number.casefold()
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word] * MAGNITUDE_WORDS[magnitude.casefold()]) if magnitude else None
    if not magnitude and ("." in number or _YEAR.fullmatch(number)):
        return None
    value = Decimal(number.replace(",", "")) * (MAGNITUDE_WORDS[magnitude.casefold()] if magnitude else 1)
    return format(value.normalize(), "f") if value == value.to_integral_value() else None


def _people(sentence: str) -> list[FoundValue]:
    found = []
    for match in _PEOPLE.finditer(sentence):
        unit = match.group("unit")
        nation = unit[:1].isupper() and unit.casefold() not in ("people", "persons") and not _FOLK_WORD.search(unit)
        if nation and (unit.casefold() in _NOT_NATIONS or _NOUN_AFTER.match(sentence, match.end())):
            continue  # "14,000 Japanese detainees" counts detainees
        amount = _amount(match.group("n"), match.group("mag"))
        if amount is None:
            continue
        metric = unit.casefold() if nation else "people"
        found.append(_qualified(sentence, metric, amount, "people", match.start(), match.end()))
    return found


def _decimal_counts(sentence: str) -> list[FoundValue]:
    found = []
    for match in _DECIMAL_COUNT.finditer(sentence):
        unit, gap = match.group("unit"), match.group("words").split()
        if unit in NOT_UNITS or MEASURES.match(unit) or any(w in GAP_STOP or MEASURES.match(w) for w in gap):
            continue  # "1.5 million tonnes", "2.5 million dollars", "1.2 million of the"
        amount = _amount(match.group("n"), match.group("mag"))
        if amount is not None:
            metric = "-".join([*gap, unit])
            found.append(_qualified(sentence, metric, amount, " ".join([*gap, unit]), match.start(), match.end()))
    return found


def _qualified(sentence: str, metric: str, amount: str, unit: str, start: int, end: int) -> FoundValue:
    single, low, high, approximate = qualify_around(sentence, start, end, amount, level=True)
    return FoundValue(metric, single, unit, None, start, end, False, low, high, approximate)


def people_counts(sentence: str) -> list[FoundValue]:
    """Each count of people, and each decimal count of a plural noun, whose reading is certain."""
    return [v for v in (*_people(sentence), *_decimal_counts(sentence)) if doubt(sentence, v) is None]
