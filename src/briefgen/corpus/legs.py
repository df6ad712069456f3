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

Two more ways a report tells the other leg (round 98): who the visitor meets
there, after leaving this leg ("After his visit to the UAE, Putin is expected
to hold talks with Saudi Crown Prince Mohammed bin Salman in Riyadh",
intake_final82), and the leg before this one, told as where the visitor
stays before coming ("Putin will spend two days in North Korea before
traveling to Vietnam", intake_final40).  (Measured on half A, links of
record: 122 pairs fewer on two sets, 110 of them judged different occasions.)

A leg still to come is also told as the tour's sequel, with no place left
named: "Lula will also visit Vietnam before returning to Brazil" (a report of
his visit to Japan, intake_final88), "Following Vietnam, Macron will continue
his tour to Indonesia and Singapore" (intake_final26).  :func:`of_a_leg_ahead`
reads those against every party of the occasion's reports.  (Measured on half
A of the labelled sets, round 77, links of record: 180 pairs judged different
gone on six sets, no right pair lost.)
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
#: Meeting someone next: "is expected to hold talks with", "will meet with".  Only read after an opening that leaves
#: this leg (see :data:`_LEAVING`): "the two leaders will hold talks with business leaders" is this leg's programme.
_MEETS = (
    r"\b(?:will|is\s+(?:due|set|scheduled|expected)\s+to)(?:\s+(?:then|next|later|also))?"
    r"\s+(?:hold\s+talks\s+with|meet(?:\s+with)?)"
)
#: An opening that leaves this leg, by its host or by the visit to it: "After Paris,", "Following France,", "After his
#: visit to the UAE,", "Following her stay in Ostria,".
_LEAVING = (
    r"\b(?:After|Following)\s+(?:concluding\s+)?"
    r"(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:visit|trip|stay|talks)\s+(?:to|in)\s+(?:the\s+)?)?"
    r"(?:his\s+|her\s+|the\s+)?[A-Z][^,.;]{0,40},\s+[^,.;]{0,60}?"
)
#: A sentence that sends the visitor on from this leg to the next: "After Paris, Carney heads for London",
#: "Following France, Carney is due in the United Kingdom", "He will next visit Britain", "will travel to
#: Kyiv from Poland"; and who the visitor meets there, told after leaving this leg ("After his visit to Ostria, the
#: president is expected to hold talks with Vell's King Aldo in Vellburg").  The leg before this one, told as where
#: the visitor stays before coming ("will spend two days in Ostria before travelling to Norland"), is another leg too.
_ONWARD = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_LEAVING}(?:{_GOES}|{_MEETS})\s+{_PLACE}",
        rf"\bwill\s+next\s+(?:visit|travel\s+to|head\s+to|go\s+to|fly\s+to)\s+{_PLACE}",
        rf"\bwill\s+(?:travel|head|go|fly|proceed)\s+to\s+{_PLACE}\s+from\s+[A-Z]",
        rf"\b(?:spend|spends|spent|stay|stays|stayed)\s+[^.;]{{0,30}}?\bin\s+{_PLACE}\s+before\s+"
        r"(?:travel\w*|head\w*|fly\w*|flew|going|go|mov\w*|leav\w*)\b",
        # the tour itself the subject, not a clause of this leg ("Japan is the first leg of his tour, which will also take
        # him to ...", which the labelled sets join to this leg): "Kishida's five-nation tour will also take him to Italy"
        rf"\b(?:tour|trip|journey)\s+will\s+also\s+take\s+(?:him|her|them)\s+to\s+{_PLACE}",
        # where the tour ends: "Lula is set to end his African tour in Sao Tome and Principe on Sunday"
        rf"\b(?:end|conclude|finish|wrap\s+up)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:tour|trip|journey)\s+in\s+{_PLACE}",
        # where the visitor is by the page's time, told in the present: "Marcos is now in Singapore, where he is also looking
        # to get investment deals"
        rf"\b(?:is|are)\s+now\s+in\s+{_PLACE}",
    )
)


def next_legs(quote: str, key: Callable[[str], str]) -> frozenset[str]:
    """The places a quote sends the visitor on to after this leg, or has them stay at before it (see :data:`_ONWARD`), as
    ``key`` reads names."""
    return frozenset(k for pattern in _ONWARD for match in pattern.finditer(quote) if (k := key(match.group("place"))))


def of_another_leg(quote: str, sides: frozenset[str], key: Callable[[str], str]) -> bool:
    """Whether a quote reports another leg of a tour: it sends the visitor on to a place none of ``sides`` is, or
    has them stay at such a place before this leg."""
    return any(place not in sides for place in next_legs(quote, key))


#: A place named with no article ("Vietnam", "Trinidad and Tobago", "Kuala Lumpur"): "will also visit the Islamic
#: Development Bank" or "the Holocaust Memorial" names a stop of this leg's programme, not another host.
_BARE_PLACE = r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,2})"
#: The legs still to come told as the tour's sequel rather than as a stop after this one: "Lula will also visit Vietnam
#: before returning to Brazil", "Rubio will also travel to Ecuador", "Macron will continue his tour to Indonesia and
#: Singapore", "a broader diplomatic tour by PM Modi, which will next take him to Trinidad and Tobago", "Kishida is also
#: arranging to visit Kuala Lumpur".
_AHEAD = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\bwill\s+also\s+(?:visit|travel\s+to|head\s+to|go\s+to|fly\s+to)\s+{_BARE_PLACE}",
        rf"\bcontinue\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:tour|trip|journey)\s+to\s+{_BARE_PLACE}",
        rf"\bwill\s+next\s+take\s+(?:him|her|them)\s+to\s+{_BARE_PLACE}",
        rf"\bis\s+also\s+(?:arranging|planning|scheduled|set|expected|due|slated)\s+to\s+(?:visit|travel\s+to)\s+{_BARE_PLACE}",
    )
)


#: The leg to come told inside a clause of this visit ("the first leg of his two-nation visit during which he will also
#: travel to Ukraine's capital Kyiv"): the sentence reports this leg, and names the tour it is a leg of.
_OF_THIS_VISIT = re.compile(r"\b(?:during|in|on)\s+which\s+(?:he|she|they)\s+$")


def of_a_leg_ahead(quote: str, sides: frozenset[str], key: Callable[[str], str]) -> bool:
    """Whether a quote tells a leg still to come of the tour, at a place none of ``sides`` is (see :data:`_AHEAD`).

    ``sides`` are every party the occasion's reports keep coming back to, not only the hosts all of them share: a
    place no report of the occasion makes a party of is the host of another occasion.  A leg told inside a clause of
    this visit (:data:`_OF_THIS_VISIT`) is this leg's sentence: intake_final76 labels "Modi landed in Warsaw ... on the
    first leg of his two-nation visit during which he will also travel to Ukraine's capital Kyiv" a part of it.
    """
    places = {
        k
        for pattern in _AHEAD
        for match in pattern.finditer(quote)
        if not _OF_THIS_VISIT.search(quote, 0, match.start()) and (k := key(match.group("place")))
    }
    return any(place not in sides for place in places)
