"""Beside the visit: sentences a visit's reports carry that report something else around it.

A report of a visit speaks of more than the visit: the tour it is one leg
of ("he has wrapped up his three-nation tour", "he will then head to
Tajikistan"), what was said
on its eve ("the prime minister, on the eve of the visit, noted ..."), the
preparations for it, what it follows or falls on ("the visit comes on the
heels of the business forum", "comes on the 25th anniversary of the
bombing") or goes before ("the visit precedes his participation in the
summit", "the meeting comes ahead of the forum"), a visit still to come
("accepted the invitation to make another visit"), and the summit or
conference of many states held in the same city that week ("the summit will
be held on 3-4 July", "the safety of all attendees", "he will also be
attending the forum's summit", "the two leaders will co-chair the founding
conference of the alliance tomorrow"); and what others did or said before it
("hours ahead of the summit, the North launched a missile", "welcomes the
upcoming meeting", "declared the spokesperson during his daily press
conference"; "prior to Orban's arrival, a group of senators introduced a
resolution").  Such a
sentence carries the visit's words and parties, yet it reports another
occasion, and :mod:`briefgen.corpus.occasions` leaves it out of the visit's.

The tests are the words alone, kept in one module so that the occasion finder
stays small; they are read only for the facts of articles already found to
share an occasion, so they cost nothing per pair.
"""

from __future__ import annotations

import re

from briefgen.corpus.circumstances import comes_as_circumstance
from briefgen.corpus.past_visits import of_a_past_visit
from briefgen.corpus.ship_calls import told_of_a_ship
from briefgen.corpus.similar_acts import of_a_similar_act
from briefgen.text.cues import Caseless

#: The tour as a whole or another leg of it: a place the visitor goes on to ("will then head to Tajikistan"), the
#: order of his tours ("breaking with the tradition of touring India first"), a tour of several countries wrapped
#: up or told by the countries it included ("wrapped up his three-nation tour by visiting Cambodia", "the tour,
#: which included Vietnam and Malaysia"); a visit's own end ("will end his trip after meeting scholars") is none.
#: A leg named beside the visit's own acts ("arrived in Phnom Penh on the last leg of his tour", "Cambodia is the
#: first stop of his tour") is not read here: measured, the labelled sets join such sentences to the visit as
#: often as not.
_ANOTHER_LEG = re.compile(
    r"\b(?:then|next) (?:head|travel|fly|go|proceed|leave)\w*"
    r"|\btour(?:ing)? \w+ first\b"
    r"|\b(?:wrap\w* up|conclud(?:es|ed|ing)|end(?:s|ed|ing)?|complet(?:es|ed|ing)) (?:his|her|their|a|the) (?:[\w-]+ )?"
    r"\w+-(?:nation|country) (?:[\w-]+ ){0,2}(?:tour|trip)\b"
    r"|\b(?:tour|trip)\b[^.;]{0,60}\bwhich included\b",
    re.IGNORECASE,
)
_ANOTHER_LEG_FOUND = Caseless(_ANOTHER_LEG)  # asked only whether it is found (see text/cues)
#: A tour told by three countries or more ("will visit Ostria, Vell and Norland next week"): the tour, not one visit.
_TOUR_OF_MANY = re.compile(r"\b[Vv]isit(?:s|ing)? (?:[A-Z][\w-]+, )+[A-Z][\w-]+,? and [A-Z][\w-]+")
#: Before the visit: remarks on its eve, the preparations for it; what happened a measured time before it ("hours ahead
#: of the summit, the North launched a missile", "just days before the official visit, the ministry declared", "in the
#: hours before Mr Yoon's arrival"; a statement "ahead of his arrival", untimed, may be the visitor's own, and stays);
#: what was done elsewhere before it ("signed agreements ahead of his visit to Beijing"); a welcome of the visit still
#: to come ("welcomes the upcoming meeting"), a reaction before it.
_BEFORE = re.compile(
    r"\bon the eve of\b|\bpreparations? (?:for|to|of)\b"
    r"|\b(?:hours|minutes|moments|shortly|days|weeks) (?:ahead of|before|prior to) (?:[\w.'\u2019-]+ ){0,4}?"
    r"(?:visit|summit|arrival|departure|trip|talks|meeting)\b"
    r"|\bahead of (?:his|her|their) (?:[\w-]+ )?(?:visit|trip) to\b"
    r"|\b(?:welcom|hail|applaud|prais|endors)\w* (?:the |a |an )?(?:upcoming|planned|forthcoming|scheduled)\b",
    re.IGNORECASE,
)
#: An act told as done before the visit began, its time set at the head of the sentence ("Prior to Orban's arrival on
#: Thursday, a bipartisan group of US senators introduced a resolution", "Ahead of President Dissanayake's visit, the
#: Cabinet approved a series of new agreements"): what others did on its eve.  Words said before it ("Ahead of his
#: visit, Mr. Modi said Poland was a key partner", "Before PM Modi's visit, the MEA said") announce the visit and stay.
_DONE_BEFORE = re.compile(r"^(?:prior to|ahead of|before) [^,;]{0,40}\b(?:arrival|visit|trip)\b[^,;]{0,20},", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|stated|noted|added|announced)\b", re.IGNORECASE)
#: What the visit follows, falls on or goes before, told as background ("comes on the heels of the forum", "comes on
#: the 25th anniversary of the bombing", "the visit precedes his participation in the summit", "the meeting comes
#: ahead of the forum"), and a visit still to come ("another official visit at a later date").  Only "precedes":
#: "the talks were preceded by a ceremonial welcome" tells the visit's own order.  What the visit comes amid ("the
#: visit comes amid growing tensions with ...", "comes amid speculation about ...") is the circumstance it falls in,
#: unless that is another visit or talks ("the talks come amid a visit by the French president to London", which
#: the labelled sets join to the talks); so is a happening it comes a measured time after ("the trip comes only a
#: day after he was elected chancellor"), unless that is another visit ("comes a week after a state visit to Britain
#: by the French president", joined to the trip in the labelled sets).
_BACKGROUND = re.compile(
    r"\bon the heels of\b|\bcomes? on the [\w-]+ anniversary\b|\banother (?:[\w-]+ ){0,2}(?:visit|trip)\b"
    r"|\bprecedes\b|\bcomes? ahead of\b|\bfollows (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:trip|visit|stop|tour|leg)\b"
    r"|\b(?:visit|trip|tour|talks|meeting)\s+(?:also\s+)?comes?\s+amid\b(?![^.;]{0,30}\b(?:visit|trip|meeting|talks)\b)"
    r"|\bcomes?\s+(?:only\s+|just\s+)?(?:a|one|two|three|four|five|a few|several|\d+)\s+(?:days?|weeks?|months?)\s+after\b"
    r"(?![^.;]{0,60}\b(?:visit|trip|tour|talks|meeting|summit)\w*\b)",
    re.IGNORECASE,
)
#: A ministry's routine briefing ("declared the spokesperson during his daily press conference"): an occasion of its own.
_BRIEFING = re.compile(r"\b(?:daily|regular|routine|weekly) (?:press |news |media )?(?:conference|briefing)s?\b", re.IGNORECASE)
#: A summit of many held beside the visit, told by its own words ("the summit will be held on 3-4 July", "the
#: organisation's strategy", "the safety of all attendees"), by the visitor's going on to it ("he will also be
#: attending the forum's summit") or by a conference two leaders co-chair, which others attend ("will co-chair the
#: founding conference of the alliance"; a press conference is no co-chaired one); a sentence that names the visit
#: too stays with it.
_SUMMIT_BESIDE = re.compile(
    r"\bsummit\b[^.;]{0,40}\b(?:will be|was|is) (?:held|attended)\b|\battendees\b|\borgani[sz]ation['\u2019]s\b"
    r"|\balso (?:be )?attend\w* [^.;]{0,60}\b(?:summit|forum|conference)\b"
    r"|\bfounding (?:conference|summit|assembly)\b|\bco-?chair\w* (?:the|a) (?:[\w-]+ ){0,3}conference\b",
    re.IGNORECASE,
)
_VISIT = re.compile(r"\bvisit", re.IGNORECASE)


