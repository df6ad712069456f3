"""Words that name a day by its part: "last night", "this morning", "tonight", "yesterday evening".

A wire story filed in the morning tells of the evening before as "last night"
("Macron, who arrived in India last night"): that is the day before the
article's date, as "yesterday" is, not a phrase without a date.  Read as no
date at all, the statement falls back to the month of publication and the
editor loses the day the words give.  Each phrase is counted in whole days
from the day of writing (or from the day quoted words were said): a part of
the day never makes the date finer than a day, nor coarser.

"As of this day" (or "as from this day") is today in a text's own words: a
joint communiqué's "shall sever diplomatic relations with Taiwan as of this
day" takes effect on the day it is issued, the page's, where the phrase was
read as no date and the sentence took the month.  "To this day" (up to now)
and "on this day in 1990" date nothing of the kind, so only "as of" and "as
from" make "this day" a day.
"""

from __future__ import annotations

from briefgen.suggest.overnight import OVERNIGHT

#: The phrases, longest first so that "yesterday evening" wins over "yesterday"; "(?:hours|minutes) ago" is news of
#: the day too.
DAY_WORD = (
    r"(?:later|earlier) in the day|during the day|later today|earlier today|"
    r"(?:late |early )?last (?:night|evening)|"
    r"(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|"
    r"today|tonight|yesterday|tomorrow|(?<=as of )this day|(?<=as from )this day|"
    r"(?:later |earlier )?this (?:morning|afternoon|evening)|"
    r"(?:hours|minutes) ago|" + OVERNIGHT
)


def day_word_offset(phrase: str) -> int:
    """Whole days from the day of writing: -1 for "yesterday", "last night" and "overnight", 1 for "tomorrow", 0 for the rest."""
    words = phrase.casefold().split()
    if "yesterday" in words or "last" in words or "overnight" in words:
        return -1
    return 1 if "tomorrow" in words else 0
