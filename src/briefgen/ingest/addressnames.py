"""The last resort for an unknown site's name: its address, read as the page itself writes the name.

When no statement in the text, no table entry, no credit and no promotion names a site, its address is all there
is to name it by.  The readings, in order:

1. the site's name after the title ("… – EQ Mag" on eqmagpro.com, :func:`briefgen.ingest.titling.titled_site`),
   a ministry's or a government's host (:mod:`ministryhosts`, :mod:`governmenthosts`);
2. the bare address, on a throwaway domain, a free or bargain generic ending (".top", ".zone", ".cf", ".xyz":
   "aerocloud.top", "global.24sn.cf"): such a site prints no name of its own, only its address, and words made up
   out of the address ("Aerocloud", "24SN") name an outlet nobody writes; and for a site at a public suffix itself,
   whose registered name the public suffix list leaves as "www" ("www.gov.uk", "www.nic.in", which the next reading
   spelled "WWW"): the address without it ("gov.uk");
3. the address's registered name spelled as words (:func:`briefgen.ingest.selfnames.host_words`).
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


def bare_address(url: str | None) -> Found | None:
    """The bare address a site goes by (see the module's docstring): on a throwaway ending ("aerocloud.top"), or at
    a public suffix itself, whose registered name the public list leaves as "www" ("www.gov.uk" is "gov.uk"); else None."""
    domain = registered_domain(url)
    if domain is None or (domain[1] not in THROWAWAY_SUFFIXES and domain[0] != "www"):
        return None
    host = site_of(url)  # without its "www."
    return Found(host, host, "address") if host else None


def address_name(headline: str | None, url: str | None) -> Found | None:
    """The name an unknown site goes by when nothing but its address names it (see the module's docstring)."""
    return titled_site(headline, url) or ministry_of_host(url) or government_of_host(url) or bare_address(url) or host_words(url)
