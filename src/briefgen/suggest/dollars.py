"""Which dollar a bare "$" stands for: on a page from another dollar country, none we can be sure of.

Canada, Australia, New Zealand, Singapore, Hong Kong, Taiwan and the dollar
countries of the Caribbean, Africa and the Pacific print their own money with
the sign the United States uses.  Read always as the US dollar, "$9.9
million" in Canadian Press copy became 9.9 million US dollars: a plausible
figure in the wrong currency.  So, as for the rupee
(:mod:`briefgen.suggest.rupees`), the page must say which dollar it means.
Copy of a dollar country's national agency ("The Canadian Press", "AAP")
writes its own dollar "$"; a page whose site has such a country's domain or
whose dateline is one of its cities does too, unless it carries a world
wire's copy (AP, Reuters, AFP, Bloomberg) or names the other dollar apart
("C$55.4 billion ($40.2 billion)", "20 billion Australian dollars ($13
billion)"), the style that keeps "$" for the US dollar.  On such a page a
bare "$" amount is left without a value; no local dollar is put in its
place, since the same page may quote US figures in "$": a wrong figure is
worse than none.  "US$" and "USD" say which dollar they are and are kept.
The peso countries are left out: their English copy is the world wires'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.corpus.models import Source
from briefgen.suggest.dollar_payers import given_by_dollar_country
from briefgen.suggest.found import FoundValue
from briefgen.suggest.rupees import page_country_marks, settle_rupees

# Country domains of places whose own money is written "$": a dollar other than the US one.
_DOMAINS = frozenset(
    (
        *("ca", "au", "nz", "sg", "hk", "tw", "jm", "tt", "bs", "bb", "bz"),
        *("gy", "fj", "na", "lr", "bn", "sb", "ky", "bm"),
    )
)
_CITIES = frozenset(
    (
        *("ottawa", "toronto", "montreal", "montréal", "vancouver", "calgary", "edmonton", "winnipeg", "halifax", "quebec city"),
        *("regina", "saskatoon", "fredericton", "charlottetown", "canberra", "sydney", "melbourne", "brisbane", "adelaide"),
        *("hobart", "wellington", "auckland", "christchurch", "singapore", "hong kong", "taipei", "port of spain", "nassau"),
        *("bridgetown", "suva", "windhoek", "monrovia"),
    )
)
# National agencies whose copy writes the local dollar "$" (and the US one "US$").
# "AAP" only as a credit ("(AAP)", a line of its own): in Indian copy it is a party.
_LOCAL_AGENCY = re.compile(r"\b(?:The Canadian Press|Australian Associated Press)\b|\(AAP\)|^\s*AAP\s*$", re.MULTILINE)
# The world's wires write the US dollar "$" and name another dollar apart: "C$55.4 billion ($40.2 billion)",
# "20 billion Australian dollars ($13 billion)".
_US_STYLE = re.compile(
    r"\b(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg|(?:Canadian|Australian|New Zealand|Singapore|Hong Kong|"
    r"Taiwan|Jamaican|Namibian|Liberian|Fijian|Eastern Caribbean)\s+dollars?)\b|(?<![A-Za-z])(?!US)[A-Z]{1,3}\$"
)
_BARE_SIGN = re.compile(r"(?<![A-Za-z.])\$")


def other_dollar_page(source: Source, text: str, us_style: bool) -> bool:
    """True when the page gives itself a country whose "$" is not the US dollar: domain, dateline, agency or money named.

    ``us_style`` is whether ``text`` is in the world wires' style (:data:`_US_STYLE`), searched once by the caller."""
    if _LOCAL_AGENCY.search(text):
        return True  # copy of a dollar country's agency: its "$" is that country's dollar
    domain, city = page_country_marks(source)
    local = domain in _DOMAINS or city in _CITIES
    return local and not us_style  # a world wire's copy, or "C$" beside "$", writes the US dollar "$"


@dataclass(frozen=True)
class PageSigns:
    """What a page says of its currency signs, read once per page: the page, and whether its bare "$" is another dollar."""

    source: Source
    other_dollar: bool
    us_style: bool  # a world wire's copy, or another dollar named apart: its bare "$" is the US dollar


def page_signs(source: Source) -> PageSigns:
    """Read the page once (its whole text is searched), for every sentence's :func:`settle_signs`."""
    # The byline too: "By Jane Doe, The Canadian Press" is taken off the body as page furniture.
    text = f"{source.title or ''}\n{source.author or ''}\n{source.body}"
    us_style = _US_STYLE.search(text) is not None
    return PageSigns(source, other_dollar_page(source, text, us_style), us_style)


def settle_signs(values: list[FoundValue], text: str, signs: PageSigns) -> list[FoundValue]:
    """``values`` with "Rs" put in the page's rupee, and bare "$" amounts left out on another dollar country's page
    or where the sentence has such a country give them (:mod:`briefgen.suggest.dollar_payers`)."""
    settled = settle_rupees(values, text, signs.source)
    if signs.other_dollar:
        return [v for v in settled if not _bare_dollar(v, text)]
    if signs.us_style:
        return settled  # the page names the other dollars apart, so its bare "$" is the US one
    return [v for v in settled if not (_bare_dollar(v, text) and given_by_dollar_country(v, text))]


def _bare_dollar(value: FoundValue, text: str) -> bool:
    """Whether ``value`` was read as US dollars from a bare "$" (not "US$", "C$" or "USD")."""
    return value.unit == "USD" and _BARE_SIGN.search(text, value.start, value.end) is not None
