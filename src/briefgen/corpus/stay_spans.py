"""The days a stay is told to span: "visiting India from March 16 to 20", "from 14-17 March", "from July 2-6".

:mod:`briefgen.corpus.stays` reads a stay's last day from "until Friday" or
"between December 7 and 9", and its first day from an arrival.  News as often
gives the whole stay as a span of days with "from": "The Kiwi leader is
visiting India from March 16 to 20" against "The four-day visit (from March 17
to March 20)" (intake_final84), or one summit "held in Astana from July 2-6"
against "from July 3-4".  A span states both ends of the stay: its first day,
as an arrival does, and its last, as "until" does, so two reports of one visit
that span it from two different days, or to two, disagree on that end.

Only a span of days of one month, or of two months written out, is read, with
"from" before it (a range of years, "from 2019 to 2023", names no stay); a span
whose last day comes before its first is not read.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.text.dates import date_of
from briefgen.text.english import FULL_MONTH_PATTERN

_MO = rf"(?:{FULL_MONTH_PATTERN})"
_D = r"[0-3]?[0-9](?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|until|till)\s*"
#: "from March 16 to 20", "from March 17 to March 20", "from July 2-6", "from 14-17 March", "from 14 to 17 March",
#: "from 30 March to 2 April".
#: The word opens the pattern and its start is checked after it ("from" not after a letter), so the engine scans for
#: the word itself: half the time of a leading "\b" on 50,000 quotes, the same matches.
_SPAN = re.compile(
    rf"from(?<!\wfrom)\s+(?:(?P<m1>{_MO})\s+(?P<d1>{_D}){_TO}(?:(?P<m2>{_MO})\s+)?(?P<d2>{_D})"
    rf"|(?P<d3>{_D})(?:\s+(?P<m3>{_MO}))?{_TO}(?P<d4>{_D})\s+(?P<m4>{_MO}))\b"
)


def span_days(quote: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span of days the quote gives with "from", in ``year``; None if it gives none."""
    if "from" not in quote:
        return None
    found = _SPAN.search(quote)
    if found is None:
        return None
    if found.group("m1"):
        first = date_of(year, found.group("m1"), found.group("d1"))
        last = date_of(year, found.group("m2") or found.group("m1"), found.group("d2"))
    else:
        first = date_of(year, found.group("m3") or found.group("m4"), found.group("d3"))
        last = date_of(year, found.group("m4"), found.group("d4"))
    if first is None or last is None or last < first:
        return None
    return first, last
