"""Two outlets numbering one occasion in one series differently: "his first trip this year" against "his second".

News often places an occasion in a series by an ordinal: "his first outbound
trip for the year", "the sixth consecutive participation".  When one outlet
counts an earlier outing the other missed (a stop on the way, a year left
out), the two ordinals differ by one, and a reader is told two different
things.  :func:`briefgen.corpus.counts.counts_clash` asks two counts to lie a
tenth apart at most, for a count misreported stays near the true one; yet
the first against the second trip is half apart, and the sixth against the
seventh a seventh apart, and that gap is the whole disagreement.  So two
figures are read as one ordinal stated differently when:

* each quote states its fact's amount as an ordinal ("second", "6th"), the
  unit is the same in both, and the amounts are one apart (a series
  numbered by the same count of its outings cannot be further off by one
  omission; larger gaps are two different series);
* neither ordinal is a rank ("the third-largest partner"), a record ("the
  first ever visit") or the first of a new count ("for the first time since
  2016": the count restarts, and "his second visit in nine years" agrees);
* the facts are dated within :data:`~briefgen.corpus.clash.REPORT_DAYS` of
  each other (or, either dated by a year alone, in one year: an ordinal
  numbers one occasion, and its reports are days apart), both or neither a target, and
  share a word besides figures, ordinals and names (the counted thing:
  "trip", "consecutive");
* their articles share :data:`~briefgen.corpus.clash.CONTEXT_NAMES` names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from briefgen.corpus.clash import CONTEXT_NAMES, REPORT_DAYS, aims_alike, text_names, within_days
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.counts import dated_by_year_only
from briefgen.corpus.models import Fact
from briefgen.text.english import ORDINAL_WORDS, words_pattern

_ORDINAL = re.compile(
    rf"\b(?:({words_pattern(ORDINAL_WORDS)})|([1-9][0-9]?)(?:st|nd|rd|th))\b(?![-\s]*(?:ever|largest|biggest|most|highest|since)\b)"
    r"(?!(?:\s+[\w’'-]+){1,3}\s+since\b)",  # "the first time since 2016"
    re.IGNORECASE,
)
#: The ordinal words cut as the content words are (five letters), left out of the words two quotes must share.
_ORDINAL_STEMS = frozenset(word[:5] for word in ORDINAL_WORDS)


def _ordinals(quote: str) -> set[int]:
    """The ordinals a quote states, as numbers: "second" and "2nd" are 2."""
    return {ORDINAL_WORDS[m.group(1).casefold()] if m.group(1) else int(m.group(2)) for m in _ORDINAL.finditer(quote)}


def _as_ordinal(fact: Fact) -> int | None:
    """The fact's one amount, when its quote states it as an ordinal; else None."""
    value = fact.value
    if value is None or value.period or value.amount is None or value.amount != value.amount.to_integral_value():
        return None
    amount = int(value.amount)
    return amount if amount in _ordinals(fact.quote) else None


def ordinals_clash(a: Fact, b: Fact, words_a: set[str], words_b: set[str], shared_context: Callable[[], int]) -> bool:
    """Whether two facts number one occasion in one series differently (see the module's rules)."""
    if a.source == b.source or a.value is None or b.value is None or unit_key(a.value.unit) != unit_key(b.value.unit):
        return False
    x, y = _as_ordinal(a), _as_ordinal(b)
    if x is None or y is None or abs(Decimal(x - y)) != 1:
        return False
    one_year = dated_by_year_only(a, b) and a.date.year == b.date.year
    if not (one_year or within_days(a.date, b.date, REPORT_DAYS)) or not aims_alike(a, b, words_a, words_b):
        return False
    names = {n[:5] for n in text_names(a.quote) | text_names(b.quote)}
    if not any(not w.isdigit() and w not in _ORDINAL_STEMS and w not in names for w in words_a & words_b):
        return False
    return shared_context() >= CONTEXT_NAMES
