"""A country's or a region's edition of a known site, named by the label in front of the site's host.

Several outlets run an edition per country or region on a subdomain of their site, and each edition names itself
with the outlet's name and the place: "uk.news.yahoo.com" is Yahoo News UK, "malaysia.news.yahoo.com" Yahoo News
Malaysia, "uz.kursiv.media" Kursiv Uzbekistan, "africa.businessinsider.com" Business Insider Africa (its pages'
``og:site_name``).  The table lists the outlet's site once ("news.yahoo.com,Yahoo News"), and the edition was read
as the outlet itself, a name the edition's pages do not print.

The edition is named only where the place is certain:

- exactly one label stands in front of the table's host ("uk" in "uk.news.yahoo.com"): "au.lifestyle.yahoo.com"
  is a section under an edition, and Yahoo names that page's outlet "Yahoo";
- the label is a territory's English name as an address writes it ("malaysia", "africa", "southafrica") or a
  country's two-letter code ("uz"); "uk" and "us" are written "UK" and "US", as the editions write them, since the
  codes' territories are named "United Kingdom" and "United States";
- codes that subdomains use for something else are left alone: regions ("af" is Reuters' Africa, "me" Mashable's
  Middle East, "la" Latin America, "sa" South America), languages of pages not written in English ("ar" Arabic),
  sections and services ("ai", "ad", "id", "my", "tv", "fm"), and the territory codes naming no country;
- a name that already holds the place is left as it is ("vietnam.vnanet.vn" is the Vietnam News Agency's own).

An entry of the table for the edition's host itself ("asia.nikkei.com,Nikkei Asia") is more specific and wins, as
every table lookup prefers the longest match; this reading is for the editions the table does not list.
"""

from __future__ import annotations

from functools import cache

from briefgen.ingest.countrycodes import territory_names

# "uk" is no territory code (Britain's is "gb"); both are written as the letters outlets print after their name.
_WRITTEN_AS_LETTERS = {"uk": "UK", "us": "US", "gb": "UK"}
# Two-letter labels that name a region, a language or a service on a subdomain rather than a country's edition.
_NOT_AN_EDITION = frozenset(
    (
        "af",
        "me",
        "la",
        "sa",
        "ar",
        "eu",
        "ai",
        "ad",
        "id",
        "my",
        "tv",
        "fm",
        "pr",
        "is",
        "it",
        "to",
        "do",
        "go",
        "no",
        "so",
        "as",
        "be",
        "im",
        "in",
    )
)
# CLDR's numeric regions have names too ("Africa", "Asia", "Latin America"); Babel lists them under digit codes.
_REGION_CODES_WANTED = frozenset(("002", "142", "150", "419", "035", "143", "009"))


@cache
def _places_by_label() -> dict[str, str]:
    """Each subdomain label that names a place's edition, with the place as the edition writes it."""
    from babel import Locale

    regions = Locale("en").territories
    names = [*territory_names().values(), *(str(regions[code]) for code in sorted(_REGION_CODES_WANTED))]
    places = {"".join(ch for ch in name.casefold() if ch.isalpha()): name for name in names}
    places.update((code, name) for code, name in territory_names().items() if code not in _NOT_AN_EDITION)
    places.update(_WRITTEN_AS_LETTERS)
    return places


def edition_name(host: str, key: str, outlet: str) -> str:
    """The outlet's name with its edition's place when ``host`` is one place's subdomain of the table's ``key``
    ("uk.news.yahoo.com" under "news.yahoo.com": "Yahoo News UK"), else ``outlet`` unchanged (see the module)."""
    if "/" in key or not host.endswith(f".{key}"):
        return outlet
    labels = host[: -len(key) - 1].split(".")
    if len(labels) != 1:
        return outlet
    place = _places_by_label().get(labels[0])
    if place is None or place.casefold() in outlet.casefold():
        return outlet
    return f"{outlet} {place}"
