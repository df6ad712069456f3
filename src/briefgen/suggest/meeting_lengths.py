"""How long a meeting or talks lasted: "the meeting lasted about 40 minutes" is about 40 minutes.

Outlets time the leaders' meeting ("about 40 minutes" in one, "about 30
minutes" in another), and an editor must see the disagreement.  The length is
read only where the sentence says the meeting, talks or call lasted it ("the
meeting lasted for about 40 minutes", "talks, which lasted more than two
hours") or that its people met or talked for it ("Biden and Xi met for about
four hours"), so that the number is the meeting's and no other thing's ("40
minutes after the meeting").  "A 90-minute meeting" is a descriptor the
labelled sets do not agree on (a figure in some, none in others), so it is
left without a value; "three hours of talks" is read by the reader of counts.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import APPROXIMATE, LOWER_BOUND, UPPER_BOUND
from briefgen.text.english import NUMBER_WORDS, counted, words_pattern

#: Most minutes or hours a meeting is read as lasting.
_MOST_MINUTES = 600
_NUMBER = rf"(?P<n>\d{{1,3}}|{words_pattern(NUMBER_WORDS)})"
_MEETING = r"(?:meeting|talks|conversation|discussions?|tête-à-tête|tete-a-tete|one-on-one|phone\s+call|call)(?![\w-])"
# "the meeting lasted about 40 minutes", "talks, which lasted for more than two hours", "the call lasting 30 minutes".
_LASTED = re.compile(
    rf"\b{_MEETING}\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|had|have)\s+)?(?:(?:is|was|were|will)\s+)?(?:be\s+)?"
    r"(?:(?:scheduled|expected|set|due)\s+to\s+)?(?:lasted|lasting|lasts|last|went\s+on)\s+(?:for\s+)?"
    rf"(?P<qualifier>(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|less\s+than|under|up\s+to)\s+)?"
    rf"{_NUMBER}\s+(?P<unit>minutes?|hours?)\b",
    re.IGNORECASE,
)
# "Biden and Xi met for about four hours", "the two leaders talked for more than an hour": the meeting's length too.
_MET_FOR = re.compile(
    r"\b(?:met|talked|spoke|conferred)\s+for\s+"
    rf"(?P<qualifier>(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|less\s+than|under|up\s+to)\s+)?"
    rf"{_NUMBER}\s+(?P<unit>minutes?|hours?)\b",
    re.IGNORECASE,
)


def meeting_lengths(sentence: str) -> list[FoundValue]:
    """Each meeting's stated length in minutes or hours, where the number plainly measures the meeting."""
    found: list[FoundValue] = []
    for match in [*_LASTED.finditer(sentence), *_MET_FOR.finditer(sentence)]:
        amount = counted(match.group("n"), _MOST_MINUTES)
        if not amount:
            continue
        unit = match.group("unit").casefold().rstrip("s") + "s"
        qualifier = match.group("qualifier") or ""
        approximate = bool(APPROXIMATE.search(qualifier))
        low, high = (None, amount) if UPPER_BOUND.search(qualifier) else (amount, None) if LOWER_BOUND.search(qualifier) else (None, None)
        single = amount if low is None and high is None else None
        start = match.start("qualifier") if qualifier else match.start("n")
        found.append(FoundValue("talks-duration", single, unit, None, start, match.end(), False, low, high, approximate))
    return found
