"""The publication date a leading ``date …`` prefix gives, down to the day.

A page saved with its capture prefix usually carries the full day (``date 2024-10-15``); some carry only the month
(``date 2025-04``).  A month is no publication date, but the article's own dateline often names the day without a
year ("Colombo, April 5: …"): when that month is the prefix's, the two together give the day.  A month prefix with no
such dateline gives no date, rather than a made-up first of the month.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import Found
from briefgen.text.english import MONTH_PATTERN, month_number

# A capture prefix that names only the month, left on the first paragraph: "date 2025-04 Colombo, April 5: …".
_MONTH_PREFIX = re.compile(r"\s*date\s+(?P<month>\d{4}-\d{2})\s+", re.IGNORECASE)
# A dateline that names a day and no year at the head of the lede: "Colombo, April 5:", "NEW DELHI, Apr. 5 (IANS) -".
_DAY_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][\w .'’-]{{0,40}}?),?\s+(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?!\d|,?\s*\d{4})\s*(?:\([^)]{1,30}\)\s*)?[:–—-]"
)


def prefix_dates(date_line: str | None, paragraphs: list[str]) -> list[Found]:
    """The day the page's ``date`` prefix gives: the prefix itself when it names a day (``date_line``), else, for a
    month-only prefix left on the first paragraph, the dateline's day in that month and year (a list of one, or
    empty)."""
    if date_line:
        return [Found(date_line, f"date {date_line}", "date line")]
    prefix = _MONTH_PREFIX.match(paragraphs[0]) if paragraphs else None
    if prefix is None:
        return []
    date_line = prefix.group("month")
    year, month = (int(part) for part in date_line.split("-"))
    match = _DAY_DATELINE.match(paragraphs[0], prefix.end())
    if match is None or month_number(match.group("month")) != month:
        return []
    try:
        day = dt.date(year, month, int(match.group("day")))
    except ValueError:
        return []
    return [Found(day.isoformat(), f"date {date_line} … {match.group(0).rstrip(':–—- ')}", "date line")]


def without_month_prefix(headline: str) -> str:
    """A headline with a month-only capture prefix taken off: on a page whose first line is its title, the prefix
    stands before the title ("date 2024-01 Shmyhal states that he agrees with Fico …"), and no title begins so."""
    prefix = _MONTH_PREFIX.match(headline)
    return headline[prefix.end() :] if prefix else headline


def after_month_prefix(paragraphs: list[str]) -> list[str]:
    """The paragraphs with a month-only prefix taken off the first, so that the dateline behind it can be read."""
    prefix = _MONTH_PREFIX.match(paragraphs[0]) if paragraphs else None
    return [paragraphs[0][prefix.end() :], *paragraphs[1:]] if prefix else paragraphs
