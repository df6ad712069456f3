"""A weekday written with its date names one day: "on Tuesday, September 2" is the 2nd, whatever the weekday says.

Read alone, "on Tuesday" is the Tuesday nearest the day of writing; beside
it, "September 2" names the day outright.  The two are one phrase, so the
date is read once, from the day of the month: a writer who gives the wrong
weekday ("Tuesday, September 2" in a year when the 2nd was a Monday) still
means the 2nd, and a sentence is not cut in two at the comma between them,
as if it dated two events.  The date may stand in brackets after its weekday,
"On Tuesday (July 2), … was felicitated": a gloss the writer adds to say which
Tuesday, so it is the day, as "Tuesday, July 2" would be.
"""

from __future__ import annotations

import re

from briefgen.suggest.date_words import WEEKDAY_WORD
from briefgen.text.dates import PartialDate

_WEEKDAY = re.compile(rf"(?:(?:on|last|next|this|coming)\s+)?(?:{WEEKDAY_WORD})", re.IGNORECASE)
#: What may stand between a weekday and its date: a comma, spaces, "the" ("Tuesday the 2nd of September").
_BETWEEN = re.compile(r",?\s*(?:the\s+)?", re.IGNORECASE)
#: A bracket opening right after the weekday, before a date in figures ("On Tuesday (July 2)"); a word in it
#: ("Thursday (tomorrow)") is no date, and the weekday stays.
_BRACKET = re.compile(r"\s*\(\s*")

Found = tuple[int, int, PartialDate, str]


def _joined(text: str, weekday_end: int, date: Found) -> str:
    """How the weekday ending at ``weekday_end`` is written with ``date``: "beside", "bracket" or "" (not with it).

    Beside it, only a comma or "the" between them ("Tuesday, July 2"); in a bracket after it, a date in figures
    ("Tuesday (July 2)").
    """
    if _BETWEEN.fullmatch(text, weekday_end, date[0]) is not None:
        return "beside"
    if _BRACKET.fullmatch(text, weekday_end, date[0]) is not None and any(c.isdigit() for c in date[3]):
        return "bracket"
    return ""


def weekdays_with_their_dates(text: str, found: list[Found]) -> list[Found]:
    """``found`` (dates in text order) less each weekday written right before a date with its day."""
    kept: list[Found] = []
    glossed: int | None = None  # where the weekday a bracketed date glosses starts
    for n, item in enumerate(found):
        after = found[n + 1] if n + 1 < len(found) else None
        joined = _joined(text, item[1], after) if after is not None and after[2].day is not None and _WEEKDAY.fullmatch(item[3]) else ""
        if joined:
            glossed = item[0] if joined == "bracket" else None
            continue
        # The bracketed date stands where its weekday does: read in its bracket alone, it would be an aside recalling
        # another occasion ("on Monday (Dec 4), marking their second encounter this year" is the 4th, not the year).
        kept.append(item if glossed is None else (glossed, *item[1:]))
        glossed = None
    return kept
