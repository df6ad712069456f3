"""A dateline that credits the site itself by its short name after a comma: "Jakarta, MINA – President …" on
minanews.net.

An agency's own report names its city and then the agency, in capitals, before a spaced dash, the way "(Xinhua)"
follows a wire's city.  Capitals after a comma may as well be a state or a country ("Austin, TX –", "Beijing, CHINA
–"), so the dateline is read only when the capitals spell the name the page's address is registered under, whole or
before a word naming a kind of outlet ("mina" + "news"): then the place is the city, and the outlet is the name the
text gives itself, before the address's words.

A national edition of a broadcaster or a paper is credited the same way on reports it lends to other sites ("Jakarta,
CNBC Indonesia – President Joko Widodo …"): capitals, then a country's name.  A state or a country alone in capitals
is never followed by a country's name, so that dateline is read whatever the site: the place is the city, and the
edition, which wrote the report but did not publish this page, is not taken for the outlet.

A site may write its full name in title case after the city and run the lede straight on, no mark between ("Hanoi,
The Gulf Observer Prime Minister … held talks" on thegulfobserver.com): the words after the comma that spell the
address's name whole, a capital right after them, make the same dateline.
"""

from __future__ import annotations

import re

from briefgen.ingest.countrywords import COUNTRY_WORDS
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import OUTLET_WORDS, letters_of, registered_domain

# "Jakarta, MINA – President …": a city in title case, a name in capitals, a spaced dash, the lede.
_CITY_AND_CREDIT = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*(?P<credit>[A-Z]{3,10})\s+(?:[—–]|--?)\s+(?=[A-Z“\"])")
# "Jakarta, CNBC Indonesia – President …": a city, an edition's capitals and its country, a spaced dash, the lede.
_CITY_AND_EDITION = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*[A-Z]{2,10}\s+(?P<country>[A-Z][a-z]{4,})\s+(?:[—–]|--?)\s+(?=[A-Z“\"])"
)
# "Hanoi, The Gulf Observer Prime Minister …": a city, a comma, then the words to try as the site's name.
_CITY_THEN_WORDS = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+(?P<words>[A-Z].*)")
_NAME_WORDS = 4
# How many of the first paragraphs may hold the dateline: below a caption and a byline at most.
_LOOK = 4


def names_site(credit: str, address: str | None) -> bool:
    """Whether a credit spells the name the address is registered under, whole or before an outlet word."""
    domain = registered_domain(address)
    if domain is None:
        return False
    name, letters = letters_of(domain[0]), letters_of(credit)
    return name == letters or (name.startswith(letters) and name[len(letters) :] in OUTLET_WORDS)


def site_credited_dateline(paragraphs: list[str], address: str | None) -> dict[str, Found]:
    """The place and the outlet of a dateline crediting the site by its short name (see the module's docstring)."""
    for paragraph in paragraphs[:_LOOK]:
        match = _CITY_AND_CREDIT.match(paragraph.strip())
        if match is not None and names_site(match.group("credit"), address):
            evidence = match.group(0).strip(" —–-")
            place, outlet = match.group("place"), match.group("credit")
            return {"place": Found(place, evidence, "dateline"), "outlet": Found(outlet, evidence, "dateline")}
        edition = _CITY_AND_EDITION.match(paragraph.strip())
        if edition is not None and edition.group("country").casefold() in COUNTRY_WORDS:
            return {"place": Found(edition.group("place"), edition.group(0).strip(" —–-"), "dateline")}
        named = _city_then_site_name(paragraph.strip(), address)
        if named:
            return named
    return {}


def _city_then_site_name(paragraph: str, address: str | None) -> dict[str, Found]:
    """The place of "Hanoi, The Gulf Observer Prime Minister …": words after the city's comma that spell the address's
    name whole (not a part of it), followed by a capital."""
    match = _CITY_THEN_WORDS.match(paragraph)
    domain = registered_domain(address)
    if match is None or domain is None:
        return {}
    words = match.group("words").split()
    for count in range(1, min(_NAME_WORDS, len(words) - 1) + 1):
        name = " ".join(words[:count])
        if letters_of(name) == letters_of(domain[0]) and words[count][:1].isupper():
            return {"place": Found(match.group("place"), f"{match.group('place')}, {name}", "dateline")}
    return {}
