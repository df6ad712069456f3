"""A dateline that names the site instead of a city.

Some outlets open their copy with their own name where a dateline would stand ("ALBAWABA- Iranian President …" on
albawaba.com), as others write "(CAJ News)" after the city.  Read as a dateline, the name becomes the story's place;
it says who published the story, not where it was written, so a place that spells the address's own name is dropped,
written as a name or as the address itself ("VOV.VN - Polish Prime Minister …" on english.vov.vn).
A syndicator's credit line set above the story ("MENAFN - The Peninsula) AFP") has the same shape, and the story's own
dateline opens the paragraph below it ("Washington: US President …"): that one is the place.  A site that writes its
name first and then the city on the same line ("PERSISMA, Kigali – President …" on persisma.org) had the city read as
the name's region and dropped with it: the city after the comma is the place.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefgen.ingest.meta import Found, dateline
from briefgen.ingest.outlets import registered_domain


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def _without_suffix(place: str) -> str:
    """The place with a domain's suffix taken off its end ("VOV.VN" -> "VOV"): a site credits itself by its address."""
    return re.sub(r"(?:\.[a-z]{2,6}){1,2}$", "", place.strip(), flags=re.IGNORECASE)


def spells_site(place: Found | None, address: str | None) -> bool:
    """Whether a place read from a dateline's shape spells the name the address is registered under ("MENAFN" on
    menafn.com)."""
    labels = (urlsplit(address or "").hostname or "").casefold().split(".")
    domain = registered_domain(address)
    name = domain[0] if domain is not None else labels[-2] if len(labels) >= 2 else ""  # a made-up suffix: the label before it
    return place is not None and len(name) >= 3 and _letters(_without_suffix(place.value)) == _letters(name)


def without_site_place(stated: dict[str, Found], address: str | None) -> dict[str, Found]:
    """``stated`` without its place when that place spells the name the address is registered under."""
    if not spells_site(stated.get("place"), address):
        return stated
    return {key: found for key, found in stated.items() if key != "place"}


# The site's name, a comma and a city in title case, read as a place and its region: "PERSISMA, Kigali".
_SITE_THEN_CITY = re.compile(r"[^,]+,\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})")


def dateline_below_site(paragraphs: list[str], stated: dict[str, Found], address: str | None) -> dict[str, Found]:
    """The city after the site's own name where it took a dateline's place ("PERSISMA, Kigali –"), or the dateline
    opening the paragraph right below ("MENAFN - The Peninsula) AFP" above "Washington: US President …"), or nothing."""
    place = stated.get("place")
    if place is None or not spells_site(place, address):
        return {}
    filed = _SITE_THEN_CITY.fullmatch(place.evidence.strip())
    if filed is not None:  # "PERSISMA, Kigali – President …": the site's name, then the city the copy was filed from
        return {"place": Found(filed.group("place"), place.evidence, "dateline")}
    for index, paragraph in enumerate(paragraphs[:-1]):
        if paragraph.strip().startswith(place.evidence.strip()):
            below = dateline(paragraphs[index + 1])
            return below if "place" in below and not spells_site(below["place"], address) else {}
    return {}
