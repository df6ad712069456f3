"""The visitor's rank: "the first Indian PM to visit the country in 56 years", "after an interval of 37 years".

News tells how rare a visit is by ranking its visitor among those who came
before, as often as by counting the visit among the visitor's own trips (see
:mod:`briefgen.corpus.counted`): "Marcos, the first Philippine president to
visit the country since 2007", "the sixth state visit hosted by the Biden
administration, and the first for an African president since 2008", "It will
be the first visit to Japan by Yoon since he took office in May 2022, and the
first by a South Korean president since his predecessor ... visited the
neighboring country in June 2019", "Hassan is the first African head of state
China has received after the 20th National Congress", or by the time since the
last one: "a Presidential visit from Kenya is taking place after over six
years", "an Indian PM has come here after 56 years".  The same counts the
visitor's own ("who is visiting Cambodia for the first time since 2016", "and
Meloni's third visit to Japan since becoming premier in 2022") when no "is" or
comma sets them beside the visit, which :mod:`briefgen.corpus.counted` asks.

What the rank runs from dates the earlier visits, not this one, and is no
figure said at it; the labels hold such a remark as a part of the visit it
ranks.  :func:`without_rank` takes the rank and what it runs from out of a
quote, as :func:`briefgen.corpus.counted.without_count` does a count, so that
neither the reading of a date elsewhere nor of background takes the year it
runs from as the quote's.  Whatever else the quote dates is still read.
"""

from __future__ import annotations

import re

from briefgen.text.cues import Caseless, may_hold
from briefgen.text.english import ORDINAL_PATTERN

#: Who a visitor is, ranked among those of their office or country ("Philippine president", "Indian PM", "African head
#: of state", "foreign leader").
_VISITOR = (
    r"(?:presidents?|prime ministers?|PMs?|premiers?|chancellors?|leaders?|heads? of (?:state|government)|kings?|monarchs?"
    r"|emperors?|emirs?|sultans?|crown princes?|(?:state |official )?(?:visits?|trips?))"
)
#: What a rank runs from: a span of time ("in 56 years", "in nearly two decades") or a "since" or "after" clause, up to
#: the next comma or the end of the sentence.
_RUNS_FROM = (
    r"(?:\bin (?:just |the past |the last |over |nearly |almost |more than ){0,2}(?:[0-9]+|\w+) (?:years|months|decades)"
    r"|\b(?:since|after)\b[^.;,]{0,80}?(?=[.;,]|$))"
    # the same span told again ("since 2007, or 18 years ago"), or the last visit it runs from ("in 17 years, when the
    # now disgraced former French leader Nicolas Sarkozy arrived in 2008")
    r"(?:,? or (?:[0-9]+|\w+) (?:years|decades) ago\b|, when [^.;]{0,80}?\b(?:1[89]|20)[0-9]{2}\b)?"
)
#: The visitor ranked ("the first Philippine president to visit the country since 2007", "the first for an African
#: president since 2008", "the first by a South Korean president since ...", "the first African head of state China has
#: received after ..."), with what the rank runs from.
_RANKED = re.compile(
    rf"\bthe {ORDINAL_PATTERN}\s+(?:(?:[\w’'-]+\s+){{0,3}}?{_VISITOR}\b|(?:for|by) (?:an? |the )?(?:[\w’'-]+\s+){{0,3}}?{_VISITOR}\b)"
    rf"[^.;,]{{0,60}}?{_RUNS_FROM}",
    re.IGNORECASE,
)
#: The visitor's own count told with no "is" or comma before it ("visiting Cambodia for the first time since 2016",
#: "and Meloni's third visit to Japan since becoming premier in 2022"), with what it runs from.
_OWN_COUNT = re.compile(
    rf"\bfor the {ORDINAL_PATTERN} time\s*{_RUNS_FROM}"
    rf"|\band (?:his |her |their |[A-Z][\w.-]*(?:’s|'s) ){ORDINAL_PATTERN}\s+(?:[\w’'-]+\s+){{0,3}}?(?:visit|trip)\b"
    rf"[^.;,]{{0,60}}?{_RUNS_FROM}",
    re.IGNORECASE,
)
#: A host's count of the visits it has hosted ("the sixth state visit hosted by the Biden administration").
_HOSTED = re.compile(rf"\bthe {ORDINAL_PATTERN}\s+(?:state |official )?visit (?:hosted|received) by\b[^.;,]{{0,60}}", re.IGNORECASE)
#: The time since the last visit: "is taking place after an interval of 37 years", "has come here after 56 years".
_AFTER_YEARS = re.compile(
    r"\b(?:is taking place|takes place|took place|comes|came|has come|have come|is coming|(?:is|was) (?:being )?(?:held|made))\b"
    r"[^.;,]{0,30}?\bafter (?:an interval of |a gap of |a hiatus of )?"
    r"(?:over |nearly |almost |more than |some )?(?:[0-9]+|\w+) (?:years|decades)\b",
    re.IGNORECASE,
)


def without_rank(quote: str) -> str:
    """The quote without the ranks of its visitor and what they run from (see the module docstring).

    "Marcos, the first Philippine president to visit the country since 2007"
    leaves "Marcos, ": nothing is dated and no figure is given.
    Each long caseless pattern is tried only on a quote with one of the words every match of it holds (see
    :mod:`briefgen.text.cues`): on the 50,000-fact benchmark corpus 959 of 1,643 quotes asked have none.
    """
    if may_hold(quote, _RUNS_FROM_CUES):
        quote = _AFTER_YEARS.sub(" ", _OWN_COUNT.sub(" ", _RANKED.sub(" ", quote)))
    return _HOSTED.sub(" ", quote) if may_hold(quote, _HOSTED_CUES) else quote


#: What every match of :data:`_RANKED`, :data:`_OWN_COUNT` and :data:`_AFTER_YEARS` holds, lower-cased: the span
#: or the "since" or "after" clause a rank runs from (see :data:`_RUNS_FROM`), or the years after which a visit comes.
_RUNS_FROM_CUES = ("year", "month", "decade", "since", "after")
#: What every match of :data:`_HOSTED` holds, lower-cased.
_HOSTED_CUES = ("hosted by", "received by")


#: Words of a visit: a rank told of something else ("the first foreign leader Trump spoke to on the phone after taking
#: office") ranks no visit.
_VISIT_WORD = re.compile(r"\b(?:visit\w*|trips?|tours?|came|come|comes|coming|arriv\w*|receiv\w*|host\w*|invit\w*|here)\b", re.IGNORECASE)
_VISIT_WORD_FOUND = Caseless(_VISIT_WORD)  # asked only whether it is found (see text/cues)


def ranks_the_visit(quote: str) -> bool:
    """Whether a quote ranks the visit or its visitor among those before (see :func:`without_rank`), and speaks of a visit."""
    return _VISIT_WORD_FOUND.found(quote) and without_rank(quote) != quote
