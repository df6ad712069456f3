"""A government's own site that the table of known sites does not list, named from its address: "gov.si", "vlada.gov.hr".

Some governments put their portal at their country's government suffix itself ("www.gov.si") or under it with the
government's own word ("vlada.gov.hr", Croatian for "government"), where the public suffix list does not know the
suffix: the address's registered name is then "gov", and the last resort, the address's name spelled as a word, named
the outlet "Gov", which no page writes.  Such an address is the government's: the outlet is "Government of <country>",
the country read from the address's two-letter code as the foreign ministries' addresses are
(:mod:`briefgen.ingest.ministryhosts`), and only where its English name is a plain one of one or two words that takes
no article.  A suffix the public list knows ("mfa.gov.kz") leaves the site's own name to the other readings, and "go"
is left alone: "abcnews.go.com" is a company's.
"""

from __future__ import annotations

from briefgen.ingest.countrycodes import territory_names
from briefgen.ingest.meta import Found
from briefgen.ingest.ministryhosts import plain_country
from briefgen.ingest.outlets import registered_domain, site_of

# The words a government's suffix is made of, read as a registered name when the public list lacks the suffix.
_GOVERNMENT_NAMES = frozenset(("gov", "gob", "govt"))


def government_of_host(url: str | None) -> Found | None:
    """ "Government of <country>" for a government's address (see the module's docstring), or None."""
    domain = registered_domain(url)
    if domain is None or domain[0] not in _GOVERNMENT_NAMES or len(domain[1]) != 2 or not domain[1].isalpha():
        return None
    country = territory_names().get(domain[1])
    if country is None or not plain_country(country):
        return None
    return Found(f"Government of {country}", site_of(url) or "", "address")
