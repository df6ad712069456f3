"""A release's place and day on one line of their own: "Díli, August 30th, 2015", "20 November 2024, Budapest".

A government's press office heads a release with the capital it is issued from and the day, a comma between, alone on
a line under the title and the office's name.  Neither the dateline reader (:func:`briefgen.ingest.meta.find_dateline`,
which wants the lede's words after the place) nor the date line readers (which want the date alone) took it, and the
page was archived with neither place nor day.  The line is read as both only when the place is a country's capital
(accents aside: "Díli" is "Dili"), so that a weekday banner ("Tuesday, October 9, 2012"), a byline's name or a
section's label before a date is never taken for a place (nor one after it); the day is read as a time stamp's is
(:func:`briefgen.ingest.meta.parse_header_date`), in words only, the month named.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.ledeplaces import is_capital
from briefgen.ingest.meta import parse_header_date
from briefgen.text.english import MONTH_PATTERN, unaccented

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_PLACE_DATE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{0,2}}),\s+"
    rf"(?P<date>(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s+(?:19|20)\d\d|{_DAY}\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d)$",
    re.IGNORECASE,
)
# The same two the other way round, as a government's site heads a speech: "20 November 2024, Budapest".
_DATE_PLACE = re.compile(
    rf"^(?P<date>{_DAY}\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d|(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s+(?:19|20)\d\d),\s+"
    rf"(?P<place>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{0,2}})$",
    re.IGNORECASE,
)


def place_and_day(line: str) -> tuple[str, dt.date] | None:
    """The capital and the day of a line in the module's shape, or None."""
    match = _PLACE_DATE.match(line.strip()) or _DATE_PLACE.match(line.strip())
    if match is None or not match.group("place")[0].isupper():
        return None
    place = match.group("place")
    if not is_capital(place) and not is_capital(unaccented(place)):
        return None
    day = parse_header_date(match.group("date"))
    return (place, day) if day is not None else None
