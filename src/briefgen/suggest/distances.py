"""How far a place lies from another, or how far a weapon reaches: "about 300 km northwest of Cairo" is about 300 km.

The labelled sets give a figure to every distance a claim states ("El Dabaa
nuclear power plant is located about 217 miles northwest from Cairo", "a video
link to Chancay port some 60 kilometers (37 miles) to the north", "strike
missiles with a range of 2,000-plus kilometres"), and outlets that place one
plant 300 km and 217 miles from Cairo disagree: an editor must see it.  The
reader of lengths leaves such a number alone (a distance is no pipeline's
length), so the draft had no value.

A distance is read only where the words say it is one: a direction or "from"
or "away" right after the unit, or "a range of" before the number.  Its
metric names the place it is measured from ("cairo-distance"), so that two
places' distances are never compared.  When the page gives the distance in
miles and converts it to kilometres in brackets ("about 50 miles (80
kilometers) north of Lima"), the kilometres are the figure, as with a
distance written in kilometres first ("around 300 kilometers (187 miles)"),
and the "about" before the first number covers both.  "50-60 km away" or
"10 or 20 km" are no one figure and give none.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import qualify

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_UNIT = r"km|kms|kilomet(?:re|er)s?|miles?"
_DIRECTION = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
_DISTANCE = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>{_NUMBER})(?P<plus>-plus)?[\s-]*(?P<unit>{_UNIT})(?![\w/-])"
    rf"(?:\s*\((?P<n2>{_NUMBER})[\s-]*(?P<unit2>{_UNIT})\))?"
    rf"(?P<where>\s+(?:to\s+the\s+)?(?:{_DIRECTION})\b(?:\s+(?:of|from)\s+(?P<place>(?:the\s+)?[A-Za-z][\w-]*))?"
    r"|\s+(?:away\s+)?from\s+(?P<origin>(?:the\s+)?[A-Za-z][\w-]*)|\s+away\b)?",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(r"\brange\s+of\s+(?:up\s+to\s+|about\s+|some\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
# "50-60 km", "10 or 20 km", "between 40 and 50 km": two numbers, no one figure.
_ALTERNATIVE_BEFORE = re.compile(r"\d\s*(?:-|–|—|or|to|and)\s*$", re.IGNORECASE)


def _kilometres(unit: str) -> bool:
    return not unit.casefold().startswith("mile")


def _number(text: str) -> str:
    return text.replace(",", "")


def distances(sentence: str) -> list[FoundValue]:
    """Each distance the sentence states of a place, or a weapon's range, in km (or miles when no km is given)."""
    found: list[FoundValue] = []
    for match in _DISTANCE.finditer(sentence):
        before = sentence[max(0, match.start() - 30) : match.start()]
        ranged = _RANGE_BEFORE.search(before)
        if not (match.group("where") or ranged) or _ALTERNATIVE_BEFORE.search(before):
            continue
        number, unit = match.group("n"), match.group("unit")
        if not _kilometres(unit) and match.group("unit2") and _kilometres(match.group("unit2")):
            number, unit = match.group("n2"), match.group("unit2")  # "about 50 miles (80 kilometers)": the km
        unit_text = "km" if _kilometres(unit) else "miles"
        end = match.end("unit2") + 1 if match.group("unit2") else match.end("unit")
        amount, low, high, approximate = qualify(before, sentence[end : end + 40], _number(number))
        if match.group("plus") and amount is not None:
            amount, low = None, amount  # "2,000-plus kilometres" is more than 2,000
        place = match.group("place") or match.group("origin") or ""
        slug = "-".join(re.findall(r"[a-z0-9]+", place.casefold().removeprefix("the ")))
        metric = "range" if ranged and not match.group("where") else f"{slug}-distance" if slug else "distance"
        found.append(FoundValue(metric, amount, unit_text, None, match.start(), end, False, low, high, approximate))
    return found
