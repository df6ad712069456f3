"""Earlier: what an occasion's reports tell of the days before it, which is background, not a part of it.

A preview of a visit, written days ahead, carries the occasion's words and
parties in sentences that report what had already happened or been said:
"at least three to four ministers ... have visited India, he said", "the
ambassador also met the minister last Tuesday", "China represents nearly a
quarter of all our exports, Hipkins said".  Dated to the preview's day (or to
the day the quote gives), they fall inside the window that joins the
preview to the visit, so :mod:`briefgen.corpus.occasions` would take them in.

The occasion's first day is read from its reports: the earliest day on
which (or on the next) reports of two sources date something that happened
(an ``event``).  A fact that happened or was said more than
:data:`BEFORE_DAYS` before it is left out, unless it looks ahead to the
occasion ("I am looking forward to meeting", "will hold talks", "excited to
pay a State Visit") or remarks on it ("this is his first visit to
Vietnam"): that announces the occasion, as a plan does.  Plans are never
left out here.  Only facts of occasions already found are read, so this
costs nothing per pair of facts.

A line on the thing the occasion opens ("The facility at Berrechid is the first-ever Indian defence
manufacturing plant in Africa", in a preview dated two days before the inauguration) is not told
before it either: it describes what the occasion opens, whatever day its page bears (see
:func:`before_dropped` and :mod:`briefgen.corpus.opened`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from briefgen.corpus.evidence import Prepared, visit_dates
from briefgen.corpus.opened import names_thing_opened, things_opened

#: Most days before an occasion's first day a fact of it may be dated: its eve, and a day's slip in the dating.
BEFORE_DAYS = 2

#: Words looking ahead to the occasion: what is said of it before it, announcing it as a plan does.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|look(?:s|ed|ing)? forward|upcoming|forthcoming|excited|"
    r"to (?:visit|pay|make|hold|meet|travel|sign|attend|discuss)|"
    # a remark on the occasion itself ("this is his first visit to Vietnam", "the trip aims to"): said of it, not before it
    r"(?:this|the|his|her|their) (?:[\w-]+ ){0,3}?(?:visit|trip|tour))\b",
    re.IGNORECASE,
)


def first_day(members: list[int], prepared: list[Prepared]) -> dt.date | None:
    """The occasion's first day: the earliest day that, with the next, has events of two sources or more dated on it.

    Two sources, so that one report's background event ("met the minister
    last Tuesday") does not set the start; the next day too, as outlets date
    the parts of a visit a day apart (its talks on one, its meetings on the next).
    """
    sources: dict[dt.date, set[str]] = defaultdict(set)
    for i in members:
        fact = prepared[i].fact
        if fact.kind == "event" and fact.date.day is not None:
            sources[fact.date.first_day].add(fact.source)
    after = dt.timedelta(days=1)
    shared = [day for day, found in sources.items() if len(found | sources.get(day + after, set())) >= 2]
    return min(shared) if shared else None


def told_before(item: Prepared, start: dt.date) -> bool:
    """Whether a fact reports what happened or was said well before an occasion that begins on ``start``.

    Every date it carries (its own, and the one its quote gives a visit) must
    be a day more than :data:`BEFORE_DAYS` before ``start``; a plan, or a
    sentence looking ahead to the occasion, is an announcement of it and stays.
    """
    if item.fact.kind not in ("event", "statement") or _AHEAD.search(item.fact.quote):
        return False
    limit = start - dt.timedelta(days=BEFORE_DAYS)
    return all(d.day is not None and d.last_day < limit for d in visit_dates(item))


def before_dropped(members: list[int], prepared: list[Prepared], start: dt.date) -> list[int]:
    """An article's ``members`` of an occasion that begins on ``start``, without those told before it.

    A line naming back a thing the article tells opened at the occasion (:func:`briefgen.corpus.opened.things_opened`:
    "this facility", "the facility at Berrechid") stays: a preview dates its description of the site by its page, days
    before the inauguration, but the line tells what the occasion opens, not a happening before it.  (Half A, round
    108: of the 19 facts left out as told before, the two lines on a facility a visit inaugurated were the labels'
    parts of it; the others were no description of a thing opened.)
    """
    opened = things_opened(prepared[i].fact.quote for i in members)
    return [i for i in members if not told_before(prepared[i], start) or names_thing_opened(prepared[i].fact.quote, opened)]
