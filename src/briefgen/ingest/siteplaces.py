"""A dateline that names the site instead of a city.

Some outlets open their copy with their own name where a dateline would stand ("ALBAWABA- Iranian President …" on
albawaba.com), as others write "(CAJ News)" after the city.  Read as a dateline, the name becomes the story's place;
it says who published the story, not where it was written, so a place that spells the address's own name is dropped.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import registered_domain


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def without_site_place(stated: dict[str, Found], address: str | None) -> dict[str, Found]:
    """``stated`` without its place when that place spells the name the address is registered under."""
    place = stated.get("place")
    labels = (urlsplit(address or "").hostname or "").casefold().split(".")
    domain = registered_domain(address)
    name = domain[0] if domain is not None else labels[-2] if len(labels) >= 2 else ""  # a made-up suffix: the label before it
    if place is None or len(name) < 3 or _letters(place.value) != _letters(name):
        return stated
    return {key: found for key, found in stated.items() if key != "place"}
