"""A day written after an aside between commas belongs to the clause before the aside.

"The Emperor will visit the museum and a facility related to water, the subject of his research, on Monday": the
words between the commas only describe what came before them; the day is when the Emperor will visit, so the clause
that tells whether it lies ahead is "will visit …", not the aside.  An aside here is a short run of words with no
verb of its own (no auxiliary, no "said"); when it has one ("…, officials said, on Monday") it is a clause, and the
ordinary reading of the day's clause stands.

The aside need not end right before the day: "is expected to meet Vietnam's new president, To Lam, and other leaders
during the two-day visit to Hanoi on Wednesday" names the president between commas, and the words from the closing
comma to the day ("and other leaders during the two-day visit to Hanoi") still have no verb of their own: they go on
with the object of "is expected to meet", so the day is the coming Wednesday, not the one before the Tuesday paper.
"""

from __future__ import annotations

import re

from briefgen.suggest.tense import in_future_clause
from briefgen.text.english import IRREGULAR_PASTS

# What may stand between the aside's closing comma and the day: "on", "next", nothing.
_DAY_AFTER_COMMA = re.compile(r",\s*(?:on\s+)?$", re.IGNORECASE)
# An aside that is a clause of its own: a verb, a tense, a report.
_VERB_IN_ASIDE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|did|does|do|"
    r"said|says|told|added|announced|which|who|that|when|while)\b|\b[a-z]{2,}[^e\W]ed\b",
    re.IGNORECASE,
)
_LONGEST_ASIDE = 60
# The run from an aside's closing comma to the day, and the asides themselves, must not hold a past verb either:
# "will visit Nairobi, the capital, and met Ruto on Monday" dates a past meeting.
_PAST_IN_RUN = re.compile(rf"\b(?:{IRREGULAR_PASTS})\b", re.IGNORECASE)
#: How many asides between commas are stepped back over ("president, To Lam, and …"; "Hanoi, Vietnam's capital, …").
_MOST_ASIDES = 2


def future_before_aside(text: str, start: int) -> bool:
    """Whether the day at ``text[start]`` follows a verbless aside between commas that follows a future clause."""
    before = text[max(0, start - 200) : start]
    closing = _DAY_AFTER_COMMA.search(before)
    if closing is None:
        return False
    opening = before.rfind(",", 0, closing.start())
    if opening < 0:
        return False
    aside = before[opening + 1 : closing.start()]
    if not aside.strip() or len(aside) > _LONGEST_ASIDE or _VERB_IN_ASIDE.search(aside) or re.search(r"[.;:]", aside):
        return False
    return in_future_clause(before, opening)


def _verbless(words: str) -> bool:
    """Whether a run of words between commas has no verb of its own and crosses no sentence or clause stop."""
    return not (_VERB_IN_ASIDE.search(words) or _PAST_IN_RUN.search(words) or re.search(r"[.;:!?()\"“”]", words))


def future_across_asides(text: str, start: int) -> bool:
    """Whether the day at ``text[start]`` ends a verbless run that goes on, across verbless asides between commas, from a
    future clause: "is expected to meet Vietnam's new president, To Lam, and other leaders … on Wednesday"."""
    pieces = text[max(0, start - 240) : start].split(",")
    if len(pieces) < 3 or not _verbless(pieces[-1]):
        return False
    end = sum(len(piece) + 1 for piece in pieces[:-1]) - 1  # the comma that closes the nearest aside
    before = ",".join(pieces)
    for aside in list(reversed(pieces[1:-1]))[:_MOST_ASIDES]:
        if not aside.strip() or len(aside) > _LONGEST_ASIDE or not _verbless(aside):
            return False
        end -= len(aside) + 1  # the comma that opens it
        if in_future_clause(before, end):
            return True
    return False
