"""Page dates in an address in the forms :func:`briefgen.ingest.outlets.date_in_url` leaves alone.

- The year first, month and day unpadded, with the story's number after them: "…-2024-7-1-7", "/2024-7-1/".
  The year first is always followed by the month, so the reading is certain.
- A day, month and year followed by a time of day, as a publishing system stamps a page:
  "…-prosperity-05-03-2025-19-18-24".  Eight digits alone could be an id or either of two dates; a valid time of day
  after them shows a stamp, and a stamp written day first (the order of the rest of the world; an American stamp
  writes the year first) is read so.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.outlets import date_in_url, date_in_url_confirmed, first_date_in_url

_YEAR_FIRST_UNPADDED = re.compile(r"[-/_](?P<y>(?:19|20)\d\d)-(?P<m>1[0-2]|0?[1-9])-(?P<d>[0-3]?\d)(?:-\d{1,4})?(?=$|[/?#._])")
_DAY_FIRST_STAMP = re.compile(
    r"(?<![\d])(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)-(?:[01]\d|2[0-3])-[0-5]\d(?:-[0-5]\d)?(?=$|[/?#._])"
)


def stamped_date_in_url(url: str | None) -> tuple[dt.date, str] | None:
    """The page's date in one of the two forms above, and the digits that give it; None when there is none."""
    return first_date_in_url(url, (_YEAR_FIRST_UNPADDED, _DAY_FIRST_STAMP))


def date_in_address(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The page's date as its address writes it: the certain forms first, then eight digits the text confirms, then
    the forms above."""
    return date_in_url(url) or date_in_url_confirmed(url, text) or stamped_date_in_url(url)
