"""A day the page's header prints without its year, read with the year and month its address files it under.

Many sites file a story under a folder of its year and month ("/news/2023/05/leaders-meet/", "/2023-05/…",
"/2023/may/…") and print its day only at the top of the page, without the year: "Posted on May 4", "Thursday, May 4",
"May 4 | admin", "4 May, 10:22".  Neither alone dates the page: the folder gives no day, the line no year.  Together
they do, when they agree: the line's month is the folder's month, and the weekday, when the line names one, is that
day's.  The folder is then the year the line leaves out, as a wire dateline's day is read with the folder's year
(:mod:`briefgen.ingest.dayline`).

A page left undated had every "on Monday" and "next month" on it unresolved; a wrong day is worse than none, so the
line must be the page's own stamp: a line of the header standing alone (its label, a weekday, the month and day, a
time of day, the writer's name before it or after a bar or "by", and nothing else), above the report or right under its first paragraph, and
every such line must give the same day.  A line whose month is not the folder's settles nothing (a story filed in May
that prints "April 30" is no story of May), and neither does a folder of an id ("/202305/" holds no page of May 4
unless its header says so).  Read only when nothing else dates the page (:func:`briefgen.ingest.add`'s last readings).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.addressdates import MONTH_FOLDER
from briefgen.ingest.meta import Found
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_WORDS, month_number

# The year and the month as the address files a story: "/2023/05/", "/2023/5/", "/202305/", "/2023-05/", "/2023/may/";
# a page or a folder must follow (a folder of the month alone is an archive's index).
_FOLDER_MONTH = re.compile(rf"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>0?[1-9]|1[0-2])|-?(?P<m2>0[1-9]|1[0-2])|/(?P<mon>{MONTH_FOLDER}))/(?=[^/])")

_LABEL = r"(?:(?:last\s+)?(?:posted|published|updated|modified)(?:\s+on)?\s*:?\s*)?"
_WEEKDAY = r"(?:(?P<weekday>[a-z]{3,9})\.?,?\s+)?"
_DAY = (
    rf"(?:(?P<month>{MONTH_PATTERN})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_PATTERN}))"
)
_CLOCK = r"(?:\s*(?:,|\||-|–|at)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?"
_NAME_AFTER = r"(?:\s*(?:[|·•]|by)\s*[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,3})?"
_NAME_BEFORE = r"(?:by\s+[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,3}\s*[,|·•]\s*)?"
#: A header line that is a day without its year and nothing else a stamp does not carry: "Posted on May 4",
#: "Thursday, May 4", "May 4 | admin", "By Jane Doe, May 4", "4 May, 10:22", "Updated May 4, 10:22 AM".
_YEARLESS_DAY_LINE = re.compile(rf"\s*{_NAME_BEFORE}{_LABEL}{_WEEKDAY}{_DAY},?{_CLOCK}{_NAME_AFTER}\s*", re.IGNORECASE)

# The kinds of lines taken off over the report that a stamp is cut as, and how far down a stamp may stand (after at
# most the first paragraph); a short paragraph standing alone as the first or second is a stamp the cut left in.
_STAMP_KINDS = frozenset(("byline", "update line", "date banner"))
_TOP = 1
_STAMP_WORDS = 10


def _folder_month(address: str | None) -> tuple[int, int] | None:
    """The year and month of the address's folders, or None."""
    match = _FOLDER_MONTH.search(urlsplit(address or "").path)
    if match is None:
        return None
    month = int(match.group("m") or match.group("m2") or 0) or month_number(match.group("mon") or "")
    return (int(match.group("y")), month) if month else None


def _day_of_line(line: str, year: int, month: int) -> dt.date | None:
    """The day a yearless stamp line gives in that year, when its month is ``month`` and its weekday (if any) fits."""
    match = _YEARLESS_DAY_LINE.fullmatch(line)
    if match is None or month_number(match.group("month") or match.group("month2")) != month:
        return None
    try:
        day = dt.date(year, month, int(match.group("day") or match.group("day2")))
    except ValueError:
        return None
    weekday = (match.group("weekday") or "").casefold()
    if weekday and not WEEKDAY_WORDS[day.weekday()].startswith(weekday):
        return None  # "Friday, May 4" in a May when the 4th is a Thursday, or a word that is no weekday: no stamp
    return day


def folder_stamp_date(part: Part, address: str | None) -> list[Found]:
    """The day a yearless stamp line at the top gives with the address's year and month (see the module's docstring),
    as a list of one; nothing otherwise."""
    folder = _folder_month(address)
    if folder is None:
        return []
    lines = [line.text for line in part.removed if line.kind in _STAMP_KINDS and line.after <= _TOP]
    lines += [text for text in part.paragraphs[: _TOP + 1] if len(text.split()) <= _STAMP_WORDS]
    found = {day: line for line in lines if (day := _day_of_line(line.strip(), *folder)) is not None}
    if len(found) != 1:
        return []
    day, line = next(iter(found.items()))
    return [Found(day.isoformat(), line.strip(), "time stamp")] if could_be_published(day) else []
