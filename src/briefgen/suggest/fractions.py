"""Shares said as fractions in words: "more than half of Brazil's trade surplus" is more than 50 percent.

Only the fractions that are a whole percentage are read (a half, a quarter,
three quarters); "a third" is 33.3… percent, which no label can match
exactly, so it gives no value.  The fraction must be a share of something
("half of", "three-quarters of") or a difference ("three-quarters less than"): "the first half of the year" and "half
a century" name a part of time, never a share, and give none, and "a quarter of a billion dollars" is a sum.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.suggest.metrics import metric_name
from briefgen.suggest.value_words import APPROXIMATE, LOWER_BOUND, UPPER_BOUND

_SHARES = {"half": "50", "quarter": "25", "three quarters": "75", "three-quarters": "75"}
_FRACTION = re.compile(
    r"\b(?:(?:a|one)\s+)?(?P<f>three[\s-]quarters|half|quarter)\s+(?:of|(?:less|lower|more|higher|smaller|larger)\s+than)\b"
    r"(?!\s+(?:(?:the|a|an|this|last|next)\s+)?(?:years?|months?|century|centuries|decades?|days?|weeks?|hours?|(?:19|20)\d\d)\b)"
    # "a quarter of a billion dollars" is a sum (250 million), not a share.
    r"(?!\s+(?:a|one)\s+(?:thousand|million|billion|trillion)\b)"
    # "less than half of what they were a decade ago": a fall against a past level, not a share.
    r"(?!\s+what\s+(?:it|they|this|that|these|those|he|she)\s+(?:was|were|had\s+been|used\s+to\s+be)\b)",
    re.I,
)
# "the first half of", "the second quarter of", "in the latter half": a part of a period, not a share.
_PART_OF_TIME = re.compile(r"\b(?:first|second|third|fourth|last|final|latter|former|early|late|next|past|previous)\s+(?:a\s+)?$", re.I)


def fraction_shares(sentence: str, period: str | None) -> list[FoundValue]:
    """Each share the sentence says as a fraction, as a percentage with the bound or approximation its words give."""
    found: list[FoundValue] = []
    for match in _FRACTION.finditer(sentence):
        before = sentence[max(0, match.start() - 30) : match.start()]
        if _PART_OF_TIME.search(before):
            continue
        amount: str | None = _SHARES[" ".join(match.group("f").casefold().split())]
        low = high = None
        if UPPER_BOUND.search(before):
            amount, high = None, amount
        elif LOWER_BOUND.search(before):
            amount, low = None, amount
        start, end = match.start(), match.end("f")
        metric = metric_name(sentence, "percent", start, end)
        found.append(FoundValue(metric, amount, "percent", period, start, end, True, low, high, bool(APPROXIMATE.search(before))))
    return found
