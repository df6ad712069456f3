"""The last resort for an unknown site's name: its address, read as the page itself writes the name.

When no statement in the text, no table entry, no credit and no promotion names a site, its address is all there
is to name it by.  The readings, in order:

1. the site's name after the title ("… – EQ Mag" on eqmagpro.com, :func:`briefgen.ingest.titling.titled_site`),
   a ministry's or a government's host (:mod:`ministryhosts`, :mod:`governmenthosts`);
2. on a throwaway domain, a free or bargain generic ending (".top", ".zone", ".cf", ".xyz"), the bare address
   ("aerocloud.top", "global.24sn.cf"): such a site prints no name of its own, only its address, and words made up
   out of the address ("Aerocloud", "24SN") name an outlet nobody writes;
3. the address's registered name spelled as words (:func:`briefgen.ingest.selfnames.host_words`), except where the
   public suffix list leaves "www" as that name ("www.gov.uk", "www.nic.in": a site at a public suffix itself, which
   spelled the outlet "WWW"): the address without it ("gov.uk") is the site's name.
"""

from __future__ import annotations

from briefgen.ingest.governmenthosts import government_of_host
from briefgen.ingest.meta import Found
from briefgen.ingest.ministryhosts import ministry_of_host
from briefgen.ingest.outlets import registered_domain, site_of
from briefgen.ingest.selfnames import host_words
from briefgen.ingest.titling import titled_site

# Endings given away free or for next to nothing, where no newsroom lives: Freenom's free country endings and the
# bargain generic ones.  A site there is known by its address alone.
THROWAWAY_SUFFIXES = frozenset(
    ("tk", "ml", "ga", "cf", "gq", "top", "xyz", "zone", "pro", "icu", "buzz", "click", "site", "online", "website", "cyou")
)


def throwaway_address(url: str | None) -> Found | None:
    """The bare address of a site on a throwaway ending ("aerocloud.top"), or None (see the module's docstring)."""
    domain = registered_domain(url)
    if domain is None or domain[1] not in THROWAWAY_SUFFIXES:
        return None
    host = site_of(url) or ""
    return Found(host, host, "address")


def suffix_site(url: str | None) -> Found | None:
    """The address without "www." of a site at a public suffix itself ("www.gov.uk" is "gov.uk"), or None."""
    domain = registered_domain(url)
    if domain is None or domain[0] != "www":
        return None
    host = (site_of(url) or "").removeprefix("www.")
    return Found(host, host, "address") if host else None


def address_name(headline: str | None, url: str | None) -> Found | None:
    """The name an unknown site goes by when nothing but its address names it (see the module's docstring)."""
    found = titled_site(headline, url) or ministry_of_host(url) or government_of_host(url) or throwaway_address(url)
    return found or suffix_site(url) or host_words(url)
