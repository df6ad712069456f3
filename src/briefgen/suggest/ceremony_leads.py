"""A ceremony named only in the phrase a sentence opens on: it tells when the main clause's act happened.

Reports of a visit set out the order of its day by opening a sentence on the step before: "Following the
welcome ceremony, the Vietnamese Party General Secretary and the Malaysian Prime Minister had a retreat and
held talks"; "After the ceremonial welcome at the Rashtrapati Bhavan and the wreath laying at Rajghat on
Saturday, Macron and Modi went in for their official bilateral talks at the Hyderabad House".  The worth test
(:mod:`briefgen.suggest.worth`) drops a sentence that names a ceremony unless a figure or a signing rescues it,
and :mod:`briefgen.suggest.hollow` drops a ceremonial welcome as protocol: both read the opening phrase as what
the sentence is about, and the talks of its main clause were lost with a ceremony that only dates them.

:func:`after_ceremony_lead` gives the main clause after such an opening, for the worth test to weigh on its own;
the sentence is still drafted whole.  A main clause that is ceremony itself ("After the ceremony, … signed the
official guestbook", "Following the talks, PM Modi will host a lunch in his honour") is weighed as before, and a
ceremony named later in the sentence, or a welcome as the sentence's subject, is no opening phrase.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES

# What comes before the main clause: a preposition of time, then a phrase naming a ceremony or a welcome, up to the comma.
# The phrase holds no quotation and no sentence break, so the comma is the one that closes it.
_CEREMONY_LEAD = re.compile(
    r"(?:After|Following|Before|Ahead of|Prior to|Upon|At the end of) (?:[^,.;“”\"]{0,100}?\b)?"
    r"(?:ceremon(?:y|ies|ial)|welcome|welcoming|reception|luncheon|lunch|dinner|banquet|guards? of hono(?:u)?r)\b"
    r"[^,.;“”\"]{0,100}?,\s+(?=\S)",
    re.IGNORECASE,
)


def after_ceremony_lead(text: str) -> str | None:
    """The main clause of a sentence that opens on a ceremony as its time ("Following the welcome ceremony, …"), or None."""
    rest = text.lstrip(LEADING_QUOTES)
    lead = _CEREMONY_LEAD.match(rest)
    return rest[lead.end() :] if lead else None
