"""Lately: what a visit's reports tell of the weeks before it, done by others or somewhere else, is not a part of it.

A report of a visit sets it among the news of the weeks before: "Russian
Foreign Minister Sergei Lavrov stated last week that the West was attempting
to lure away Russia's neighbors" (a report of Macron in Astana), "Earlier this
month, the White House announced that it had reached an agreement with Houthi
rebels" (of Trump in Doha), "Xi has held a series of meetings with foreign
counterparts in the past weeks, especially at the Group of 20 summit in Bali".
And a report of one leg of a tour tells where the visitor was before it came:
"Earlier today, the Indian leader was in Papua New Guinea where he discussed
bilateral relations", "Sheikh Mohamed earlier left Seoul, after a two-day
visit to South Korea".  Such a sentence carries the occasion's words and one
of its parties, and is dated by its page, so it falls inside the window that
joins the page to the visit; yet it tells another act, of another week or
another place.

:func:`of_weeks_before` tells such a sentence by what it says and when:

* a time a week or more before the page ("last week", "last weekend",
  "earlier this month", "last month", "in recent weeks", "in the past weeks")
  on a sentence that neither looks ahead to the visit nor names it (no
  "visit", "trip" or "tour") and names at most one of the occasion's sides (a
  sentence that names both, or "the two countries", may tell the visit itself
  from a later page: "Last week, the two countries agreed to elevate their
  relationship"); or
* "earlier" or "previously" with the visitor in, leaving or visiting a place
  that is none of the occasion's sides (:mod:`briefgen.corpus.legs` reads the
  leg to come, this the leg gone before).

A sentence told of the same days ("earlier in the day", "earlier this
week") is not read: measured on the labelled sets, it tells the visit's own
acts as often as not ("declined an invitation to the G7 in Canada earlier this
week in favour of talks with Putin in Saint Petersburg" is the visit).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.corpus.models import Fact
from briefgen.text.cues import Caseless

#: A time a week or more before the page: what happened then is not of a visit the page reports as news.
_WEEKS_BEFORE = re.compile(
    r"\b(?:last|previous|past) (?:week|weekend|month)\b|\bearlier (?:this|last) month\b|\b(?:recent|past|previous) weeks\b",
    re.IGNORECASE,
)
_WEEKS_BEFORE_FOUND = Caseless(_WEEKS_BEFORE)  # asked only whether it is found (see text/cues)
#: Words that look ahead to the occasion or name it: such a sentence is said of the visit, whenever it was said.
_OF_THE_VISIT = re.compile(
    r"\b(?:will|would|shall|upcoming|forthcoming|look(?:s|ed|ing)? forward|visit\w*|trips?|tours?)\b",
    re.IGNORECASE,
)
#: Both sides named together ("the two countries", "both leaders"): a sentence of what they did together.
_BOTH_SIDES = re.compile(r"\b(?:the two|both)\b", re.IGNORECASE)
#: A place by name: "Papua New Guinea", "Seoul" (an article before it left out).
_PLACE = r"(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
#: The visitor in or leaving a place before this visit: "Earlier today, the Indian leader was in Papua New
#: Guinea", "Sheikh Mohamed earlier left Seoul", "had previously visited Tokyo".
_PLACE_BEFORE = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:[Ee]arlier|[Pp]reviously)\b[^.;]{{0,50}}?\b(?:was|were|had been)\s+in\s+{_PLACE}",
        rf"\b(?:earlier|previously)\s+(?:left|visited|travell?ed\s+to|stopped\s+(?:over\s+)?in)\s+{_PLACE}",
    )
)


def of_weeks_before(fact: Fact, sides: frozenset[str], key: Callable[[str], str]) -> bool:
    """Whether a fact tells another act of the weeks before the occasion, or the visitor's stop before it.

    ``sides``: the occasion's party keys, as ``key`` reads names.  The weeks are read on what happened or
    was said (an ``event``, a ``statement``); a plan or a figure is dated by when it is due or counted.
    """
    quote = fact.quote
    if (
        fact.kind in ("event", "statement")
        and _WEEKS_BEFORE_FOUND.found(quote)
        and not _OF_THE_VISIT.search(quote)
        and not _BOTH_SIDES.search(quote)
        and len({k for k in map(key, fact.entities or ()) if k} & sides) <= 1
    ):
        return True
    return any(
        (place := key(match.group("place"))) and place not in sides for pattern in _PLACE_BEFORE for match in pattern.finditer(quote)
    )
