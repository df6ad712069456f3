"""A president's or prime minister's office that the table of known sites does not list, named from its address:
"op.gov.gy".

Heads of state and of government put their offices' sites at one address shape, the office's initials under their
country's government suffix: "op" for the Office of the President ("op.gov.gy"), "opm" for the Office of the Prime
Minister ("opm.gov.jm"), "pmo" for the Prime Minister's Office ("pmo.gov.pk").  The table of known sites names those
it lists in these words with the country (:mod:`briefgen.ingest.sites`); an unlisted one was named by nothing at all,
its two or three letters being no name the address spells.  The country is read from the address's two-letter code
as the foreign ministries' addresses are (:mod:`briefgen.ingest.ministryhosts`), and only where its English name is a
plain one that takes no article.  Other initials ("pm.gov.au", "pm.gov.tn") are left alone: the same letters name the
prime minister in person on one site and the head of government's office on another.
"""

from __future__ import annotations

from briefgen.ingest.meta import Found
from briefgen.ingest.ministryhosts import GOVERNMENT_SUFFIXES, plain_country_of
from briefgen.ingest.outlets import registered_domain, site_of

# The office's initials, and how the office is named with its country.
_OFFICES = {
    "op": "Office of the President of {country}",
    "opm": "Office of the Prime Minister of {country}",
    "pmo": "Prime Minister's Office of {country}",
}


def office_of_host(url: str | None) -> Found | None:
    """The office's name for a president's or prime minister's address (see the module's docstring), or None."""
    domain = registered_domain(url)
    if domain is None or domain[0] not in _OFFICES:
        return None
    labels = domain[1].split(".")
    if len(labels) != 2 or labels[0] not in GOVERNMENT_SUFFIXES:
        return None
    country = plain_country_of(labels[1])
    if country is None:
        return None
    return Found(_OFFICES[domain[0]].format(country=country), site_of(url) or "", "address")