def beside_the_visit(quote: str) -> bool:
    """Whether a quote reports something around a visit rather than a part of it (see the module's docstring).

    "Xi has wrapped up his three-nation tour by visiting Cambodia", "Vucevic,
    on the eve of the visit, noted ...", "The summit in Astana will be held
    from 3 to 4 July": another occasion.  "Xi arrived in Phnom Penh, the last
    stop of his tour" reports the visit's arrival, and stays.  What a navy's ship did beside it, its port call or
    drill, is the ship's own occasion (see :mod:`briefgen.corpus.ship_calls`); what the visit comes as or after, the
    circumstance around it, is no part of it either (see :mod:`briefgen.corpus.circumstances`), nor what was done on
    the visitor's last visit (see :mod:`briefgen.corpus.past_visits`), nor a like act done with another party ("Earlier,
    Ukraine signed a similar agreement ... with Germany", see :mod:`briefgen.corpus.similar_acts`).
    """
    if (
        _ANOTHER_LEG_FOUND.found(quote)
        or any(p.search(quote) for p in (_TOUR_OF_MANY, _BEFORE, _BACKGROUND, _BRIEFING))
        or told_of_a_ship(quote)
    ):
        return True
    if comes_as_circumstance(quote) or of_a_past_visit(quote) or of_a_similar_act(quote):
        return True
    if _DONE_BEFORE.search(quote) and not _SAID.search(quote):
        return True
    return bool(_SUMMIT_BESIDE.search(quote)) and not _VISIT.search(quote)


def tells_background(quote: str) -> bool:
    """Whether a quote tells what the visit follows, falls on or goes before (:data:`_BACKGROUND`): "Hassan's visit
    comes close on the heels of a pact ... last month" dates the pact, so its date is no dating of the visit."""
    return _BACKGROUND.search(quote) is not None
