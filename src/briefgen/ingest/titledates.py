"""The day a headline closes on: "Press release: PM meeting with Canadian Prime Minister: 18 April 2018".

Government offices title a release by what happened and the day it happened, set apart after a colon or a dash, and
the release goes out that day ("… held a bilateral meeting … at Downing Street earlier today").  Such a page often
prints no other date: no stamp, no dateline, an address without digits.  The headline's closing date is then the
page's, read only as a last resort, when nothing else dates the page, and only a full date (day, month in words and
year) that ends the headline after its words: a date inside a headline ("Talks of 18 April 2018 resume") is an event's.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN

#: A full date, day, month in words and year: "18 April 2018", "April 18, 2018" (a release's closing line reads it too).
FULL_DATE = rf"[0-3]?\d\s+(?:{MONTH_PATTERN})\s+(?:19|20)\d\d|(?:{MONTH_PATTERN})\s+[0-3]?\d,\s+(?:19|20)\d\d"
_CLOSING_DATE = re.compile(rf"\w[\w)’'\"”]*\s*(?::|\s[–—-])\s+(?P<date>{FULL_DATE})\s*$")


def headline_closing_date(part: Part) -> list[Found]:
    """The full date a headline closes on after a colon or a dash (see the module's docstring), as a one-item list;
    else nothing."""
    match = _CLOSING_DATE.search(part.headline or "")
    day = parse_header_date(match.group("date")) if match is not None else None
    return [Found(day.isoformat(), match.group("date"), "headline")] if day is not None and match is not None else []
