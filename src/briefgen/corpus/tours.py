"""The length of a tour and the length of one visit: two lengths, not one length stated differently.

A leader's tour of several places is reported place by place, and each
report may count days.  East Post's "On May 19th, Modi marked the start of a
six-day trip to three nations—Japan, Papua New Guinea and Australia" and
Mid-day's "Narendra Modi left for Australia on a three-day visit"
(intake_final40) are both right: six days for the tour, three for
Australia.  So are Capital FM's "This visit marks the second phase of
President Ruto's tour in the United States, following his two-day stay in
Atlanta" and VOA's "a four-day state visit" (intake_final64), and so are
Hürriyet's "a four-day visit covering Malaysia, Indonesia, and Pakistan" and
Free Malaysia Today's "on a two-day official visit" to Malaysia
(intake_final86).  Outlets that
disagree on how long one visit lasts say it of the same thing, a visit
("a three-day state visit", "a four-day state visit"); a sentence that
counts a tour of several nations, or speaks of one stage of a tour, counts
something else.

:func:`tour_and_visit` tells such a pair: both lengths in days, and one
quote, not the other, speaks of a tour of several places or of a stage of
one (:data:`_TOUR`).  :func:`named_tour_and_visit` tells a pair one of whose
quotes names the tour's places, three or more (:data:`_NAMED_TOUR`): such a
pair is still proposed as one occasion, for the tour holds the visit, but
its two lengths are no conflict.  :func:`~briefgen.corpus.counts.counts_clash`,
:func:`~briefgen.corpus.clash.figures_clash` and
:func:`~briefgen.corpus.sides.near_sides` do not read such a pair as one
length stated differently.

A visit to another place is another visit, too: :func:`two_places` tells
two quotes that each send the visit somewhere the other's article never
names, which :func:`~briefgen.corpus.evidence.visits_clash` then does not
read as one visit dated to two months.
"""

from __future__ import annotations

import re

from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.models import Fact
from briefgen.corpus.words import STEM

_SEVERAL = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])"
#: Words of a tour of several places, or of one stage of a tour: "a three-nation tour", "a six-day trip to
#: three nations", "the final stage of his tour", "the second phase of President Ruto's tour", "the first leg of",
#: a tour that goes on after the visit ("Following her visit to Fiji, President Murmu will continue her tour to New
#: Zealand and Timor-Leste as part of a six-day trip", intake_final120: six days for the tour, three for Fiji).
_TOUR = re.compile(
    rf"\b{_SEVERAL}[- ](?:nation|country|state)\b"
    rf"|\b(?:trip|tour|visit|journey|visits)\s+(?:to|of|across)\s+{_SEVERAL}\s+(?:nations|countries)\b"
    r"|\b(?:stage|leg|phase)\s+of\b"
    r"|\bcontinu(?:e|es|ed|ing)\s+(?:his|her|their|the)\s+(?:tour|trip|journey)\b",
    re.IGNORECASE,
)


def speaks_of_tour(quote: str) -> bool:
    """Whether a quote speaks of a tour of several places, or of one stage of a tour (see :data:`_TOUR`)."""
    return _TOUR.search(quote) is not None


def _both_in_days(a: Fact, b: Fact) -> bool:
    """Whether both facts state a number of days."""
    return a.value is not None and b.value is not None and unit_key(a.value.unit) == "day" and unit_key(b.value.unit) == "day"


#: A tour told by three places or more, by name: "a four-day visit covering Malaysia, Indonesia, and Pakistan".
_NAMED_TOUR = re.compile(
    r"\b(?:trip|tour|visit|journey)\s+(?:covering|to|of|across)\s+(?:(?:[A-Z][\w’'-]+ )?[A-Z][\w’'-]+, )+"
    r"(?:[A-Z][\w’'-]+ )?[A-Z][\w’'-]+,? and [A-Z]"
)


def named_tour_and_visit(a: Fact, b: Fact) -> bool:
    """Whether two lengths in days are one of a tour whose places one quote names (:data:`_NAMED_TOUR`), and one of a visit."""
    if not _both_in_days(a, b):
        return False
    return (_NAMED_TOUR.search(a.quote) is None) != (_NAMED_TOUR.search(b.quote) is None)


def tour_and_visit(a: Fact, b: Fact) -> bool:
    """Whether two lengths in days are one of a tour (or a stage of it) and one of a visit: two lengths.

    Both facts state a number of days; exactly one of their quotes speaks of
    a tour of several places or of a stage of one (:func:`speaks_of_tour`).
    """
    if not _both_in_days(a, b):
        return False
    return speaks_of_tour(a.quote) != speaks_of_tour(b.quote)


#: The place a quote says a visit went to: "a visit to Moscow", "arrived in Warsaw", "travelled to the Polish capital".
_DESTINATION = re.compile(
    r"\b(?:(?:visit|visits|trip|tour|journey)\s+to|visited|(?:arrived|arrives|arriving|landed|lands)\s+in"
    r"|(?:travell?ed|travels|flew|flies)\s+to)\s+(?P<place>[A-Z][\w’'-]+)"
)


def destinations(quote: str) -> frozenset[str]:
    """The places a quote says a visit went to: first word, lower case, cut as article names are (:data:`.words.STEM`)."""
    return frozenset(match.group("place").lower()[:STEM] for match in _DESTINATION.finditer(quote))


def two_places(quote_a: str, names_a: frozenset[str], quote_b: str, names_b: frozenset[str]) -> bool:
    """Whether each quote sends its visit to a place the other report's article never names: two visits.

    The Hindu's "Kyiv chastised Mr. Modi for a visit to Moscow last month"
    and The Statesman's "Modi arrived in Warsaw, Poland Wednesday evening"
    (intake_final76) share Modi and Kyiv, and are a month apart; but The
    Statesman's article never names Moscow, nor The Hindu's Warsaw: the two
    date two visits, not one visit twice.  One way is not enough: a report
    of the arrival "in Islamabad" and one of the "visit in December" to
    Pakistan, whose article may name no city, date one visit.  ``names_*``
    are the names of each quote's article, cut to five letters.
    """
    return _elsewhere(quote_a, names_b) and _elsewhere(quote_b, names_a)


def _elsewhere(quote: str, other_names: frozenset[str]) -> bool:
    return any(place not in other_names for place in destinations(quote))
