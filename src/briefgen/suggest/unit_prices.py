"""A price given for a quantity of a good: "$270 for 1,000 cubic meters", "$80 a barrel".

Read alone, such a sum states a figure the source never gave (Serbia did not pay 270 dollars), and
the quantity after "for" or "per" is the measure the price is of, not a volume the sentence
reports.  So the measure joins the unit ("USD per 1000 cubic metres") and its words are taken
with the sum, out of reach of the reader of volumes.  Only measures of goods are read: "$5 million
for 20 projects" is a sum spent on things counted, not a price.
"""

from __future__ import annotations

import re

# Each measure as a reader may write it, with the unit's spelling for one of it and for many.
_MEASURES: dict[str, tuple[str, str]] = {
    "cubic meter": ("cubic metre", "cubic metres"),
    "cubic metre": ("cubic metre", "cubic metres"),
    "cubic foot": ("cubic foot", "cubic feet"),
    "cubic feet": ("cubic foot", "cubic feet"),
    "barrel": ("barrel", "barrels"),
    "tonne": ("tonne", "tonnes"),
    "ton": ("tonne", "tonnes"),
    "metric ton": ("tonne", "tonnes"),
    "kilogram": ("kilogram", "kilograms"),
    "kg": ("kilogram", "kilograms"),
    "litre": ("litre", "litres"),
    "liter": ("litre", "litres"),
    "gallon": ("gallon", "gallons"),
    "mmbtu": ("MMBtu", "MMBtu"),
    "kwh": ("kWh", "kWh"),
    "kilowatt-hour": ("kWh", "kWh"),
    "kilowatt hour": ("kWh", "kWh"),
    "mwh": ("MWh", "MWh"),
    "megawatt-hour": ("MWh", "MWh"),
    "megawatt hour": ("MWh", "MWh"),
    "ounce": ("ounce", "ounces"),
    "troy ounce": ("ounce", "ounces"),
    "square meter": ("square metre", "square metres"),
    "square metre": ("square metre", "square metres"),
}
_MEASURE = "|".join(sorted((re.escape(name) + "s?" for name in _MEASURES), key=len, reverse=True))
_PER = re.compile(
    rf"\s+(?:per|for|a|an)\s+(?:(?:one|a)\s+|(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+|(?P<thousand>(?:one\s+|a\s+)?thousand)\s+)?"
    rf"(?P<measure>{_MEASURE})\b",
    re.IGNORECASE,
)


def price_measure(sentence: str, end: int) -> tuple[str, int] | None:
    """What the sum ending at ``end`` is the price of ("per 1000 cubic metres", "per barrel"), and where those words end."""
    match = _PER.match(sentence, end)
    if not match:
        return None
    name = " ".join(match.group("measure").casefold().split())
    one, many = _MEASURES.get(name) or _MEASURES[name[:-1]]
    count = "1000" if match.group("thousand") else (match.group("n") or "").replace(",", "")
    return (f"per {count} {many}" if count not in ("", "1") else f"per {one}"), match.end()
