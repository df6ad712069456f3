"""A government's own site that the table of known sites does not list, named from its address: "gov.si", "vlada.gov.hr".

Some governments put their portal at their country's government suffix itself ("www.gov.si") or under it with the
government's own word ("vlada.gov.hr", Croatian for "government"), where the public suffix list does not know the
suffix: the address's registered name is then "gov", and the last resort, the address's name spelled as a word, named
the outlet "Gov", which no page writes.  The suffix alone ("gov.si") or under the word for "government" ("vlada.gov.hr")
is the government's own site: the outlet is "Government of <country>",
the country read from the address's two-letter code as the foreign ministries' addresses are
(:mod:`briefgen.ingest.ministryhosts`), and only where its English name is a plain one of one or two words that takes
no article.  Any other site under the suffix ("moh.gov.hr", a ministry's) is left to the other readings: the government
is not its name.  A suffix the public list knows ("mfa.gov.kz") leaves the site's own name to the other readings, and "go"
is left alone: "abcnews.go.com" is a company's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from briefgen.ingest.meta import Found
from briefgen.ingest.ministryhosts import plain_country_of
from briefgen.ingest.officehosts import office_of_host
from briefgen.ingest.outlets import registered_domain, site_of

# The words a government's suffix is made of, read as a registered name when the public list lacks the suffix.
_GOVERNMENT_NAMES = frozenset(("gov", "gob", "govt"))
# The words for "government" a government's own site puts before the suffix ("vlada.gov.hr"), besides none at all.
_GOVERNMENT_WORDS = frozenset(("", "vlada", "vlade", "government"))


def government_of_host(url: str | None) -> Found | None:
    """ "Government of <country>" for a government's address (see the module's docstring), or None; a president's or
    prime minister's office by its initials ("op.gov.gy") is named as the office (:mod:`briefgen.ingest.officehosts`)."""
    office = office_of_host(url)
    if office is not None:
        return office
    domain = registered_domain(url)
    if domain is None or domain[0] not in _GOVERNMENT_NAMES or len(domain[1]) != 2 or not domain[1].isalpha():
        return None
    host = (urlsplit(url or "").hostname or "").casefold()
    if host.removeprefix("www.").removesuffix(f"{domain[0]}.{domain[1]}").rstrip(".") not in _GOVERNMENT_WORDS:
        return None  # "moh.gov.hr": a ministry's site, not the government's
    country = plain_country_of(domain[1])
    if country is None:
        return None
    return Found(f"Government of {country}", site_of(url) or "", "address")
