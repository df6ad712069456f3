"""A day written after an aside between commas belongs to the clause before the aside.

"The Emperor will visit the museum and a facility related to water, the subject of his research, on Monday": the
words between the commas only describe what came before them; the day is when the Emperor will visit, so the clause
that tells whether it lies ahead is "will visit …", not the aside.  An aside here is a short run of words with no
verb of its own (no auxiliary, no "said"); when it has one ("…, officials said, on Monday") it is a clause, and the
ordinary reading of the day's clause stands.
"""

from __future__ import annotations

import re

from briefgen.suggest.tense import in_future_clause

# What may stand between the aside's closing comma and the day: "on", "next", nothing.
_DAY_AFTER_COMMA = re.compile(r",\s*(?:on\s+)?$", re.IGNORECASE)
# An aside that is a clause of its own: a verb, a tense, a report.
_VERB_IN_ASIDE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|did|does|do|"
    r"said|says|told|added|announced|which|who|that|when|while)\b|\b[a-z]{2,}[^e\W]ed\b",
    re.IGNORECASE,
)
_LONGEST_ASIDE = 60


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
