"""A bare "$" beside a "US$" amount it converts, or is converted into, is another dollar: "US$8.5bn ($13bn)".

A page that writes "US$" for the US dollar keeps the bare "$" for its own
dollar (Australian, Canadian, Singaporean…), and it shows this plainest when
it puts one amount in both: "US$8.5bn ($13bn)" or "$13bn (US$8.5bn)".  Read
as the US dollar, the bare amount would offer 13 billion USD for a deal of
8.5 billion: a plausible figure in the wrong currency, and a wrong figure is
worse than none.  Which dollar the bare sign means is not written, so the
bare amount is left without a value and the "US$" amount, which says its
currency, stays.  Only such a pair is read: elsewhere a bare "$" may well be
the US dollar (:mod:`briefgen.suggest.dollars` settles it per page).
"""

from __future__ import annotations

import itertools
import re

from briefgen.suggest.found import FoundValue

# "US$", "USD" or "U.S.$" opening an amount: the writer names the US dollar apart.
_NAMED_US = re.compile(r"(?:US\s?\$|USD\s?|U\.S\.\s?\$)")
# What joins an amount to its conversion: an opening bracket, or ", or", with "about" and the like after.
_JOIN = re.compile(
    r"\s*(?:\(|,?\s+or\s+)\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated)\s+)?",
    re.IGNORECASE,
)


def _named_us(sentence: str, value: FoundValue) -> bool:
    return value.unit == "USD" and _NAMED_US.match(sentence, value.start) is not None


def _bare(sentence: str, value: FoundValue) -> bool:
    starts_bare = sentence.startswith("$", value.start)
    return value.unit == "USD" and starts_bare and not (value.start and sentence[value.start - 1].isalpha())


def drop_other_dollars(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """``values`` without a bare "$" amount joined as a conversion to a "US$" amount, either way round."""
    ordered = sorted(values, key=lambda v: v.start)
    dropped: set[int] = set()
    for first, second in itertools.pairwise(ordered):
        if first.end > second.start or not _JOIN.fullmatch(sentence, first.end, second.start):
            continue
        if _named_us(sentence, first) and _bare(sentence, second):
            dropped.add(id(second))
        elif _bare(sentence, first) and _named_us(sentence, second):
            dropped.add(id(first))
    return [v for v in values if id(v) not in dropped]
