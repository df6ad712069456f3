"""A stamp in figures that reads two ways, read the way the page's own dateline names its day.

Andina's English pages close on "Published: 11/7/2019": month first, as American copy writes it, yet 11 July is as
valid a reading as 7 November, and a stamp with two readings dated nothing (:func:`briefgen.ingest.meta.parse_header_date`
will not guess).  The page then went undated, and every "on Thursday" and "on November 6-7" of the story was left
unresolved, though the dateline over the lede says "Tumbes (Tumbes region), Nov. 7.": the day in words, without its
year.  The stamp gives the year and the dateline the month, so together they give the day; the reading the dateline
confirms is the stamp's (as :func:`briefgen.ingest.meta.numeric_date` already reads a dateline's own figures).

Only the dateline's words confirm: a day the story names further down ("the summit of July 11") may be another
occasion's, and reading the stamp by it would date the page by that occasion.  A stamp with one valid reading
("10/20/2017") never reaches this, and one the dateline confirms neither way stays undated.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.clockdatelines import clock_dateline
from briefgen.ingest.meta import find_dateline, numeric_date

#: A date in figures, day and month in either order and the year last, parted by slashes or dashes ("11/7/2019").
#: Full stops are left out: "05.03.2025" is read day first wherever it stands.
_TWO_WAY = re.compile(r"(?<![\d./-])(?P<a>[01]?\d)(?P<sep>[/-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])")


def stamp_by_dateline(when: str, paragraphs: list[str]) -> dt.date | None:
    """The day of a stamp in figures with two readings (``when``) that the words of the story's dateline confirm (found
    among its ``paragraphs`` as :func:`briefgen.ingest.meta.find_dateline` finds it, or after the time of filing as
    :func:`briefgen.ingest.clockdatelines.clock_dateline` does); else None."""
    match = _TWO_WAY.search(when)
    dateline = (find_dateline(paragraphs) or clock_dateline(paragraphs)).get("place") if match is not None else None
    if match is None or dateline is None:
        return None
    return numeric_date(int(match.group("a")), int(match.group("b")), int(match.group("y")), dateline.evidence)
