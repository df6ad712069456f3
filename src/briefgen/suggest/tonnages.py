"""Weights in tonnes and energy in kilowatt-hours: "around 2 million tonnes of goods" is about 2,000,000 tonnes.

The reader of counts treats a tonne as a size ("10-tonne trucks") and the
reader of power leaves energy alone, so a tonnage or an energy figure stayed
without a value; the labels give each one ("the China-Laos Railway has shipped
a total of around 2 million tonnes of goods", "amounting to 1.5 to 2 million
metric tons per year", a range, "expected to produce up to 37 billion
kilowatt-hours of electricity annually", a ceiling), and an outlet that
writes 1.5 million tonnes where another writes 2 million disagrees with it.

A weight or an energy is read where the number and its magnitude stand
right before the unit, written apart from it, and no plural noun follows
("500-tonne barges", "10 tonne trucks" are sizes of a class).  A range
gives low and high ("1.5 to 2 million", "1.5 million to 2 million"): the
magnitude after the second number covers the first; "from 1.5 to 2 million"
is a change, and gives none.
"""

from __future__ import annotations

import re
from decimal import Decimal

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import APPROXIMATE, LOWER_AFTER, UPPER_AFTER, qualify
from briefgen.text.english import MAGNITUDE_WORDS

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG = r"thousand|million|billion"
_UNITS = {
    "metric ton": "metric tons",
    "ton": "tons",
    "tonne": "tonnes",
    "kilowatt-hour": "kWh",
    "kwh": "kWh",
    "megawatt-hour": "MWh",
    "mwh": "MWh",
    "gigawatt-hour": "GWh",
    "gwh": "GWh",
    "terawatt-hour": "TWh",
    "twh": "TWh",
}
_UNIT = r"metric\s+tons?|tons?|tonnes?|(?:kilo|mega|giga|tera)watt[\s-]hours?|(?-i:[kMGT]Wh)"
_WEIGHT = re.compile(
    rf"(?<![\w$.,/–—-])(?:(?P<n1>{_NUMBER})(?:\s+(?P<mag1>{_MAG}))?(?P<dash>\s+to\s+|\s*[-–]\s*))?"
    rf"(?P<n>{_NUMBER})(?:\s+(?P<mag>{_MAG}))?\s+(?P<unit>{_UNIT})(?![\w-])(?!\s+(?-i:[a-z]+s)\b)",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"^(?:\s+of\s+[a-z]+)?\s*(?:\([A-Za-z]+\)\s*)?(?:per\s+year|a\s+year|annually|each\s+year|every\s+year)\b")


def _amount(number: str, magnitude: str | None) -> str:
    value = Decimal(number.replace(",", "")) * (MAGNITUDE_WORDS[magnitude.casefold()] if magnitude else 1)
    return format(value.normalize(), "f")


def tonnages(sentence: str) -> list[FoundValue]:
    """Each weight in tonnes and each energy in watt-hours the sentence states, one figure or a range."""
    found: list[FoundValue] = []
    for match in _WEIGHT.finditer(sentence):
        unit = _UNITS[re.sub(r"s$", "", " ".join(match.group("unit").split())).casefold().replace(" hour", "-hour")]
        magnitude = match.group("mag")
        before, after = sentence[max(0, match.start() - 30) : match.start()], sentence[match.end() : match.end() + 40]
        period = "annual" if _YEARLY.match(after) else None
        metric = "energy" if unit.endswith("Wh") else "weight"
        if match.group("n1"):
            if re.search(r"\bfrom\s+$", before, re.IGNORECASE):
                continue  # "rose from 1.5 to 2 million tonnes": a change, not a range
            if LOWER_AFTER.match(after) or UPPER_AFTER.match(after):
                continue  # "1.5 to 2 million tonnes a year or more": which end the bound holds is not certain
            first, last = _amount(match.group("n1"), match.group("mag1") or magnitude), _amount(match.group("n"), magnitude)
            if Decimal(first) >= Decimal(last):
                continue
            approximate = bool(APPROXIMATE.search(before))
            found.append(FoundValue(metric, None, unit, period, match.start(), match.end(), False, first, last, approximate))
            continue
        amount, low, high, approximate = qualify(before, after, _amount(match.group("n"), magnitude), level=True)
        found.append(FoundValue(metric, amount, unit, period, match.start(), match.end(), False, low, high, approximate))
    return found
