"""Which rupee "Rs" stands for: the page must say, for the sign does not.

Pakistan, India, Sri Lanka and Nepal all write their rupee "Rs".  Read
always as Pakistan's, "Rs 30 billion" on an Indian page became 30 billion
Pakistani rupees: a plausible figure in the wrong currency, the kind of
error a briefing must never carry.  So the sign takes the country the page
gives of itself, first its site's country domain (``.pk``, ``.in``, ``.lk``,
``.np``), then its dateline city; a page that says neither leaves its "Rs"
amounts without a value, as "50 billion rupees" with no country already is.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.corpus.models import Source
from briefgen.ingest.outlets import site_of
from briefgen.suggest.found import FoundValue

_BY_DOMAIN = {"pk": "PKR", "in": "INR", "lk": "LKR", "np": "NPR"}
# Dateline cities of one country only ("Hyderabad" is in both India and Pakistan, so it says nothing).
_BY_CITY = {
    **dict.fromkeys(("islamabad", "karachi", "lahore", "rawalpindi", "peshawar", "quetta", "multan", "faisalabad", "gwadar"), "PKR"),
    **dict.fromkeys(("new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "ahmedabad", "pune"), "INR"),
    "colombo": "LKR",
    "kathmandu": "NPR",
}
_SIGN = re.compile(r"Rs\b\.?", re.IGNORECASE)


def page_country_marks(source: Source) -> tuple[str, str]:
    """What a page says of its country: its site's last domain label ("pk", "ca") and its dateline city, lower case."""
    return (site_of(source.url) or "").rsplit(".", 1)[-1], (source.place or "").strip().casefold()


def page_rupee(source: Source) -> str | None:
    """The rupee a page's "Rs" means, from its site's domain or its dateline; None when the page says neither."""
    domain, city = page_country_marks(source)
    return _BY_DOMAIN.get(domain) or _BY_CITY.get(city)


def settle_rupees(values: list[FoundValue], text: str, source: Source) -> list[FoundValue]:
    """``values`` with each amount read from "Rs" put in the page's rupee, or left out when the page names none."""
    settled: list[FoundValue] = []
    rupee = page_rupee(source)
    for value in values:
        if value.unit == "PKR" and _SIGN.match(text, value.start):
            if rupee is None:
                continue
            value = dataclasses.replace(value, unit=rupee)
        settled.append(value)
    return settled
