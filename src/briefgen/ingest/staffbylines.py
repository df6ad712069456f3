"""A staff byline that names the site it is written for: "By the Caribbean Journal staff" on caribjournal.com.

A site's own staff sign a report with the site's name ("By the Caribbean Journal staff"), and that name is the outlet
as the site writes it.  When the site is not in the table of known sites, the outlet was read from the address
("Carib Journal"), since the readings of a name spelled in the text (:func:`briefgen.ingest.outlets.named_by_site`)
look for the address's name in full.  A staff byline is read only when the address's name is the byline's name cut
short word by word, in order, each piece the opening of its word and three letters or more at least ("carib" +
"journal" for "Caribbean Journal"): then the byline and the address name one outlet, and the byline's is the name.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import registered_domain

# "By the Caribbean Journal staff", "By Westmark Daily Staff": the site's name between "By" and "staff".
_STAFF_BYLINE = re.compile(r"^By\s+(?:the\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s+[Ss]taff\.?$")
_SHORTEST_PIECE = 3
# How many of the first lines may hold the byline: a headline and a photo's caption above it.
_NEAR_TOP = 6


def _abbreviates(host: str, words: list[str]) -> bool:
    """Whether ``host`` is ``words`` cut short each to an opening of three letters or more, in order, all of them."""
    if not words:
        return not host
    word = words[0]
    for length in range(len(word), _SHORTEST_PIECE - 1, -1):
        if host.startswith(word[:length]) and _abbreviates(host[length:], words[1:]):
            return True
    return False


def staff_outlet(lines: list[str], url: str | None) -> Found | None:
    """The site's name in a staff byline among the first lines, when the address's name abbreviates it; else None."""
    domain = registered_domain(url)
    if domain is None:
        return None
    for line in lines[:_NEAR_TOP]:
        match = _STAFF_BYLINE.match(line.strip())
        if match is None:
            continue
        words = [re.sub(r"[^\w]", "", w).casefold() for w in match.group("name").split()]
        if _abbreviates(domain[0].replace("-", ""), words):
            return Found(match.group("name"), line.strip(), "byline")
    return None
