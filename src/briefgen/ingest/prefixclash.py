"""A capture prefix's day that the article's own dateline contradicts: no publication date.

A page saved with its capture prefix is dated by it ("date 2025-07-08"), and the prefix outranks every date the text
gives.  But a prefix is sometimes a stand-in, a year's first day written for a page the tool could not date: " date
2025-01-01 Ulaanbaatar, Jul 07 (News On Japan) - The Emperor and Empress have arrived in Mongolia …" (newsonjapan.com)
was archived as of New Year's Day, and every "on Monday" of the July visit moved six months.  A dateline names the
day the copy was filed, on or a little before the page's day: the same day, the day before, a republished story's
days or weeks before, or one day after in a time zone ahead of the prefix's.  A dateline whose month and day fall in
no such window in any year, half a year away here, shows the prefix is not the page's day, and the prefix is not
read (a wrong date is worse than none).
"""

from __future__ import annotations

import contextlib
import datetime as dt

from briefgen.ingest.dayline import month_day
from briefgen.ingest.meta import Found

# How long before the page's day its dateline may be (a story republished weeks later keeps it), and after (time zones).
_FILED_BEFORE = dt.timedelta(days=31)
_FILED_AFTER = dt.timedelta(days=1)


def prefix_clashes(date_line: str | None, stated: dict[str, Found]) -> bool:
    """Whether the dateline's month and day (``stated["day"]``, a dateline without a year) fall, in every year, outside
    the window before the full-day prefix ``date_line`` in which a page's dateline lies."""
    written = stated.get("day")
    if not date_line or written is None:
        return False
    try:
        prefix = dt.date.fromisoformat(date_line)
    except ValueError:
        return False  # a month alone: read with the dateline by :mod:`briefgen.ingest.prefixdate`
    wanted = month_day(written.value)
    if wanted is None:
        return False
    for year in (prefix.year - 1, prefix.year, prefix.year + 1):
        with contextlib.suppress(ValueError):
            if prefix - _FILED_BEFORE <= dt.date(year, *wanted) <= prefix + _FILED_AFTER:
                return False
    return True
