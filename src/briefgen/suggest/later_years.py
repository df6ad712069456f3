"""Years counted from the year the sentence before states: "Ties were established in 1984. … six years later …".

Background is told as a chain of years: "Formal ties between the UAE and China were established in 1984.  This was
followed six years later by a historic visit by UAE Founding Father, the late Sheikh Zayed".  The second sentence names
no date, so it took the day of the article's main event, the visit of 2024; its words say 1990.  "N years later" (or "a
year later") with no anchor named after it counts from the date of the sentence right before it in the body, and only
the year is certain.  A sentence that states a date of its own keeps it, and a count whose anchor follows it
("two years after the treaty was signed") is not read here.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.sentences import Sentence
from briefgen.text.dates import PartialDate
from briefgen.text.english import NUMBER_WORDS, words_pattern

_LATER = re.compile(rf"\b(?P<n>a|one|{words_pattern(NUMBER_WORDS)}|\d{{1,2}})\s+years?\s+later\b", re.IGNORECASE)


def year_counted_on(
    sentences: list[Sentence],
    sentence: Sentence,
    text: str,
    published: dt.date | None,
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """The year "N years later" in ``text`` counts to from the date of the body sentence right before; None when the
    text has no such count, states a date of its own, or the sentence before states none."""
    later = _LATER.search(text)
    if later is None or sentence.paragraph < 0 or find_date(text, published, future=future, ref_year=ref_year) is not None:
        return None
    before = [other for other in sentences if other.end <= sentence.start and other.paragraph >= 0]
    if not before:
        return None
    previous = max(before, key=lambda item: item.start)
    stated = find_date(previous.text, published, future=False, ref_year=ref_year)
    if stated is None:
        return None
    words = later.group("n").casefold()
    count = 1 if words in {"a", "one"} else (int(words) if words.isdigit() else NUMBER_WORDS[words])
    phrase = " ".join(later.group(0).split())
    how = f'"{phrase}" counts on from the year of the sentence before ("{stated[1]}")'
    return ResolvedDate(PartialDate(stated[0].year + count), phrase, how)
