"""Documents counted with "as many as" in a report of what was done: the count itself, not a ceiling.

"As many as" bounds a figure from above when the clause tells what may be
("as many as 36,000 migrants could be sent for processing"), and the reader of
bounds reads it so.  Told of documents already signed or exchanged, it only
stresses a count the writer knows: "There has been an exchange of as many as
8 MoUs" reports eight MoUs, and the labels give it as 8, not at most 8.  A
count of signed papers is known exactly once they are signed, so the stress
cannot be a guess; with a modal, a plan or a future anywhere in the sentence
("as many as 20 agreements are expected to be signed") the ceiling stays.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.suggest.found import FoundValue

_STRESS_BEFORE = re.compile(r"\bas\s+many\s+as\s*$", re.IGNORECASE)
# The papers a visit signs or exchanges, as the reader of counts names their unit.
_DOCUMENTS = re.compile(
    r"(?:mous?|memorand\w*|agreements?|accords?|pacts?|deals?|contracts?|documents?|treaties|protocols?)"
    r"(?:\s+and\s+(?:mous?|agreements))?",
    re.IGNORECASE,
)
# Anything that makes the count a prospect rather than a record keeps the ceiling.
_PROSPECT = re.compile(
    r"\b(?:could|can|may|might|would|will|shall|should|to\s+be|expected|likely|set\s+to|plan\w*|aim\w*|hop\w*|"
    r"intend\w*|propos\w*|up\s+to|upcoming|next|tomorrow)\b|['’]ll\b",
    re.IGNORECASE,
)


def stressed_counts(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values, a count of documents stressed with "as many as" in a record of what was done read as that count."""
    if "as many as" not in " ".join(sentence.casefold().split()):
        return values
    return [_as_count(sentence, value) for value in values]


def _as_count(sentence: str, value: FoundValue) -> FoundValue:
    if value.high is None or value.low is not None or value.amount is not None or not _DOCUMENTS.fullmatch(value.unit):
        return value
    if not _STRESS_BEFORE.search(sentence[max(0, value.start - 20) : value.start]) or _PROSPECT.search(sentence):
        return value
    return dataclasses.replace(value, amount=value.high, high=None)
