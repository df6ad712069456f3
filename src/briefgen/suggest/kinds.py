"""The kind of a statement: a plan, a figure, an event, or what someone said.

Read from the sentence's own words: future forms ("will", "is set to",
"plans to") make a plan, a money or percentage figure a figure, a reporting
verb in the opening words a statement, a past-tense verb an event.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

# Lowercase only: "May" is a month, "may" a modal.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is set to|are set to|is to|are to|expected|is likely|are likely|likely to|plans? to|planned|"
    r"scheduled|aims? to|intends? to|may|might|going to|to be signed|are afoot|willing(?:ness)? to|wish(?:es)? to|is due|are due|"
    r"(?:being|been) considered|under consideration|being planned)\b|"
    r"^(?:Plans|Will)\b"
)
_REPORTING = re.compile(
    r"\b(?:said|says|added|stated|noted|told|emphasi[sz]ed|underscored|highlighted|expressed|opined|pointed out|indicated|mentioned|"
    r"believes?|stressed|urged|offered)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|agreed|signed|witnessed|arrived|discussed|reached|held|met|visited|celebrated|called on|co-chaired|briefed|"
    r"explored|reviewed|identified|made|hosted|notified|established|launched|pledged|saw|stood|rose|fell|increased|grew|came|maintained|"
    r"recogni[sz]ed|decided|approved|delivered|supplied|exported|imported|directed|instructed|ordered|appointed|formed|chaired|"
    r"inaugurated|attended|received|welcomed|conferred|awarded|opened|toured|laid|unveiled)\b",
    re.IGNORECASE,
)


# "signed the agreements, which will be implemented next month": the future is the agreements', not the act's.
_RELATIVE = re.compile(r"\b(?:which|who)\b")


def _future_only_in_relative(sentence: str) -> bool:
    """Whether the sentence reports a past act and its only future is in a relative clause about what was done."""
    relative = _RELATIVE.search(sentence)
    if relative is None:
        return False
    head = sentence[: relative.start()]
    return not _FUTURE.search(head) and bool(_PAST.search(head)) and not is_reported(sentence)


def is_reported(sentence: str) -> bool:
    """A direct quotation, or a sentence whose opening words report what someone said."""
    opening = " ".join(sentence.split()[:8])
    return sentence.lstrip().startswith(("“", '"')) or bool(_REPORTING.search(opening))


def classify(sentence: str, values: list[FoundValue], *, quoted: bool = False) -> str:
    """plan (future), figure (a number), statement (what someone said), event (past), or statement.

    ``quoted``: the full sentence opens with a quotation mark (the span may not).
    A plan stated in someone's words is still a plan; the caller turns it into
    a statement when no future date backs it.  A past act whose only future is
    in a relative clause ("signed deals, which will take effect next month") is
    an event.
    """
    if _FUTURE.search(sentence) and not _future_only_in_relative(sentence):
        return "plan"
    if any(v.measure for v in values):
        return "figure"
    if quoted or is_reported(sentence):
        return "figure" if values else "statement"
    if _PAST.search(sentence):
        return "event"
    if values:
        return "figure"
    return "statement"
