"""The place a publication stamp names after its date: "Published - December 05, 2023 04:04 pm IST - New Delhi".

Some sites print no dateline in the text and put the place the story was filed
from at the end of the stamp line under the headline instead.  A name after a
stamp could also be its writer's, so the place is read only from a stamp that
says it was published, posted or updated, with the time of day, and only when the
article's own text writes the same name again ("… in New Delhi"): a city the
story happens in is named in it, a writer seldom is.
"""

from __future__ import annotations

import re

from briefgen.ingest.bylines import STAMP_PLACE
from briefgen.ingest.meta import Found
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES

_CLOCK_TO_PLACE = (
    r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    rf"\s+[-–—|]\s+(?P<place>{STAMP_PLACE})$"
)
# "Published - December 05, 2023 04:04 pm IST - New Delhi", "Updated - November 17, 2024 06:50 pm IST - Abuja".
_STAMP_PLACE = re.compile(rf"^(?:published|posted|updated)\b[^|]*?(?:{MONTH_PATTERN})[^|]*?{_CLOCK_TO_PLACE}", re.IGNORECASE)
# "October 09, 2023 02:59 am | Updated 02:59 am IST - New Delhi": the day first, then the update's time and the place.
_DAY_THEN_UPDATE_PLACE = re.compile(
    rf"^(?:{MONTH_PATTERN})\s+\d{{1,2}},?\s+\d{{4}}[^|]*?\|\s*(?:published|posted|updated)\b[^|]*?{_CLOCK_TO_PLACE}", re.IGNORECASE
)
_NOT_PLACES = {*WEEKDAY_NAMES, "Today", "Yesterday"}


def stamp_place(stamps: list[str], text: str) -> Found | None:
    """The place the first such stamp line names (see the module's docstring), or None."""
    for stamp in (line.strip() for line in stamps):
        match = _STAMP_PLACE.match(stamp) or _DAY_THEN_UPDATE_PLACE.match(stamp)
        if match is None:
            continue
        place = match.group("place")
        written = place.title() if place.isupper() else place
        if place.title() in _NOT_PLACES or not re.search(rf"\b{re.escape(written)}\b", text):
            return None
        return Found(place, stamp, "stamp")
    return None
