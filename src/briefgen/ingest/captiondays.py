"""The day a photo's caption gives an undated page, when the lede names the same weekday.

A wire photo's caption dates its picture in full, weekday first ("… in Berlin, Germany, Sunday, May 26, 2024. (AP
Photo/…)"), and pages that host wire copy keep the caption while dropping the story's own date line.  Such a page was
archived undated and every "on Sunday", "last July" in it left unresolved.  A caption alone is no story's date: the
picture may be an old one from the archive.  But when the lede reports its news on the weekday the caption names
("President Emmanuel Macron on Sunday started …"), the picture was taken on the day of the news, and that day dates the
page as a dateline would: the story was written that day or the next, and the lede's weekday reads the same from
either.  A caption whose weekday does not fit its date is a typing slip and gives nothing; captions giving two such
days settle nothing and give nothing: a wrong date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import TEXT_DATE, Found, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import FULL_WEEKDAY_PATTERN, WEEKDAY_NAMES, is_bullet

# "Sunday, May 26, 2024", "Tuesday 3 September 2024": a weekday written just before a full date.
_WEEKDAY_DATE = re.compile(rf"\b(?P<weekday>{FULL_WEEKDAY_PATTERN}),?\s+(?P<date>{TEXT_DATE.pattern})")
_WEEKDAY = re.compile(rf"\b(?:{FULL_WEEKDAY_PATTERN})\b")
# The lede is a sentence of the report: the first paragraph of this many words or more among the first few, past a
# gallery's "View All (7)" or a section's name.
_LEDE_WORDS = 12
_NEAR_TOP = 4


def _lede(paragraphs: list[str]) -> str:
    """The first paragraph near the top long enough to be the report's opening sentence, or nothing."""
    lines = [p for p in paragraphs[:_NEAR_TOP] if not is_bullet(p) and len(p.split()) >= _LEDE_WORDS]
    return lines[0] if lines else ""


def caption_days(caption: str) -> list[dt.date]:
    """Every full date the caption writes after a weekday that fits it ("Sunday, May 26, 2024")."""
    days: list[dt.date] = []
    for match in _WEEKDAY_DATE.finditer(caption):
        day = parse_text_date(match.group("date"))
        if day is not None and WEEKDAY_NAMES[day.weekday()] == match.group("weekday"):
            days.append(day)
    return days


def caption_date(part: Part) -> list[Found]:
    """The day a photo caption gives the page when the lede names that day's weekday, as a list of one; nothing when
    no caption does, or when they give two different days."""
    weekdays = set(_WEEKDAY.findall(_lede(part.paragraphs)))
    found: dict[dt.date, str] = {}
    for line in part.removed_of("photo caption"):
        for day in caption_days(line.text):
            if WEEKDAY_NAMES[day.weekday()] in weekdays and could_be_published(day):
                found.setdefault(day, line.text)
    if len(found) != 1:
        return []
    day, words = next(iter(found.items()))
    return [Found(day.isoformat(), words, "photo caption")]
