"""The day that "in the afternoon" or "later in the evening" belongs to: the day the text is telling.

Programmes and reports walk through a day in order: "On Wednesday morning,
the President and Premier Wen will hold a bilateral meeting …" and then, a
paragraph on, "In the afternoon, the President will tour the Great Wall", or
"Tuesday: the president's day begins with breakfast …" followed by "In the
afternoon, the president will give a major speech".  A part of the day names
no day, so the sentence fell back to the month of publication, and the
editor lost the day the programme gives.  The part of the day points back at
the day being told, as "later in the day" does (:mod:`same_day`), so it takes
the day of the nearest earlier sentence of the body dated to a day.  A
sentence dated by words of its own ("this evening", "on Tuesday afternoon")
keeps its date; with no earlier dated sentence nothing changes.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.dates import ResolvedDate
from briefgen.suggest.same_day import day_of_earlier
from briefgen.suggest.sentences import Sentence

#: "in the afternoon", "later in the morning", "late in the evening", "earlier in the evening".
PART_OF_DAY = re.compile(r"\b(?:(?:earlier|later|late)\s+)?in\s+the\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)


def part_of_day_date(
    sentences: list[Sentence],
    sentence: Sentence,
    text: str,
    resolved: ResolvedDate,
    published: dt.date | None,
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """The day of a sentence whose only time is a part of the day ("In the evening, …"), or None.

    ``text`` is the part of ``sentence`` being dated and ``resolved`` the date
    read from it; a date read from words of its own is kept.
    """
    if resolved.phrase is not None or sentence.paragraph < 0:
        return None
    phrase = PART_OF_DAY.search(text)
    if phrase is None:
        return None
    return day_of_earlier(sentences, sentence, published, phrase, "is a part of", future=future, ref_year=ref_year)
