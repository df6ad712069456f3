"""A day counted back from the news itself: "His visit comes two days after India slammed …" is two days before the report.

A day counted from another day ("the next day", "two days later") is only
as certain as the day it counts from, so the date reader keeps the month and
asks the editor for the day.  One such count has its anchor in plain sight:
the present tense of "comes".  "News of the meeting comes a day after Lavrov
confirmed that Putin was ready to meet" and "His visit comes two days after
India slammed the Chinese Foreign Minister" set the act a stated number of
days before the news the article is telling, which is the day it was written.
So the act is dated that many days before publication.  Only the present
"comes" (or "come") anchors on the news: "came a day after the summit" counts
from a past day the sentence does not give, and stays a month.  Only an act
told in the past after "after" is counted ("after Lavrov confirmed", "after
India slammed"); a noun ("comes a day after the summit on 5 May") may name a
day of its own, and a sentence that states its own day keeps it.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.text.dates import PartialDate
from briefgen.text.english import NUMBER_WORDS, words_pattern

_COUNTS = {**NUMBER_WORDS, "a": 1, "an": 1}

#: "comes a day after Lavrov confirmed", "come two days after India slammed", "comes just three days after … announced".
_COMES_AFTER = re.compile(
    rf"\bcomes?\s+(?:just\s+|only\s+|barely\s+)?(?P<n>{words_pattern(_COUNTS)}|\d{{1,2}})\s+days?\s+after\b",
    re.IGNORECASE,
)
#: A past act right after "after": a subject of up to eight words, then a verb in the past ("India slammed",
#: "Russia's foreign minister Sergei Lavrov confirmed").  "after the summit on 5 May" has no such verb.
_PAST_ACT = re.compile(r"(?:\s+[\w'’.-]+){1,8}?\s+(?-i:[a-z]{3,}ed|said|told|met|made|took|gave|held|sent|led|won|spoke|wrote)\b")


def counted_from_the_news(text: str, published: dt.date | None) -> tuple[PartialDate, str] | None:
    """The day of the act that the news "comes N days after", counted back from ``published``, and the phrase; or None."""
    if published is None:
        return None
    match = _COMES_AFTER.search(text)
    if match is None or _PAST_ACT.match(text, match.end()) is None:
        return None
    word = match.group("n").casefold()
    days = int(word) if word.isdigit() else _COUNTS[word]
    return PartialDate.from_date(published - dt.timedelta(days=days)), match.group(0)
