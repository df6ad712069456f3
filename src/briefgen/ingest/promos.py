"""The outlet a page names in its own promotions: "Follow Kestrel Daily on X", "Download the Kestrel Daily app",
"Subscribe to the Kestrel Daily newsletter", "Kestrel Daily Staff Reporter".

Such lines are the publisher speaking of itself, so they name the outlet of a
page whose site is not in the table and whose domain the name does not spell
(an outlet served from a hosting company's address, or from a domain unlike its
name).  They rank below every reading that agrees with the address: a known
site or a name spelling the domain wins, since a page copied from another
outlet may carry that outlet's promotions.

Lines that point elsewhere are deliberately not read: "Source: Kestrel",
"The post … first appeared on Kestrel", "Read more on Kestrel" name where the
copy came from, which on a syndicating site is not the page's outlet.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.furniture import SOCIAL_NETWORKS
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import OUTLET_WORDS

_NAME = r"(?P<outlet>(?:The\s+)?[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|and)){0,4}?)"
_POSSESSIVE = r"(?:'s|’s)?"
_NETWORKS = rf"(?:{'|'.join(SOCIAL_NETWORKS)}|Google\s+News)"
_PROMOS = (
    re.compile(rf"(?:^|[.!]\s+)Follow\s+{_NAME}\s+on\s+{_NETWORKS}\b"),
    re.compile(rf"(?:^|[.!]\s+)Download\s+(?:the\s+)?{_NAME}{_POSSESSIVE}\s+(?:free\s+)?(?:mobile\s+|news\s+)?app\b"),
    re.compile(
        rf"(?:^|[.!]\s+)(?:Subscribe|Sign\s+up)\s+(?:to|for)\s+(?:the\s+)?{_NAME}{_POSSESSIVE}\s+"
        r"(?:free\s+)?(?:daily\s+|weekly\s+|morning\s+|evening\s+)?(?:newsletters?|WhatsApp\s+channel|YouTube\s+channel)\b"
    ),
    re.compile(rf"^(?:By\s+)?{_NAME}\s+(?:Staff\s+(?:Reporter|Correspondent|Writer)|News\s+Desk|Web\s+Desk)\s*$"),
)
_NOT_NAMES = frozenset(("us", "our", "the", "this", "a", "an"))
_WIRE_NAMES = ("associated press", "agence france", "press trust of india", "anadolu", "xinhua", "reuters", "tass", "bloomberg")


def _plausible(name: str, known: set[str]) -> bool:
    """Whether a promoted name can only be an outlet's: a known outlet's name, or one holding a word that names a kind of
    outlet ("Kestrel Daily", "Harbour News"), or one word no sentence starts with ("NewsDrum", "Kestrel.net")."""
    words = name.split()
    if not words or (words[0].casefold() in _NOT_NAMES and len(words) == 1):
        return False
    # A wire agency's promotion ("Download the AP News app") travels with its copy to every site that prints it.
    bare = re.sub(r"^the\s+", "", name.casefold())
    if words[0].casefold() in WIRE_AGENCIES or bare.split()[0] in WIRE_AGENCIES or bare.startswith(_WIRE_NAMES):
        return False
    if name.casefold() in known:
        return True
    if any(w.casefold().strip(".'’") in OUTLET_WORDS for w in words):
        return True
    core = words[-1] if len(words) == 1 else ""
    return bool(core) and (any(c.isupper() for c in core[1:]) or "." in core.strip(".") or any(c.isdigit() for c in core))


def promoted_outlet(lines: list[str], known_outlets: set[str]) -> Found | None:
    """The outlet the page's own promotions or staff byline name, with the line; ``known_outlets`` are the table's
    names, casefolded, which count as names whatever their words."""
    for line in lines:
        text = " ".join(line.split())
        for pattern in _PROMOS:
            match = pattern.search(text)
            if match is None:
                continue
            name = re.sub(r"(?:'s|’s)$", "", re.sub(r"^(?:By|Our)\s+", "", match.group("outlet"))).strip(" .,;:'’")
            if _plausible(name, known_outlets):
                return Found(name, text[:160], "promo")
    return None
