"""A day written as its weekday and then the date in figures in brackets: "on Monday (01/09/2023)".

Indonesian reports write the day of the news so ("Senin (9/1/2023)"), and their English renderings keep the shape,
with the figures in either order: day first as in the original, or month first as a translation may set them.  The
figures alone cannot say which ("01/09/2023" is 9 January or 1 September), but the weekday beside them can: only one
of the two readings falls on a Monday.  The day is read when exactly one reading falls on the weekday written; when
both or neither do, nothing is.  As the lede's full date with its weekday ("on Wednesday, September 4, 2024") is
read, this is read only as a last reading of the publication date (:func:`briefgen.ingest.dayline.lede_date`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from briefgen.text.english import weekday_number

# "Monday (01/09/2023)", "Monday (9/1/2023)", "Monday (01-09-2023)".
_WEEKDAY_FIGURES = re.compile(
    r"\b(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*\(\s*(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d)\s*\)",
    re.IGNORECASE,
)


def weekday_figures(text: str) -> list[tuple[dt.date, str, int]]:
    """Every date ``text`` writes as a weekday and figures in brackets that the weekday settles: (date, words, where)."""
    found: list[tuple[dt.date, str, int]] = []
    for match in _WEEKDAY_FIGURES.finditer(text):
        day = weekday_reading(weekday_number(match.group("weekday")), int(match.group("a")), int(match.group("b")), int(match.group("y")))
        if day is not None:
            found.append((day, match.group(0), match.start()))
    return found


def day_month_readings(a: int, b: int, year: int) -> set[dt.date]:
    """The real days the figures ``a`` and ``b`` write as day and month, either way round (one, two or none)."""
    readings: set[dt.date] = set()
    for day, month in ((a, b), (b, a)):
        with contextlib.suppress(ValueError):
            readings.add(dt.date(year, month, day))
    return readings


def weekday_reading(weekday: int, a: int, b: int, year: int) -> dt.date | None:
    """The one reading of the figures ``a`` and ``b`` as day and month, either way round, that falls on ``weekday``
    (0 for Monday); None when both readings do, or neither."""
    agreeing = [reading for reading in day_month_readings(a, b, year) if reading.weekday() == weekday]
    return agreeing[0] if len(agreeing) == 1 else None
