"""A date a visit's rank runs from dates nothing: "on his first visit since 2008" tells when the last one was.

"The king, on his first visit since 2008, was greeted by President Barham Salih … at Baghdad airport" (a page of
15 January 2019, whose lede dates the visit "on Monday") was dated 2008: the only date the sentence states is the
start of the span the rank runs over, and :mod:`briefgen.suggest.dates` falls back on a span's start when nothing else
dates the sentence.  The greeting is the visit's, so the sentence is left to the day of the article's main event or of
the sentence before (round 102's fresh sample).  The corpus reads such ranks the same way when it links a quote
(:mod:`briefgen.corpus.visit_rank`).

Only a rank of a visit, a trip or a tour ("his first visit since 2008", "the first official trip to the country
since 2016") counts, with the noun between the ordinal and "since": a visitor's own count told as a time ("visiting
Cambodia for the first time since 2016") is labelled by its year in the sets, and a state "since 2015" ("trade has
doubled since 2015") is no rank.
"""

from __future__ import annotations

import re

from briefgen.text.english import ORDINAL_PATTERN

# The rank and the "since" its span opens on, up to where the date may stand: "first visit to Egypt since ",
# "first official bilateral trip by an Indian prime minister since ".
_RANK_SINCE = re.compile(
    rf"\b{ORDINAL_PATTERN}\s+(?:[\w’'-]+\s+){{0,3}}?(?:visits?|trips?|tours?)\b[^.;,]{{0,60}}?\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def runs_a_rank_from(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` is what a visit's rank runs from ("his first visit since 2008")."""
    return _RANK_SINCE.search(text[max(0, start - 120) : start]) is not None
