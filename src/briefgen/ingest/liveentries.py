"""The day a live blog's newest entry was posted, from the stamp over it: "3m agoMon 6 Oct 2025 at 1:40am".

A live page of updates (a broadcaster's "Federal politics live", or a site's copy of one) prints over each entry its
age and its time of posting, which a saved page runs together with no space between them.  The entries stand newest
first, so the first stamp near the top is the day the page was last written; a page that states no other date (no
capture prefix, byline, dateline or dated address) is dated by it.  Only the glued shape is read: an age in minutes or
hours, then a full date (weekday, day, month in words, year) and perhaps the time, alone on its line; a date in an
entry's text is an event's.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN

_ENTRY_STAMP = re.compile(
    r"^\d{1,3}\s?(?:s|m|h|mins?|hrs?|minutes?|hours?)\s?ago\s*"
    rf"(?P<stamp>[A-Z][a-z]{{2,8}},?\s+[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d\s*[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)
# How far down the page the newest entry's stamp may stand: under the headline, the summary and an age line or two.
_TOP_PARAGRAPHS = 5


def live_entry_date(part: Part) -> list[Found]:
    """The day of the newest entry's glued stamp ("3m agoMon 6 Oct 2025 at 1:40am" gives 2025-10-06) near the top of
    the text (a list of one, as the other late readings give theirs), or an empty list."""
    for paragraph in part.paragraphs[:_TOP_PARAGRAPHS]:
        stamp = _ENTRY_STAMP.match(paragraph.strip())
        day = parse_header_date(stamp.group("stamp")) if stamp else None
        if day is not None:
            return [Found(day.isoformat(), paragraph.strip(), "live blog entry")]
    return []
