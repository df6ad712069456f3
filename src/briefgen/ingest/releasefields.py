"""A page's day from its own "Release date" or "Release time" field near the top.

Press offices (a chamber of commerce, an intergovernmental forum's news page) print the day they released the page in
a field of its own above the story, and no other reader takes it: "Release Date: Jan 15, 2010Contact: 888-249-NEWS"
(the next field run into it when the page was saved), "Release time:2023-12-07".  The page was left undated and every
"on Tuesday" in it unresolved.

The field names the page's own release: an original report a page quotes, or an event it announces, is dated in the
text ("the summit on 15 January"), never under this label.  It is read only from the lines removed above the story and
its first few paragraphs, only with a full date right after the label (a time of day may follow, or another field's
label with its colon), only when every such field gives the same day, and only when nothing else dates the page
(:func:`briefgen.ingest.add`'s last readings); a day after the page could have been saved is none.  A page with no
such field may still have a "Date:" field giving its day in figures after the weekday
(:mod:`briefgen.ingest.weekdayfields`), read here after it.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.publishable import the_one_day
from briefgen.ingest.text import Part
from briefgen.ingest.weekdayfields import weekday_field_date
from briefgen.text.english import MONTH_PATTERN

_YEAR = r"(?:19|20)\d\d"
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
_FULL_DATE = rf"(?:{MONTH_PATTERN})\s+[0-3]?\d,?\s+{_YEAR}|[0-3]?\d\s+(?:{MONTH_PATTERN}),?\s+{_YEAR}|{_YEAR}-[01]\d-[0-3]\d"
# "Release Date: Jan 15, 2010", "Release time:2023-12-07 10:30", "Release Date: Jan 15, 2010Contact: …".
_FIELD = re.compile(
    rf"^(?i:Release\s+(?:date|time))\s*:\s*(?P<date>{_FULL_DATE})(?:[\s,]+{_CLOCK})?\s*(?:[A-Z][a-z]+(?:\s[A-Za-z]+)?\s*:.*)?$"
)
_NEAR_TOP = 4


def release_date(part: Part) -> list[Found]:
    """The page's day from a "Release date:" or "Release time:" field at its top, else from a "Date:" field with its
    weekday (:mod:`briefgen.ingest.weekdayfields`), as a list of one; nothing otherwise."""
    return _release_field(part) or weekday_field_date(part)


def _release_field(part: Part) -> list[Found]:
    """The day of the "Release date:" or "Release time:" fields, if they agree (as a list of one)."""
    found = []
    for line in [r.text for r in part.removed] + part.paragraphs[:_NEAR_TOP]:
        match = _FIELD.match(line.strip())
        day = parse_header_date(match.group("date")) if match is not None else None
        if match is not None and day is not None:
            found.append((day, line.strip()))
    agreed = the_one_day(found)
    if agreed is None:
        return []
    return [Found(agreed[0].isoformat(), agreed[1], "the page's release field (nothing else dates the page: check it)")]
