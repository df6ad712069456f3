"""Outcomes of an occasion: what its sides agreed there, in words that name no visit, talks or signing.

Under the reading of record a visit's group holds the plans agreed at it,
even those due months later ("Uzbekistan will complete internal formalities
by January", "the notification of rules is awaited in February", "a joint
working group to be established"), the bullet points of its outcome ("update
phytosanitary protocols for exports") and the contents of its agreements.
Outlets list them in an article about the visit, often without a word of the
visit itself, so :func:`briefgen.corpus.occasion_words.speaks_of_occasion`
leaves them out, and the date window of
:mod:`briefgen.corpus.occasions` leaves out those dated later.  A plan in an
article about the occasion, dated on its days or after them, is read here as
agreed there, unless its words place it elsewhere: a visit or meeting of its
own, a time before, background.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate

#: An article is about its occasion when at least one in this many of its facts report it (see :func:`outcomes_of`).
#: A third, not a half: a visit's report that also tells the relation's background still lists the
#: visit's plans among its facts (round 37, links of record: half A recall 56.5% to 57.0%, half B
#: 58.0% to 59.1%, precision 94.6% and 91.5% to 94.5% and 91.4% with unjudged pairs counted wrong).
ABOUT_SHARE = 3

#: Most days after the occasion a plan agreed there may be due: a year (plans of a visit run to the next one).
DUE_DAYS = 400

#: A plan that is a happening of its own, not agreed at the occasion: the visitor's next stop ("will then head to
#: Tajikistan"), another's attendance elsewhere, what was pledged before ("last year").
_ELSEWHERE = re.compile(
    r"\b(?:then|next|later|afterwards?|after that|before)\b[^.;]{0,30}?\b(?:head|travel|fly|leave|proceed|visit|go|attend)\w*\b"
    r"|\b(?:scheduled|set|due|expected) (?:next week|later this (?:week|month))\b"
    r"|\blast (?:year|month|week)\b|\bpreviously\b|\bearlier\b|\bago\b",
    re.IGNORECASE,
)
_ELSEWHERE_FOUND = Caseless(_ELSEWHERE)  # asked only whether it is found (see text/cues)


#: The sides deciding together ("the two sides agreed to hold", "They also decided to undertake a joint visit",
#: "the parties agreed to transform the forum"): a decision taken at the occasion, whatever it is of.
_DECIDED = re.compile(r"\b(?:agreed|decided|resolved)\s+(?:to|on|upon|that)\b", re.IGNORECASE)


def decided_together(item: Prepared) -> bool:
    """Whether a plan reports what the sides decided together: an outcome of the occasion, though it names a visit of its own.

    "They also decided to undertake a joint visit to Kabul next month", "Both
    parties agreed to hold the next session of the joint commission in
    Lahore", "the two countries decided to implement the trade agreement from
    February": outlets report what a visit settled in the words of the
    decision, and what it settled is often a later visit, a later session, the
    date a text comes into force.  Such a plan speaks of an occasion and is
    dated after it, so the date window of :mod:`briefgen.corpus.occasions`
    leaves it out, or makes it an occasion of its own.  A plan that names a
    later visit with no decision of the sides ("accepted the invitation to make
    another official visit", "will then attend the summit") is a happening of
    its own and stays out.
    """
    return item.fact.kind == "plan" and bool(_DECIDED.search(item.fact.quote))


def agreed_there(item: Prepared, date: PartialDate, sides: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a plan in an article about an occasion dated ``date`` was agreed or announced there.

    Its date must fall on the occasion's first day or after it, within
    :data:`DUE_DAYS`; its words must not make it a trip or a meeting of its
    own, nor recall an earlier time.  The caller asks only of articles about
    the occasion, and reads every part for another meeting and an outsider.
    """
    fact = item.fact
    if fact.kind != "plan" or _ELSEWHERE_FOUND.found(fact.quote):
        return False
    keys = {k for k in map(party_key, fact.entities or ()) if k}
    if keys - sides and len(keys & sides) < 2:
        return False  # a plan of someone else ("he plans to announce an aid package for Central Asia")
    if fact.value is not None and len(keys & sides) == 1:
        return False  # a sum or a size for one side alone: as often a project of its own, not a commitment between the two
    due = fact.date
    return due.last_day >= date.first_day and due.first_day <= date.last_day + dt.timedelta(days=DUE_DAYS)


def outcomes_of(
    members: Sequence[int],
    speaking: Sequence[int],
    indexes: Sequence[int],
    prepared: Sequence[Prepared],
    occasion: tuple[PartialDate, frozenset[str]],
    party_key: Callable[[str], str],
) -> tuple[int, ...]:
    """The plans agreed at an article's occasion (dated and with the sides of ``occasion``), if it is about it.

    ``members`` are the article's facts of the occasion, ``speaking`` those
    that speak of one whatever their date, ``indexes`` all its facts.  A plan
    is read from an article about the occasion: one in :data:`ABOUT_SHARE` of
    its facts report it, counting the plans agreed there.  An article that
    lists a visit's outcomes ("Uzbekistan will complete internal formalities
    by January", "notification of rules awaited in February", "implementation
    of the trade agreement from 1 February") after one line on the visit
    itself is about it, as a report of its talks is; its plans would be of
    something else only if they failed :func:`agreed_there`.  A plan that
    speaks of an occasion is left to its own date, unless the sides decided it
    there (:func:`decided_together`).  (Measured, round 37, links of record with
    unjudged pairs counted wrong: half A recall 57.04% to 57.76%, precision 94.50%
    to 94.48%; half B recall 59.05% to 59.16%, precision 91.36% to 91.26%.)
    """
    date, sides = occasion
    member, speaks = set(members), set(speaking)
    read = [i for i in indexes if i not in member and (i not in speaks or decided_together(prepared[i]))]
    agreed = tuple(i for i in read if agreed_there(prepared[i], date, sides, party_key))
    return agreed if (len(members) + len(agreed)) * ABOUT_SHARE >= len(indexes) else ()
