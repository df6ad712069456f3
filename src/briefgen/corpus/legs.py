"""The next leg of a tour: a sentence that sends the visitor on to another host is not a part of this visit.

A leader's tour of several countries is several occasions, one per host.
Reports of one leg tell where the visitor goes next: "After the UAE, Putin
is due to travel to Saudi Arabia for his first face-to-face meeting with
MbS since October 2019" (intake_final82), "After concluding his Poland
trip, PM Modi will visit Ukraine" and "The prime minister will travel to
Kyiv from Poland in a 'Rail Force One' train" (intake_final76), "He will
next visit Britain, where he will meet with Prime Minister Keir Starmer"
(intake_final92).  Such a sentence reports the other leg, with its other
host and other talks; :mod:`briefgen.corpus.occasions` leaves it out of the
occasion of this leg, unless the place it names is a side of that occasion
(an announcement of this very leg: "After Italy, Modi will visit Poland", in
a report of the Polish leg).  :mod:`briefgen.corpus.beside` leaves out the
words that need no sides to tell another leg ("will then head to"); the
sentences read here name the place left and the place gone to, and only the
occasion's sides tell which of the two is this leg.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A place by name: "Saudi Arabia", "the United Kingdom", "Kyiv" (the article left out).
_PLACE = r"(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
#: Going somewhere: "will visit", "is due to travel to", "heads for", "is due in", "will then fly to".
_GOES = (
    r"(?:\b(?:will|is\s+(?:due|set|scheduled|expected)\s+to|heads?|is\s+heading|travels|flies|goes)"
    r"(?:\s+(?:then|next|later|also))?"
    r"\s+(?:visit|travel\s+(?:on\s+)?to|head\s+(?:on\s+)?(?:to|for)|fly\s+(?:on\s+)?to|go\s+(?:on\s+)?to|be\s+in|for|to)"
    r"|\bis\s+(?:due|expected)\s+in)"
)
#: A sentence that sends the visitor on from this leg to the next: "After Paris, Carney heads for London",
#: "Following France, Carney is due in the United Kingdom", "He will next visit Britain", "will travel to
#: Kyiv from Poland".
_ONWARD = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:After|Following)\s+(?:concluding\s+)?(?:his\s+|her\s+|the\s+)?[A-Z][^,.;]{{0,40}},\s+[^,.;]{{0,60}}?{_GOES}\s+{_PLACE}",
        rf"\bwill\s+next\s+(?:visit|travel\s+to|head\s+to|go\s+to|fly\s+to)\s+{_PLACE}",
        rf"\bwill\s+(?:travel|head|go|fly|proceed)\s+to\s+{_PLACE}\s+from\s+[A-Z]",
    )
)


def next_legs(quote: str, key: Callable[[str], str]) -> frozenset[str]:
    """The places a quote sends the visitor on to after this leg (see :data:`_ONWARD`), as ``key`` reads names."""
    return frozenset(k for pattern in _ONWARD for match in pattern.finditer(quote) if (k := key(match.group("place"))))


def of_another_leg(quote: str, sides: frozenset[str], key: Callable[[str], str]) -> bool:
    """Whether a quote reports the next leg of a tour: it sends the visitor on to a place none of ``sides`` is."""
    return any(place not in sides for place in next_legs(quote, key))
