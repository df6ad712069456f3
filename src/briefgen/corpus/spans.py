"""Totals over spans of different length: "the 30-year total at $4 billion" is no side against "$4.2 billion over the last 16 years".

A sum told with no period (investment, trade, aid) is often a running total
that its sentence bounds by the years it covers: "Over the last year, Turkey
has invested $362.4 million in Kazakhstan, with the 30-year total at $4
billion" (A News) and "investments of more than US$4.2 billion over the
last 16 years" (Shepherd Gazette, intake_final132).  A link proposed for
the two as one measure sets $4 billion against $4.2 billion; but thirty
years and sixteen are two periods, and a total over each is its own figure,
as two figures of two stated years are.

So two figures whose quotes each name one span of years ("30-year total",
"over the last 16 years", "in the past three decades") and name spans of
different length are not compared.  A quote that names no span, or more
than one, says nothing here: its figure is compared as before.
"""

from __future__ import annotations

import functools
import re

from briefgen.corpus.models import Fact
from briefgen.text.english import NUMBER_WORDS, words_pattern

_COUNT = rf"(?:\d+|{words_pattern(NUMBER_WORDS)})"
#: A span of years a quote bounds its figure by: "over the last 16 years", "in the past three decades", "30-year total".
_SPAN = re.compile(
    rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<count>{_COUNT})\s+(?P<unit>years?|decades?)\b"
    rf"|\b(?P<count2>{_COUNT})[- ](?P<unit2>year|decade)\s+(?:total|period|span|cumulative)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def span_years(quote: str) -> int | None:
    """The one span of years ``quote`` bounds a figure by, in years; None when it names none, or several."""
    found = set()
    for match in _SPAN.finditer(quote):
        count = match.group("count") or match.group("count2")
        word = count.lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if number is None:
            return None
        unit = (match.group("unit") or match.group("unit2")).lower()
        found.add(number * (10 if unit.startswith("decade") else 1))
    return found.pop() if len(found) == 1 else None


def over_other_spans(a: Fact, b: Fact) -> bool:
    """Whether the two facts' quotes each bound their figure by a span of years, and the spans differ in length."""
    span_a, span_b = span_years(a.quote), span_years(b.quote)
    return span_a is not None and span_b is not None and span_a != span_b
