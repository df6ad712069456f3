"""Datelines that close on the agency's name between slashes: "Astana, Dec. 25, 2017. / Kabar /. Kyrgyzstan and …".

Some agencies date their copy with the place and the day, then a full stop, then their own name set between two
slashes, and only then the report's first sentence ("Bishkek, March 3, 2019. / Kabar /."; the stop after the day, or
after the second slash, may be left out).  The first readings take a credit in brackets ("ISLAMABAD, Feb 5 (APP):") or a
dash after the day; a credit between slashes they read as neither, so the page lost its place and, with the year written
there, its publication date too.  Between slashes only a name stands ("/ Kabar /"), which no sentence opens with after
a place and a day: the slashes say it is a dateline.

The day is given as the dateline writes it: with its year it is the publication date; without one it is left to
:mod:`briefgen.ingest.dayline`, which reads the year only where the page settles it.  The name between the slashes
says who wrote the copy, not who published it, so it is not read as the outlet.
"""

from __future__ import annotations

import re

from briefgen.ingest.creditdays import DAY, LOOK, NOT_PLACES, PLACE, place_and_day
from briefgen.ingest.meta import Found
from briefgen.text.english import MONTH_PATTERN

_SLASH_CREDIT = re.compile(
    rf"^(?P<place>{PLACE}),\s*(?P<md>(?:{MONTH_PATTERN})\s+{DAY}|{DAY}\s+(?:{MONTH_PATTERN}))(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\.?\s*/\s*(?P<credit>[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,3})\s*/\s*\.?\s+(?=[A-Z“\"‘])"
)


def slash_credit_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The place and the day (the publication date, when the year is written) of such a dateline near the top."""
    for paragraph in paragraphs[:LOOK]:
        match = _SLASH_CREDIT.match(paragraph.strip())
        if match is None or match.group("place").split()[0].title() in NOT_PLACES:
            continue
        return place_and_day(match, match.group(0).strip(" ."))
    return {}
