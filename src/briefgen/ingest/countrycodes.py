"""A country's two-letter code glued to the end of a site's registered name: "signalng.com" is Signal's site in Nigeria.

The last resort for naming a site spells its registered name as words
(:mod:`briefgen.ingest.selfnames`); a short name that does not split is the one
word.  Small sites often add their country's code to a name that was taken
elsewhere ("signalng", "theguildng", "newdiplomatng"), and the one word then
carries the code ("Signalng", "The Guildng"), a name no page writes.  The code
is cut off only where it is certain:

- the two letters are a country's code (CLDR's list of territories) and hold
  no vowel, so they are no English word or word ending of their own ("ng",
  "pk", "bd", "lk", "gh", "np"; not "in", "me" or "us"), and not the letters
  outlets write into their own names ("tv", "fm");
- the word segmenter (:mod:`briefgen.ingest.hostsegments`) reads the name as
  words of its table, of three letters or more, and then the code alone ("signal" +
  "ng"); a word that ends in the same letters ("spring", "graph", "ninth") is
  one piece, so nothing is cut from it.

A code holding a vowel is cut only when the name opens with the name of the country it codes, so that the code can
only be the country's: "guyanatimesgy" is Guyana Times' site ("gy" after "guyana"), where "energy" or "strategy"
keep their letters.

What is left is named as any other registered name is.
"""

from __future__ import annotations

from functools import cache

from briefgen.ingest.hostsegments import known_word, segments

_VOWELS = frozenset("aeiouy")
# Codes that are also the letters outlets write into their own names ("kestreltv", "kestrelfm", "kestrelpr": television,
# radio, press releases), and CLDR's codes that name no country ("zz" unknown, "xb" a pseudo-locale, "cp" Clipperton).
_NAME_LETTERS = frozenset(("tv", "fm", "pr", "zz", "xa", "xb", "cp", "cq", "dg"))
# The words before the code: each a word of this many letters or more, as the segmenter's other readings require.
_SHORTEST_WORD = 3


@cache
def territory_names() -> dict[str, str]:
    """Each two-letter territory code, lower case, with its English name as CLDR writes it ("gy": "Guyana"); loaded
    once, on first use, since Babel's locale data is slow to open."""
    from babel import Locale

    names = {str(code).casefold(): str(name) for code, name in Locale("en").territories.items()}
    return {code: name for code, name in names.items() if len(code) == 2 and code.isalpha()}


@cache
def country_names() -> frozenset[str]:
    """Every territory's English name as CLDR writes it ("Romania", "Papua New Guinea"), to tell a country's name from
    a person's or a title's."""
    return frozenset(territory_names().values())


@cache
def _codes() -> frozenset[str]:
    """Two-letter territory codes without a vowel, lower case."""
    return frozenset(code for code in territory_names() if not _VOWELS & set(code)) - _NAME_LETTERS


@cache
def _country_words() -> dict[str, str]:
    """Each two-letter territory code, lower case, with its English name as a registered name writes it ("guyana")."""
    return {code: name.casefold() for code, name in territory_names().items() if name.isalpha()}


def without_country_code(name: str) -> str:
    """``name`` without a country's code glued to its end ("signalng" is "signal"), or ``name`` as it is."""
    ending = name[-2:]
    country = _country_words().get(ending)
    if country is not None and name.startswith(country) and len(name) > len(country) + 2 + _SHORTEST_WORD:
        return name[:-2]  # "guyanatimesgy": the code of the country the name opens with
    if len(name) < _SHORTEST_WORD + 2 or _VOWELS & set(ending) or ending not in _codes():
        return name
    pieces = segments(name)
    if len(pieces) < 2 or pieces[-1] != ending or any(len(piece) < _SHORTEST_WORD or not known_word(piece) for piece in pieces[:-1]):
        return name
    return name[:-2]
