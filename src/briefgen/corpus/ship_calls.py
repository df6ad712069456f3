"""Ship calls: what a navy's ship does beside a leader's visit is an occasion of its own.

A navy often sends a ship to the host while a leader visits it, and the visit's reports tell it:
"The warship arrived in Port Louis on March 10 as part of a goodwill visit", "The ship will
remain there till March 14", "Indian Navy's formidable destroyer INS Imphal on Wednesday opened
its decks for the Mauritians" (a report of Modi in Mauritius, intake_final96), "The four warships
will be in the country for maritime drills" (of Marcos in India, intake_final80).  Such a
sentence carries the visit's words (an arrival, a visit) and its parties, on its days; yet the
labelled sets tell the port call, the drill or the exercise apart from the leader's visit: its
actor is a ship, and its programme is the ship's.

:func:`told_of_a_ship` reads a sentence whose subject is a ship: a vessel's noun among its first
words, before its verb ("The warship arrived", "warships from India and the Philippines
conducted", "destroyer INS Imphal on Wednesday opened").  A ship named as what the sides buy or
build ("new orders for Rafales, Scorpenes, light frigates", "we're going to be buying ships"), as
what the leader waits for ("The President will leave shortly after the arrival of four Indian
warships"), or a reactor's vessel is not the subject, and the sentence stays with the visit.
"""

from __future__ import annotations

import re

#: A vessel of a navy, or a ship, by its noun; a reactor's (pressure) vessel is none.
_SHIP = r"(?:(?:war)?ships?|destroyers?|frigates?|corvettes?|submarines?|(?<!reactor )(?<!pressure )vessels?|aircraft carriers?)"
#: The words before the subject's ship, at most six, none a verb's end of a clause: "The", "Indian Navy's formidable",
#: "The four"; an opening time or place set off by a comma ("On Wednesday,") may come first.
_BEFORE = r"(?:[^,;.]{0,40},\s+)?(?:[\w’'-]+\s+){0,6}?"
#: What may follow the ship's noun before its verb: its name ("INS Imphal"), whose it is ("from India and the
#: Philippines"), a time ("on Wednesday").
_AFTER = r"(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:from|of|on|in)\s+[^,;.]{0,40}?)?"
#: The subject's verb: a past form, an auxiliary, a verb of a ship's stay.
_VERB = r"\s+(?:will|is|are|was|were|has|have|had|would|\w+ed|remains?|docks?|sails?|calls?|opens?|conducts?)\b"
_SHIP_SUBJECT = re.compile(rf"^{_BEFORE}{_SHIP}{_AFTER}{_VERB}", re.IGNORECASE)
#: Words that make the ship an object rather than the sentence's subject: buying, ordering, building, boarding or
#: visiting it, waiting for it.
_SHIP_AS_OBJECT = re.compile(
    r"\b(?:arrival|orders?|buy\w*|procur\w*|purchas\w*|build\w*|visit\w*|board\w*|tour\w*|inspect\w*|deal|after|for|with|to|by)\s+(?:[\w’'-]+\s+){0,4}?"
    + _SHIP
    + r"\b",
    re.IGNORECASE,
)


def told_of_a_ship(quote: str) -> bool:
    """Whether a quote tells what a ship did or does, its subject a navy's vessel (see the module's docstring)."""
    match = _SHIP_SUBJECT.search(quote)
    return match is not None and not _SHIP_AS_OBJECT.search(quote, 0, match.end())
