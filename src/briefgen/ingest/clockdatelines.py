"""A dateline that opens with the time the story was filed.

An agency's English service may head each story with the clock and a bar before its dateline, on a line of its own:
"11:55 | Tumbes (Tumbes region), Nov. 7.", "14:15 | Trujillo (La Libertad region), Oct. 20.", "08:45 | Lima, Feb. 29
(ANDINA)." The place is the city before the region's brackets (or the comma), and the day is the dateline's, without
its year (:mod:`briefgen.ingest.dayline` looks for the year elsewhere on the page).  Neither a clock nor a bar opens a
sentence, so the shape is read only whole, alone on its line.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found
from briefgen.text.english import MONTH_PATTERN

# How far down the page the clock's dateline may stand: under the headline, a standfirst or a caption at most.
_LOOK = 3
_CLOCK_DATELINE = re.compile(
    r"^(?:[01]?\d|2[0-3]):[0-5]\d\s*\|\s*(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})"
    rf"(?:\s*\([^()]{{1,40}}\))?,\s*(?P<day>{MONTH_PATTERN}\s+[0-3]?\d)\.?(?:\s*\([^()]{{1,30}}\))?\.?$"
)


def clock_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The place and day of a dateline behind its time of filing ("11:55 | Tumbes (Tumbes region), Nov. 7."), or {}."""
    for paragraph in paragraphs[:_LOOK]:
        match = _CLOCK_DATELINE.match(paragraph.strip())
        if match is not None:
            evidence = paragraph.strip()
            return {"place": Found(match.group("place"), evidence, "dateline"), "day": Found(match.group("day"), evidence, "dateline")}
    return {}
