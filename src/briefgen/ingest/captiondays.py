"""The day a photo's caption gives an undated page, when the lede names the same weekday.

A wire photo's caption dates its picture in full, weekday first ("… in Berlin, Germany, Sunday, May 26, 2024. (AP
Photo/…)"), and pages that host wire copy keep the caption while dropping the story's own date line.  Such a page was
archived undated and every "on Sunday", "last July" in it left unresolved.  A caption alone is no story's date: the
picture may be an old one from the archive.  But when the lede reports its news on the weekday the caption names
("President Emmanuel Macron on Sunday started …"), the picture was taken on the day of the news, and that day dates the
page as a dateline would: the story was written that day or the next, and the lede's weekday reads the same from
either.  A caption whose weekday does not fit its date is a typing slip and gives nothing; captions giving two such
days settle nothing and give nothing: a wrong date is worse than none.

A caption that writes its full date without the weekday ("… meeting with Jordanian King Abdullah II at al-Ittihadiya
Presidential Palace in Cairo, on December 3, 2022. (Jordanian Royal Palace / AFP)") dates the page the same way when
the lede's weekday is the one that date fell on ("Egypt and Jordan agreed on Saturday …"): the weekday the lede names
is checked against the calendar instead of against the caption's own word.  So is a caption left in the text, told by
its credit in brackets at the end ("… in Vientiane, August 9, 2021. (Photo: VNA)"), as round 98's fresh sample has it.
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
# A caption left in the text: a line closed by a photo's credit in brackets, "(Photo: VNA)", "(Photo: VNA) |".
_KEPT_CAPTION = re.compile(r"\((?:Photo|Photograph|Image|Picture)\s*:\s*[^()]{1,40}\)\s*\|?\s*$", re.IGNORECASE)
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


def _report_weekdays(paragraphs: list[str], captions: list[str]) -> set[str]:
    """The weekdays the report's first two paragraphs name, past the captions kept in the text and short lines."""
    report = [p for p in paragraphs[: _NEAR_TOP + 2] if p not in captions and len(p.split()) >= _LEDE_WORDS][:2]
    return {weekday for paragraph in report for weekday in _WEEKDAY.findall(paragraph)}


def _bare_days(caption: str) -> list[dt.date]:
    """Every full date the caption writes, with or without a weekday before it ("on December 3, 2022")."""
    return [day for match in TEXT_DATE.finditer(caption) if (day := parse_text_date(match.group(0))) is not None]


def caption_date(part: Part) -> list[Found]:
    """The day a photo caption gives the page when the lede names that day's weekday, as a list of one; nothing when
    no caption does, or when they give two different days."""
    weekdays = set(_WEEKDAY.findall(_lede(part.paragraphs)))
    captions = [line.text for line in part.removed_of("photo caption")]
    captions += [p for p in part.paragraphs[:_NEAR_TOP] if _KEPT_CAPTION.search(p)]
    reported = _report_weekdays(part.paragraphs, captions)
    found: dict[dt.date, str] = {}
    for caption in captions:
        named = caption_days(caption)
        for day in named or _bare_days(caption):
            if WEEKDAY_NAMES[day.weekday()] in (weekdays if named else reported) and could_be_published(day):
                found.setdefault(day, caption)
    if len(found) != 1:
        return []
    day, words = next(iter(found.items()))
    return [Found(day.isoformat(), words, "photo caption")]
