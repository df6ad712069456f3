"""Publication stamps printed in shapes the other date readers do not take, read only when nothing else dates the page.

An undated page leaves every weekday and "yesterday" on it unresolved, so a stamp the page prints for itself is worth
reading even where it stands oddly; but a wrong day is worse than none, so each shape is read only where it can be the
page's own:

- an update stamp alone at the page's foot ("Updated 07 June 2017" under the story's headline printed again there):
  the publication stamps at the foot are read by :mod:`briefgen.ingest.footstamps`; a site that prints only the
  update gives no other day, and the day is read when it is the only dated line of the foot (a box of other stories
  prints one per teaser);
- a section's kicker run into the stamp, in capitals, as a paragraph among the first few ("POLITICS MARCH 25. 2023
  17:07"): the paragraph is nothing but the kicker, the date and a time of day, so it is no sentence of the story;
- a date in figures with its weekday above the lede ("Wed, 02/09/2011 - 08:20", a Drupal site's stamp): day and
  month could be read either way, but only one reading falls on that weekday (9 February 2011 was a Wednesday,
  2 September a Friday), and that one is read; when both or neither do, nothing is;
- a content system's fields line among the first few paragraphs, its time field a date in figures, year first, with
  the time of day ("Author:hhen Source:Original Time:2015-06-23 16:32 hits:", a district government's news page):
  every other word of the line is a field's label or its short value, so the line is the page's record of itself.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.bylines import is_stamp_line
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.releasestamps import release_stamp_date
from briefgen.ingest.text import Part
from briefgen.ingest.weekdayfigures import weekday_reading
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_WORDS

#: "Updated 07 June 2017", "Last updated: 3 May 2021 10:12": an update label and the stamp after it.
_UPDATE_LABEL = re.compile(r"^\s*(?:last\s+)?updated\b", re.IGNORECASE)
#: "POLITICS MARCH 25. 2023 17:07": a kicker in capitals, the month in capitals, the day with a stop or comma, the year.
_KICKER_STAMP = re.compile(
    rf"(?P<kicker>[A-Z][A-Z&' -]{{1,30}}?)\s+(?P<month>{MONTH_PATTERN})\s+(?P<day>[0-3]?\d)[.,]\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s+(?:[01]?\d|2[0-3])[:.][0-5]\d)?",
    re.IGNORECASE,
)
#: "Wed, 02/09/2011 - 08:20": a weekday, a date in figures with slashes, perhaps a time of day.
_WEEKDAY_FIGURES = re.compile(
    r"(?P<weekday>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?:\s*[-–|,]?\s*(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[AaPp][Mm])?)?"
)
#: "Author:hhen Source:Original Time:2015-06-23 16:32 hits:": labelled fields, one of them the time, year first.
_FIELDS_STAMP = re.compile(
    r"(?:(?:author|source|editor|hits|views|clicks)\s*:\s*[^:\s]{0,20}\s+)*(?:time|date)\s*:\s*"
    r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"(?:\s+(?:author|source|editor|hits|views|clicks)\s*:\s*[^:\s]{0,20})*\s*",
    re.IGNORECASE,
)
_WEEKDAYS = tuple(name[:3] for name in WEEKDAY_WORDS)  # "Wed" and "Wednesday" alike
#: How many paragraphs from the top a kicker's stamp may stand: over or just under the lede.
_TOP = 3


def printed_stamp_date(part: Part) -> list[Found]:
    """The day of the page's own stamp in one of the shapes above (as a one-item list); else nothing."""
    return _foot_update(part) or _kicker_stamp(part) or _weekday_figures(part) or _fields_stamp(part) or release_stamp_date(part)


def _foot_update(part: Part) -> list[Found]:
    foot = [line for line in part.removed if line.kind == "furniture part" and line.after >= len(part.paragraphs)]
    dated = [(line.text, day) for line in foot if (day := parse_header_date(line.text)) is not None]
    if len(dated) != 1 or not _UPDATE_LABEL.match(dated[0][0]) or not is_stamp_line(dated[0][0]):
        return []
    text, day = dated[0]
    return [Found(day.isoformat(), text, "update stamp at the page's foot")]


def _kicker_stamp(part: Part) -> list[Found]:
    for paragraph in part.paragraphs[:_TOP]:
        match = _KICKER_STAMP.fullmatch(paragraph.strip())
        if match is None or not (match.group("month").isupper() and match.group("kicker").isupper()):
            continue
        day = parse_header_date(f"{match.group('month')} {match.group('day')}, {match.group('year')}")
        return [Found(day.isoformat(), paragraph, "kicker's time stamp")] if day is not None else []
    return []


def _weekday_figures(part: Part) -> list[Found]:
    for line in part.removed:
        if line.after > 1:  # over the lede, or over one stub line of the site's ("ID :" over the stamp)
            return []
        match = _WEEKDAY_FIGURES.fullmatch(line.text.strip())
        day = _on_weekday(match) if match is not None else None
        if day is not None:
            return [Found(day.isoformat(), line.text, "time stamp with its weekday")]
    return []


def _on_weekday(match: re.Match[str]) -> dt.date | None:
    """The one reading of day and month that falls on the stamp's weekday, or None."""
    weekday = _WEEKDAYS.index(match.group("weekday")[:3].lower())
    return weekday_reading(weekday, int(match.group("a")), int(match.group("b")), int(match.group("year")))


def _fields_stamp(part: Part) -> list[Found]:
    for paragraph in part.paragraphs[:_TOP]:
        match = _FIELDS_STAMP.fullmatch(paragraph.strip())
        day = parse_header_date(match.group("date")) if match is not None else None
        if day is not None:
            return [Found(day.isoformat(), paragraph, "content system's time field")]
    return []
