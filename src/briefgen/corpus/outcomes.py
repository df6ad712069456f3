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
from collections.abc import Callable

from briefgen.corpus.evidence import Prepared
from briefgen.text.dates import PartialDate

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


def agreed_there(item: Prepared, date: PartialDate, sides: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a plan in an article about an occasion dated ``date`` was agreed or announced there.

    Its date must fall on the occasion's first day or after it, within
    :data:`DUE_DAYS`; its words must not make it a trip or a meeting of its
    own, nor recall an earlier time.  The caller asks only of articles about
    the occasion, and reads every part for another meeting and an outsider.
    """
    fact = item.fact
    if fact.kind != "plan" or _ELSEWHERE.search(fact.quote):
        return False
    keys = {k for k in map(party_key, fact.entities or ()) if k}
    if keys - sides and len(keys & sides) < 2:
        return False  # a plan of someone else ("he plans to announce an aid package for Central Asia")
    if fact.value is not None and len(keys & sides) == 1:
        return False  # a sum or a size for one side alone: as often a project of its own, not a commitment between the two
    due = fact.date
    return due.last_day >= date.first_day and due.first_day <= date.last_day + dt.timedelta(days=DUE_DAYS)
