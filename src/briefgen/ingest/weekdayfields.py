"""A page's day from a "Date:" field that gives the day in figures after its weekday: "Date: Thursday, 15-03-2012 02: 41 pm".

News sites of the Gulf and Iraq print the day of the report in a field of their own above it, and forums and
aggregators that repost the report keep the line; no other reader takes it, since the figures alone could be read
with the day first or the month first, and the page was left undated, every "on Monday" in it unresolved.  The weekday
settles the order: of the two readings ("15-03-2012" as 15 March or as the 3rd of a fifteenth month), the one that is
a date falling on the field's weekday is the day.  When both orders are dates on that weekday, or neither is, the
field gives nothing.

The field is read only from the lines removed above the story and its first few paragraphs, only with the label
"Date" and its colon, a weekday, and the day, month and year in figures joined by hyphens, slashes or dots (a time of
day may follow, spaced or not); only when every such field gives the same day, and only when nothing else dates the
page (:func:`briefgen.ingest.add`'s last readings, after the release fields of :mod:`briefgen.ingest.releasefields`);
a day after the page could have been saved is none.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import Found
from briefgen.ingest.publishable import the_one_day
from briefgen.ingest.text import Part
from briefgen.text.english import WEEKDAY_NAMES

# "Date: Thursday, 15-03-2012 02: 41 pm", "Date : Monday 05/11/2018".
_FIELD = re.compile(
    rf"^(?i:date)\s*:\s*(?P<weekday>{'|'.join(WEEKDAY_NAMES)}),?\s+"
    r"(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"
)
_NEAR_TOP = 4


def _day(a: int, b: int, year: int, weekday: str) -> dt.date | None:
    """The one reading of the figures, day first or month first, that falls on the weekday; None if none or both do."""
    days = set()
    for day, month in ((a, b), (b, a)):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if WEEKDAY_NAMES[date.weekday()] == weekday:
            days.add(date)
    return days.pop() if len(days) == 1 else None


def weekday_field_date(part: Part) -> list[Found]:
    """The page's day from a "Date: <weekday>, <day in figures>" field at its top, as a list of one; nothing otherwise."""
    found = []
    for line in [r.text for r in part.removed] + part.paragraphs[:_NEAR_TOP]:
        match = _FIELD.match(line.strip())
        if match is None:
            continue
        day = _day(int(match.group("a")), int(match.group("b")), int(match.group("year")), match.group("weekday"))
        if day is None:
            return []
        found.append((day, line.strip()))
    agreed = the_one_day(found)
    if agreed is None:
        return []
    return [
        Found(
            agreed[0].isoformat(), agreed[1], "the page's date field, its weekday settling the day (nothing else dates the page: check it)"
        )
    ]
