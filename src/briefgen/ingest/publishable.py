"""Whether a day read from a page could be the day it was published.

A page is saved after it was published, so a day it names later than the saving is not its date: digits in an
address that look like a day are a story's number, a year-less dateline read into the wrong year lands in the
future.  Tomorrow is still allowed, because a page published in a time zone ahead of the saving machine's carries
tomorrow's date.  Every reader of a publication date asks this one question, so it is answered here once; so is the
question the readers of a page's date fields ask of the lines they found: do they all give one day that could be it.
"""

from __future__ import annotations

import datetime as dt
import re


def could_be_published(day: dt.date) -> bool:
    """True when ``day`` is no later than tomorrow, the latest day a page saved today can carry."""
    return day <= dt.date.today() + dt.timedelta(days=1)


def matched_day(match: re.Match[str] | None, year: str = "y", month: str = "m", day: str = "d") -> dt.date | None:
    """The day a match's groups named ``year``, ``month`` and ``day`` give, or None: nothing matched, or the figures make
    no real day ("2023-02-30", a story's number that only looks like a date)."""
    if match is None:
        return None
    try:
        return dt.date(int(match.group(year)), int(match.group(month)), int(match.group(day)))
    except ValueError:
        return None


def the_one_day(found: list[tuple[dt.date, str]]) -> tuple[dt.date, str] | None:
    """The day every line found gives, with the first such line, when they agree and it could be the page's date."""
    days = {day for day, _ in found}
    if len(days) != 1:
        return None
    day = days.pop()
    return (day, found[0][1]) if could_be_published(day) else None
