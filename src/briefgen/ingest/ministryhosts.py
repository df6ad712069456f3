"""A foreign ministry's site that the table of known sites does not list, named from its address: "mfa.gov.kz".

Foreign ministries put their sites at one address shape: "mfa" or "mofa" under their country's government suffix
("mfa.gov.kz", "mofa.gov.gh", "mfa.go.th") or the country's own ("mfa.am"); some spell the ministry out, in English or
in Spanish ("foreignaffairs.gov.fj", "cancilleria.gob.ec").  The table of known sites names those it
lists "Ministry of Foreign Affairs of <country>" (:mod:`briefgen.ingest.sites`); an unlisted one was named by the last
resort, the address's name spelled as a word, "Mfa", which no page writes.  The country is read from the address's
two-letter code, in its English name, and only where the name is a plain one of one or two words that takes no
article ("Kazakhstan", "Sri Lanka"; not "United Arab Emirates", "Philippines", "Congo - Kinshasa"): those the table
writes its own way.
"""

from __future__ import annotations

import re

from briefgen.ingest.countrycodes import territory_names
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import registered_domain, site_of

_MINISTRY_NAMES = frozenset(("mfa", "mofa", "foreignaffairs", "cancilleria"))
#: The suffixes a government puts its offices' sites under, before the country's code ("mfa.gov.kz", "op.gov.gy").
GOVERNMENT_SUFFIXES = frozenset(("gov", "go", "gob", "govt"))
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
# Plain names that still take "the" ("the Philippines", "the Gambia"), and names that begin with a word of a state's form.
_WITH_ARTICLE = frozenset(("Philippines", "Netherlands", "Maldives", "Bahamas", "Gambia", "Comoros", "Seychelles"))
_FORM_WORDS = ("United", "Republic", "Kingdom", "State")


def ministry_of_host(url: str | None) -> Found | None:
    """ "Ministry of Foreign Affairs of <country>" for a foreign ministry's address (see the module's docstring), or None."""
    domain = registered_domain(url)
    if domain is None or domain[0] not in _MINISTRY_NAMES:
        return None
    labels = domain[1].split(".")
    if not (len(labels) == 1 or (len(labels) == 2 and labels[0] in GOVERNMENT_SUFFIXES)):
        return None
    country = plain_country_of(labels[-1])
    if country is None:
        return None
    return Found(f"Ministry of Foreign Affairs of {country}", site_of(url) or "", "address")


def plain_country_of(code: str) -> str | None:
    """The English name of the country a two-letter code stands for ("gy": "Guyana"), when it is a plain one
    (:func:`plain_country`), or None: what an office's name can be built on."""
    country = territory_names().get(code)
    return country if country is not None and plain_country(country) else None


def plain_country(country: str) -> bool:
    """Whether a country's English name is a plain one of one or two words that takes no article ("Kazakhstan",
    "Sri Lanka"; not "United Arab Emirates", "Philippines")."""
    return bool(_PLAIN_NAME.fullmatch(country)) and country not in _WITH_ARTICLE and not country.startswith(_FORM_WORDS)
