""" "Overnight" as a day: the night before the paper, unless the word means "all at once".

A paper in one hemisphere tells of talks held in another during its own night
as happening "overnight" ("met Xi Jinping overnight (NZ time)"): the act is of
the evening before the day of writing, as "last night" is.  Read as no date,
the statement falls back to the day of publication, a day late.  But the word
also means "suddenly" ("ties will not be mended overnight") and names a kind of
stay ("an overnight visit"): neither dates anything, so both are set aside.
"""

from __future__ import annotations

import re

from briefgen.suggest.tense import nowadays

#: The adverb, not the adjective before a noun ("an overnight stay", "overnight talks").
OVERNIGHT = r"overnight(?=\s*(?:\(|[,.;:]|$|\s(?:in|at|on|from|to|with|after|before|and|when|as|local)\b))"

# A clause that denies, forecasts or hopes for a change "overnight" uses the word for "all at once".
_ALL_AT_ONCE = re.compile(
    r"\b(?:not|n[’']t|never|no|nothing|will|would|can|could|cannot|may|might|won[’']t|happen|happens|change|changes|"
    r"transform\w*|solve\w*|fix\w*|disappear\w*|vanish\w*)\b[^.;:,]*$",
    re.IGNORECASE,
)
_BEFORE_A_NOUN = re.compile(r"\b(?:an?|the|its|his|her|their|our)\s+$", re.IGNORECASE)


def dates_no_day(text: str, start: int, end: int) -> bool:
    """Whether the day word at ``text[start:end]`` dates nothing: "today" meaning "by now", "overnight" meaning "at once"."""
    if text[start:end].casefold() != "overnight":
        return nowadays(text, start, end)
    before = text[max(0, start - 120) : start]
    return bool(_ALL_AT_ONCE.search(before) or _BEFORE_A_NOUN.search(before))
