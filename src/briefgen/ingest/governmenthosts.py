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
is left alone: "abcnews.go.com" is a company's.  A portal at the suffix itself where the public list does know the suffix
("gov.me", Montenegro's) has no registered name at all, and is read as the suffix alone would be; so is one under "www."
("www.gov.bw", Botswana's), whose registered name the list reads as "www", which the last resort spelled "WWW".

A head of state's or a government's site registered under the country's own code as the office's English word
("president.lv", "government.is") is that office's: "President of Latvia", "Government of Iceland", as the table of
known sites names those it lists ("president.am", "government.ru"); the last resort spelled it "President" alone.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from briefgen.ingest.meta import Found
from briefgen.ingest.ministryhosts import plain_country_of
from briefgen.ingest.officehosts import office_of_host
from briefgen.ingest.outlets import registered_domain, site_of

# The words a government's suffix is made of, read as a registered name when the public list lacks the suffix.
_GOVERNMENT_NAMES = frozenset(("gov", "gob", "govt"))
# The offices whose English word is the registered name of their site under the country's code ("president.lv").
_OFFICE_NAMES = {"president": "President", "government": "Government"}
# The words for "government" a government's own site puts before the suffix ("vlada.gov.hr"), besides none at all.
_GOVERNMENT_WORDS = frozenset(("", "vlada", "vlade", "government"))


def government_of_host(url: str | None) -> Found | None:
    """ "Government of <country>" for a government's address (see the module's docstring), or None; a president's or
    prime minister's office by its initials ("op.gov.gy") is named as the office (:mod:`briefgen.ingest.officehosts`)."""
    office = office_of_host(url)
    if office is not None:
        return office
    host = (urlsplit(url or "").hostname or "").casefold()
    domain = registered_domain(url)
    if domain is not None and domain[0] in _OFFICE_NAMES and len(domain[1]) == 2 and plain_country_of(domain[1]):
        return Found(f"{_OFFICE_NAMES[domain[0]]} of {plain_country_of(domain[1])}", site_of(url) or "", "address")
    if domain is None or "." in domain[0] or (domain[0] == "www" and "." in domain[1]):
        domain = _suffix_alone(host.removeprefix("www."))  # "gov.me", "www.gov.bw": the public list's suffix itself
    if domain is None or domain[0] not in _GOVERNMENT_NAMES or len(domain[1]) != 2 or not domain[1].isalpha():
        return None
    if host.removeprefix("www.").removesuffix(f"{domain[0]}.{domain[1]}").rstrip(".") not in _GOVERNMENT_WORDS:
        return None  # "moh.gov.hr": a ministry's site, not the government's
    country = plain_country_of(domain[1])
    if country is None:
        return None
    return Found(f"Government of {country}", site_of(url) or "", "address")


def _suffix_alone(host: str) -> tuple[str, str] | None:
    """("gov", "me") for a host that is a government's suffix itself ("gov.me"), which the public list leaves unnamed."""
    parts = host.split(".")
    return (parts[0], parts[1]) if len(parts) == 2 and parts[0] in _GOVERNMENT_NAMES else None
