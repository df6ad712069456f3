"""A day counted from the day the story has just told: "a day earlier", "the next day" after a sentence dated to a day.

"… the two leaders will hold a summit on the morning of November 2 …" and, two sentences on, "The
Seoul-Beijing-Tokyo summit will take place a day earlier at Park's office" (a page of 29 October 2015): the summit of
the day before is November 1.  A phrase that counts a day from another day was kept at the month only, and with no
date in its sentence that month was the day of writing's, October, a month off (the eleventh date sample); the sets
label such sentences to the day ("Prabowo and Putin held talks a day earlier" on a page whose story is told on the
20th: the 19th).  The day counted from is the nearest earlier sentence's dated to a day (as "later that day" reads
it, :mod:`briefgen.suggest.same_day`), and the count is one day back or on.

Only a phrase that names its anchor nowhere in its own sentence is read so: "the trip comes only a day after Merz was
elected chancellor" counts from the election it names, not from the sentence before, and keeps the month; so does a
sentence that states a date of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.same_day import earlier_day
from briefgen.suggest.sentences import Sentence
from briefgen.text.dates import PartialDate

_BACK = re.compile(r"(?:a|one)\s+day\s+(?:earlier|before)|the\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day", re.IGNORECASE)
_ON = re.compile(r"(?:a|one)\s+day\s+later|the\s+day\s+after|the\s+(?:next|following)\s+day", re.IGNORECASE)
# What may follow "before"/"after" when they take no object: the clause goes on without naming the day counted from.
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|to|for|and|with|where|when|as|from|while)\b)", re.IGNORECASE)


def _offset(phrase: str, after: str) -> int | None:
    """-1 or 1 for a phrase that counts one day from a day it does not name, else None."""
    words = " ".join(phrase.split())
    if words.casefold().endswith(("before", "after")) and not _NO_OBJECT.match(after):
        return None  # "a day after Merz was elected": the anchor is named
    if _BACK.fullmatch(words):
        return -1
    return 1 if _ON.fullmatch(words) else None


def day_counted_from_earlier(
    sentences: list[Sentence],
    sentence: Sentence,
    text: str,
    resolved: ResolvedDate,
    published: dt.date | None,
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """The day one before or after the nearest earlier sentence's day, for a ``resolved`` date kept at its month only
    because its phrase counts from another day; None when the sentence names its anchor or states a date of its own."""
    phrase = resolved.phrase
    if phrase is None or resolved.date.day is not None or sentence.paragraph < 0:
        return None
    at = text.find(phrase)
    offset = _offset(phrase, text[at + len(phrase) :]) if at >= 0 else None
    if offset is None or find_date(text, published, future=future, ref_year=ref_year) is not None:
        return None
    found = earlier_day(sentences, sentence, published, future=future, ref_year=ref_year)
    if found is None:
        return None
    day, anchor = found
    how = f'"{" ".join(phrase.split())}" counts from the day of an earlier sentence ("{anchor}")'
    return ResolvedDate(PartialDate.from_date(day + dt.timedelta(days=offset)), phrase, how)
