"""A month told as falling in a year the sentence has already named: "in October the same year".

"MBS visited India in February 2019, followed by a visit by Modi in October
the same year": the October is 2019's, not the October nearest the day the
story was written.  Read against the publication date, the month lands years
away from the event it dates, so the year is taken from the words instead.
"""

from __future__ import annotations

import re

# The words after a month that point back to a year already given: "the same year", "of that year".
_SAME_YEAR = re.compile(r",?\s+(?:of\s+)?(?:the\s+same|that)\s+year\b", re.IGNORECASE)
_STATED_YEAR = re.compile(r"(?<![\w$.-])((?:19|20)\d\d)(?![\w-])")


def year_pointed_back_to(text: str, start: int, end: int) -> int | None:
    """The year a month at ``text[start:end]`` is said to share ("in October the same year"): the last one named before it."""
    if not _SAME_YEAR.match(text[end : end + 24]):
        return None
    years = _STATED_YEAR.findall(text[:start])
    return int(years[-1]) if years else None


def points_back_at(text: str, start: int) -> bool:
    """Whether the bare year at ``text[start]`` only anchors a month that points back to it, in a cut clause's dated text.

    ``with_year_pointed_back_to`` opens a cut clause's dated text at the year
    its month points back to ("2019, and … in October the same year"): that
    year belongs to the clause before, so the month alone dates this one.  In a
    whole sentence the year may be the event's own ("signed in 2011, after the
    elections in April of the same year"), so only a year opening the text counts.
    """
    return start == 0 and bool(_SAME_YEAR.search(text, start))


def with_year_pointed_back_to(whole: str, tail: str) -> str:
    """The text a clause cut from its sentence is dated by: from the sentence's last year before it, when it points back.

    "MBS visited India in February 2019, and Modi visited Riyadh in October
    the same year": cut in two, the second clause alone names no year, so its
    dated text starts at the sentence's "2019", which then anchors the month.
    """
    at = whole.rfind(tail)
    if at < 0 or not _SAME_YEAR.search(tail) or _STATED_YEAR.search(tail):
        return tail
    years = list(_STATED_YEAR.finditer(whole, 0, at))
    return whole[years[-1].start() :] if years else tail
