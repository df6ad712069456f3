"""Counts of the visit at hand: "his second visit to Pakistan", "the first visit ... in 12 years".

A report of a visit counts it among the visitor's others: "This marks the
second visit of President Mirziyoyev to Pakistan", "Xi arrived in Phnom Penh
earlier on Thursday for a state visit to Cambodia, his second visit to the
country in nine years", "This is also the first visit by an Egyptian
president to Turkey in 12 years".  The visit counted is the one reported, and
the labels of record hold such a remark as a part of it (155 of the 163
labelled claims of half A that count a visit so, round 48).  What the count
runs from ("since 2012", "in 12 years", "in just three years", "his first
foreign visit after India launched Operation Sindoor in May") dates the
earlier visits, not this one, and is no figure said at it.

:func:`without_count` takes the count and what it runs from out of a quote,
so that :func:`briefgen.corpus.elsewhen.elsewhen` no longer reads the count
as dating the quote away from its occasion, nor
:func:`briefgen.corpus.spoken.told_as_background` its years as background.
Whatever else the quote dates is still read: "Orban's first visit in 2009"
keeps its year (a visit dated elsewhere is another), and "a few months ago"
or "last year" beside a count still date the quote away.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold
from briefgen.text.english import ORDINAL_PATTERN

#: A count of the visit at hand: an ordinal of a visit, trip or tour (up to four words between: "his second visit", "the
#: first formal state visit", "his maiden trip") said of the visit reported, as what it is or marks ("This is his
#: second trip to China", "It will be the first visit to Japan by Yoon", "This visit marks President Ruto's maiden
#: trip") or set beside it after a comma ("a state visit to Cambodia, his second visit to the country"), with what
#: it runs from: a span of time ("in 12 years", "in just over two years") or a "since" or "after" clause ("since 2012",
#: "his first foreign visit after India launched Operation Sindoor in May"), up to the next comma.  A count that is not
#: said of the visit reported ("Rubio will visit Ecuador on Thursday on his third trip to Latin America", "Xi will then
#: head to Tajikistan for his second state visit") is left as it is.
_COUNT = re.compile(
    r"(?:\b(?:is|was|will be|would be|marks?|marked)\s+(?:also\s+)?|,\s*)"
    r"(?:(?:the|his|her|its|(?:(?:Mr|Ms|Mrs|Dr|President|Prime Minister|[A-Z][\w.-]*)\s+){0,2}[\w’'-]+(?:’s|'s))\s+)?"
    rf"{ORDINAL_PATTERN}\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:visit|trip|tour)\b"
    r"(?:[^.;,]{0,60}?\b(?:in (?:just |the past |the last )?(?:over |nearly |almost |more than )?(?:[0-9]+|\w+) (?:years|months|decades)"
    r"|(?:since|after)\b[^.;,]{0,80}))?",
    re.IGNORECASE,
)


def without_count(quote: str) -> str:
    """The quote without the counts of a visit it makes and what they run from (see the module docstring).

    "It is the first official visit by an Indian prime minister to the North
    African country in 26 years" leaves "It is ": nothing is dated and no
    figure is given.
    """
    return _COUNT.sub(" ", quote) if may_hold(quote, _COUNT_CUES) else quote


#: What every match of :data:`_COUNT` holds, lower-cased: the long caseless pattern is tried only on a quote with one
#: of them (see :mod:`briefgen.text.cues`).
_COUNT_CUES = ("visit", "trip", "tour")
