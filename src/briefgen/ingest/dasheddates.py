"""A page's date that its address writes as a month or day, the other, and the year, joined by dashes: "/10-22-2025-5/".

Some publishing systems name a story's folder after the day it went up, written month first as American sites write a
day ("10-22-2025"), sometimes with the story's count that day after it ("-5").  The readings in :mod:`urldates` and
:mod:`outlets` take such digits only when the text writes the same day out in full, and a story written that day
seldom does ("on Monday", "today"), so the page was left undated and every relative date in it unresolved.

The order of day and month is never guessed:

- when only one order makes a real day (one part is over 12: "10-22-2025" can only be October 22) that day is read;
- when both orders do ("05-07-2025"), a reading is taken only if the text names its month and not the other's;

and in both cases the day must not be after the page was saved (then the digits are an id).  The dashes are required:
eight digits run together are as often an id, and :mod:`urldates` reads those with their own safeguards.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.weekdayfigures import day_month_readings
from briefgen.text.english import names_month

_DASHED_DAY = re.compile(r"(?<!\d)(?<!\d-)(?P<a>[01]?\d|[23]\d)-(?P<b>[01]?\d|[23]\d)-(?P<y>(?:19|20)\d\d)(?![\d])")


def date_in_dashes(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The day the address's dashed digits write (see the module's docstring), and those digits; None otherwise."""
    for match in _DASHED_DAY.finditer(urlsplit(url or "").path):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        readings = day_month_readings(a, b, year)
        named = {reading for reading in readings if names_month(reading.month, text)}
        if len(readings) == 1:
            [reading] = readings
        elif len(named) == 1:
            [reading] = named
        else:
            continue
        if could_be_published(reading):
            return reading, match.group(0)
    return None
