"""Counts of the people a report cites ("two officials told Reuters"): attribution, not a figure of the relation.

News names its sources by how many there are when it cannot name them:
"two sources told Reuters", "three diplomats familiar with the talks",
"according to two officials".  The number says how the writer knows, not what
the two sides did, so a brief never checks it; read as "2 officials" it sat on
drafts whose real figures were the agreements or the visits.  A count is
attribution when the counted noun is the subject of a verb of telling or
saying, is followed by the formulas that describe an unnamed source
("familiar with", "speaking on condition of anonymity"), or follows
"according to".  Counts of what was signed, ordered or visited are never
followed by such words, so they keep their value.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

# "two officials told Reuters", "two Turkish sources said on Thursday", "three diplomats say".
_TOLD_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?(?:told|tell|tells|said|say|says|confirmed|disclosed)\b", re.IGNORECASE)
# "two sources familiar with the matter", "two officials, speaking on condition of anonymity, …".
_UNNAMED_AFTER = re.compile(
    r",?\s+(?:familiar with|close to the|with (?:direct\s+)?knowledge of|briefed on|"
    r"(?:speaking|who spoke|who asked|who declined|who requested) (?:on condition|not to be|anonymously|to remain))",
    re.IGNORECASE,
)
# "according to two officials", "citing three sources".
_ACCORDING_BEFORE = re.compile(r"\b(?:according to|citing|quoting)\s+$", re.IGNORECASE)


def cites_sources(sentence: str, value: FoundValue) -> bool:
    """Whether the count is of the people the report cites rather than of anything the parties did."""
    after = sentence[value.end : value.end + 80]
    before = sentence[max(0, value.start - 20) : value.start]
    return bool(_TOLD_AFTER.match(after) or _UNNAMED_AFTER.match(after) or _ACCORDING_BEFORE.search(before))
