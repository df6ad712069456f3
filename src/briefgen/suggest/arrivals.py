"""A leader's arrival at a named place: the trip's own event, whatever surrounds it in the sentence.

"On his arrival at Beijing Capital International Airport, the prime minister
was given a red carpet welcome", "landed in Beijing on a two-day visit to
discuss regional developments": the guard of honour, the warm welcome or the
list of fields to be discussed are not checkable, but where (and, from the
page, when) the visitor arrived is, and a brief can get it wrong.  An arrival
with no place named ("on his arrival at the venue") says nothing of the kind.
"""

from __future__ import annotations

import re

# Arrived, arriving or landed in or at a place named by a capital ("in the Qatari capital" names one too).
_ARRIVAL_AT = re.compile(r"\b(?i:arriv(?:al|ed|es|ing)|land(?:ed|s|ing)) (?:in|at) (?:the )?[A-Z]")


def arrival_at_named_place(text: str) -> bool:
    """Whether the sentence reports an arrival in or at a place it names."""
    return bool(_ARRIVAL_AT.search(text))
