"""Announced: a page that tells of a visit still to come is dated by the visit's days, not by its own.

"President William Ruto is scheduled to be in Washington, US, on May 23, 2024
on an official State visit", on a page of 16 February: the page's other lines
("The visit will strengthen our shared commitment…", "Kenya views the State
visit as a high profile opportunity…") give no date of their own and are
dated by the page, so the date most of its occasion's facts fall near is the
day of the announcement, and the reports of the visit in May never meet it.
Counted on half A (round 52), 1,437 missed pairs of record lay between two
articles whose occasions were not joined for their dates; such pages were one
cause among them (the Kenyan state visit announced in February, Macron's state
visit to the UK announced in May, Tinubu's to the UK announced in February),
with recaps written weeks after a visit and visits over the turn of a month.

An occasion is read as announced when nothing of it has happened yet: none
of its facts is an event told as done ("The trip will be the first formal
state visit" is an event that looks ahead), and most are plans or look ahead
("will", "upcoming", "is set to").  Its date is then the date its plans give the
visit: plans that speak of a visit, dated after the page's day and at most
:data:`AHEAD_DAYS` later.  A report of a visit that mentions the next one
("will visit Moscow in July") keeps its date: its arrival, its talks and its
signings are events.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.corpus.evidence import Prepared
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate

#: Most days ahead of the page's day an announced visit is read to fall: an announcement comes weeks or months before.
AHEAD_DAYS = 183

#: Words that look ahead to what has not happened yet.  Narrower than :mod:`briefgen.corpus.earlier`'s, which also takes
#: a remark on "the visit" as said of it: here an event told as done ("the visit was held") must not pass for a plan.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|upcoming|forthcoming|(?:is|are) (?:set|scheduled|expected|due|slated|to) |to be held|planned)\b",
    re.IGNORECASE,
)
_AHEAD_FOUND = Caseless(_AHEAD)  # asked only whether it is found (see text/cues)


def looks_ahead(item: Prepared) -> bool:
    """Whether a fact tells something still to come: a plan, or a quote that looks ahead."""
    return item.fact.kind == "plan" or _AHEAD_FOUND.found(item.fact.quote)


def announced_visit(members: list[Prepared], speaking: list[Prepared], day: PartialDate) -> list[Prepared]:
    """The plans that date the coming visit an occasion of ``members`` dated ``day`` announces; none if it is no announcement.

    ``speaking``: every fact of the article that speaks of an occasion, from
    which the plans are read (a plan dated months after the page is not
    among the facts near its day).
    """
    if not members or any(item.fact.kind == "event" and not looks_ahead(item) for item in members):
        return []
    if 2 * sum(map(looks_ahead, members)) < len(members):
        return []
    last = day.last_day + dt.timedelta(days=AHEAD_DAYS)
    return [
        item
        for item in speaking
        if item.fact.kind == "plan" and item.visit and item.fact.date.month is not None and day.last_day < item.fact.date.first_day <= last
    ]
