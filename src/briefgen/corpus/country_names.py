"""Country names: one country written by two names meets itself as a party of an occasion.

:func:`briefgen.corpus.occasions.party_key` compares parties by the last word of
their name, so a country outlets call by two names gives two keys: "Turkey" and
"Türkiye" (the name Ankara has asked for since 2022, which some outlets write and
others do not), "UAE" and "United Arab Emirates", "Britain" and "United Kingdom",
"USA" and "United States".  Two reports of one visit, one naming the visitor's
country the old way, then name one party only in common, and the occasion that
joins them is not found: a report of Erdoğan's visit to Malaysia in February 2025
that says "Malaysia and Turkey signed MoUs" met none of the reports that say
"Türkiye" (intake_final86).  Each name here is of one country only, whoever writes
it; its key is read as the key of the country's other name.
"""

from __future__ import annotations

#: The party key of a country's other name, by the key of the name it is also known by.
_OTHER_NAME_KEY = {
    "turke": "turki",  # Turkey, Türkiye (and "Turkish", whose key is already "turki")
    "uae": "emira",  # UAE, United Arab Emirates
    "brita": "kingd",  # Britain, United Kingdom
    "usa": "state",  # USA, United States
}


def one_country_key(key: str) -> str:
    """``key``, or the key of the same country's other name when ``key`` is of a country known by two names."""
    return _OTHER_NAME_KEY.get(key, key)
