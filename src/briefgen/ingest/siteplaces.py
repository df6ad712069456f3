"""A dateline that names the site instead of a city.

Some outlets open their copy with their own name where a dateline would stand ("ALBAWABA- Iranian President …" on
albawaba.com), as others write "(CAJ News)" after the city.  Read as a dateline, the name becomes the story's place;
it says who published the story, not where it was written, so a place that spells the address's own name is dropped.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import registered_domain


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def without_site_place(stated: dict[str, Found], address: str | None) -> dict[str, Found]:
    """``stated`` without its place when that place spells the name the address is registered under."""
    place = stated.get("place")
    domain = registered_domain(address)
    if place is None or domain is None or len(domain[0]) < 3 or _letters(place.value) != _letters(domain[0]):
        return stated
    return {key: found for key, found in stated.items() if key != "place"}
