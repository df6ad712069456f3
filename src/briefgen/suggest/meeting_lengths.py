"""How long a meeting or talks lasted: "a 90-minute meeting" is 90 minutes, "the talks lasted about two hours" 2 hours.

Outlets time the leaders' meeting ("about 40 minutes" in one, "about 30
minutes" in another), and an editor must see the disagreement.  The length is
read only where the words make it the meeting's: a number before "-minute" or
"-hour" that qualifies a meeting, talks or a conversation ("a 23-minute
small-group meeting"), or a meeting said to last a number of minutes or hours
("the meeting lasted for about 40 minutes").  "Three hours of talks" is read
by the reader of counts; a summit's or an exercise's schedule is not read, nor
a time apart from the meeting ("40 minutes after the meeting").
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import APPROXIMATE, LOWER_BOUND, UPPER_BOUND
from briefgen.text.english import NUMBER_WORDS, words_pattern

_NUMBER = rf"(?P<n>\d{{1,3}}|{words_pattern(NUMBER_WORDS)})"
_MEETING = r"(?:meeting|talks|conversation|discussions?|tête-à-tête|tete-a-tete|one-on-one|phone\s+call|call)(?![\w-])"
# "a 90-minute long meeting", "a 23-minute small-group meeting", "their two-hour talks": up to two describing words.
_BEFORE = re.compile(
    rf"(?<![\w$.,/–—-]){_NUMBER}[\s-](?P<unit>minute|hour)(?:[\s-]long)?\s+(?:(?:[A-Za-z’']+(?:-[A-Za-z]+)?)\s+){{0,2}}?{_MEETING}",
    re.IGNORECASE,
)
# "the meeting lasted about 40 minutes", "talks, which lasted for more than two hours", "the call lasting 30 minutes".
_AFTER = re.compile(
    rf"\b{_MEETING}\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|had|have)\s+)?(?:(?:is|was|were|will)\s+)?(?:be\s+)?"
    r"(?:(?:scheduled|expected|set|due)\s+to\s+)?(?:lasted|lasting|lasts|last|went\s+on)\s+(?:for\s+)?"
    rf"(?P<qualifier>(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|less\s+than|under|up\s+to)\s+)?"
    rf"{_NUMBER}\s+(?P<unit>minutes?|hours?)\b",
    re.IGNORECASE,
)
# Words between the length and the meeting that make it another thing's length or a time apart from it.
_NOT_BETWEEN = re.compile(
    r"\b(?:and|or|of|to|in|after|before|ahead|since|until|following|prior|into|on|at|for|from|during|by|with|the|a|an|"
    r"drive|flight|ride|walk|break|delay|wait|summit|exercise|drill|session)\b",
    re.IGNORECASE,
)


def _amount(number: str) -> str | None:
    word = number.casefold()
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return str(value) if value and 0 < value <= 600 else None


def meeting_lengths(sentence: str) -> list[FoundValue]:
    """Each meeting's stated length in minutes or hours, where the number plainly measures the meeting."""
    found: list[FoundValue] = []
    for match in _BEFORE.finditer(sentence):
        between = sentence[match.end("unit") : match.end()]
        amount = _amount(match.group("n"))
        if amount and not _NOT_BETWEEN.search(between.rsplit(maxsplit=1)[0] if " " in between.strip() else ""):
            unit = match.group("unit").casefold() + "s"
            approximate = bool(APPROXIMATE.search(sentence[max(0, match.start() - 30) : match.start()]))
            found.append(FoundValue("talks-duration", amount, unit, None, match.start(), match.end("unit"), False, approximate=approximate))
    for match in _AFTER.finditer(sentence):
        amount = _amount(match.group("n"))
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
