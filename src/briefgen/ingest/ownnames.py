"""The outlet as the page names itself in its own voice, which outranks how the sites table or the address spells it.

Three readings, each the newsroom speaking of itself:

- its own inquiry or earlier report: "The Almanac has reached out to Filoli for comment" (on almanacnews.com, which
  the table calls "Almanac News"), "PUNCH had earlier reported" (punchng.com): only the publisher asks for comment in
  its own article, or points to what it reported before;
- its byline signed with the agencies it drew on: "Le Monde with AP and AFP", "France 24 with Reuters";
- its masthead on a line of its own that says more than the table's name: "Sputnik International" on
  sputnikglobe.com, where the table has "Sputnik".

A name in the first two must be written as an outlet's (with "The", in capitals, or with a word naming a kind of
outlet; never a country's) and agree with the page's address (its letters begin, hold or are held by the registered
domain's), or, in a signed byline on a site outside the table, be a name the table knows (Le Monde read through a web
proxy), so that a person's byline ("Jane Doe with AP"), another outlet's report cited ("BNN previously reported" on
ogreszinas.news) or a newsroom's line reprinted on another site names nothing; a wire agency is never the page's own
name.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.countrywords import COUNTRY_WORDS
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import OUTLET_WORDS, letters_of, registered_domain

_NAME = r"(?P<outlet>(?:The\s+)?[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})"
_AGENCY = r"(?:AFP|AP|Reuters|Agencies|agencies|wires|wire services|agency reports)"
# The newsroom's own moves: asking for comment, pointing to its earlier report, what it has learned.
_INQUIRY = re.compile(
    rf"(?:^|[.!?]\s+|[“\"]\s*){_NAME}\s+(?:has\s+|had\s+)?(?:(?:reached\s+out\s+to|contacted)\b[^.]{{0,80}}\bfor\s+comment\b|"
    r"(?:earlier|previously|first)\s+reported\b|(?:learned|learnt)\s+that\b)"
)
_SIGNED = re.compile(rf"^(?:By\s+)?{_NAME}\s+with\s+{_AGENCY}(?:\s*(?:,|and)\s*{_AGENCY})*\s*$")
# A masthead is a short line of capitalised words only: "Sputnik International", not a sentence or a caption.
_MASTHEAD = re.compile(r"(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){1,3}")
_NOT_NAMES = frozenset(("he", "she", "it", "they", "we", "who", "officials", "police", "staff", "the", "this", "reporters"))


def _agrees_with_address(name: str, url: str | None) -> bool:
    """Whether a name's letters (less a leading "the") begin, hold or are held by the address's registered name."""
    domain = registered_domain(url)
    if domain is None or len(domain[0]) < 3:
        return False
    site, letters = letters_of(domain[0]), letters_of(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    return len(letters) >= 3 and (site.startswith(letters) or letters.startswith(site) or site in letters)


def _written_as_outlet(name: str) -> bool:
    """Whether a name is written the way an outlet's is, not a country's or a person's that opens the address as well
    ("China has contacted …" on chinadaily.com.cn): with "The", in capitals, or with a word naming a kind of outlet."""
    words = name.split()
    if letters_of(words[-1] if words[0].casefold() == "the" else words[0]) in COUNTRY_WORDS:
        return False
    return words[0] == "The" or name.isupper() or any(letters_of(w) in OUTLET_WORDS for w in words)


def _own(name: str, url: str | None, known: set[str]) -> bool:
    """Whether a name can be the page's own: not a wire agency, not a pronoun, and agreeing with the address or known."""
    bare = re.sub(r"^the\s+", "", name.casefold())
    if not bare or bare.split()[0] in _NOT_NAMES or bare in WIRE_AGENCIES or name.casefold() in WIRE_AGENCIES:
        return False
    return name.casefold() in known or (_written_as_outlet(name) and _agrees_with_address(name, url))


def own_name(lines: list[str], url: str | None, known: set[str]) -> Found | None:
    """The outlet the page's signed byline or own inquiry names; ``known`` are the table's names, casefolded.

    A known name counts only in a signed byline: "BNN earlier reported" on another site cites BNN's report."""
    for line in lines:
        text = " ".join(line.split())
        for pattern, names in ((_SIGNED, known), (_INQUIRY, set())):
            match = pattern.search(text)
            if match is not None and _own(name := match.group("outlet").strip(" .,;:'’"), url, names):
                return Found(name, text[:160], "own name")
    return None


def masthead_beyond(listed: str, lines: list[str], url: str | None) -> Found | None:
    """A masthead line near the top that says more than the table's name ``listed`` ("Sputnik" → "Sputnik International"
    on sputnikglobe.com) and whose first word begins the address's registered name: the outlet as it names itself.

    Only a known site's name is extended so: on an unknown site a short line opening with the address's first word may be
    a section's name ("Business News" on businessrecorder.com), and a name spelling the address is read elsewhere."""
    domain = registered_domain(url)
    if domain is None:
        return None
    site, short = letters_of(domain[0]), letters_of(listed)
    for line in lines[:10]:
        text = " ".join(line.split())
        if len(text) > 40 or not _MASTHEAD.fullmatch(text):
            continue
        first, letters = letters_of(text.split()[0]), letters_of(text)
        cut_short = site.startswith(letters) and letters != site  # "Zambia News" on zambianews365.com
        if len(first) >= 4 and site.startswith(first) and letters.startswith(short) and letters != short and not cut_short:
            return Found(text, text, "masthead")
    return None
