"""A page's day from a labelled field of its own that the date readers miss, or from a numeric stamp its dateline settles.

Some pages print their day only in a form no other reader takes, and were archived undated, every "on Tuesday" in
them unresolved.  Four shapes recur across sites:

- a "Date" field split over two lines, its value a date with the time of day ("Date" / "2017.05.20 / 10:59", the
  fields block a news site prints below the story beside "Author");
- a section's name and "of" before the full date with its weekday ("Actualités of Wednesday, 24 June 2015", the
  template of the GhanaWeb family of sites), the weekday agreeing with the date;
- a byline's "Posted:" or "Published:" with the day written with a dot ("Posted: 3. July 2018"), or a byline whose
  author's name the site left empty ("Written by on February 28, 2024", a radio station's template), at the top;
- a date in figures whose day and month may be either way round, with the time of day, alone on its line above the
  story ("06/08/2024 05:29 PM"), read only when the story's dateline names the day and month ("MEXICO CITY, Aug 6
  (Bernama-Sputnik) --"): the dateline settles which figure is the day and says the stamp is the story's.

A date printed in a closing credit may be the original report's, not the page's; these are not credits.  The "Date"
field is read only with a time of day and only when the line above it is the bare word, so an event's "Date: 12 May"
of an invitation, with no clock, is never one; the section line needs its weekday to agree with the date, so a
banner's day printed with another date is none; the stamp in figures needs the dateline's day.  Lines giving different
days settle nothing and give nothing: a wrong date is worse than none.  Read only when nothing else dates the page
(:func:`briefgen.ingest.add`'s last readings).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES, month_number

_YEAR = r"(?:19|20)\d\d"
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
# "2017.05.20 / 10:59", "2017-05-20 10:59": the year first, then the time of day.
_FIELD_VALUE = re.compile(rf"^(?P<date>{_YEAR}[./-][01]\d[./-][0-3]\d)\s*[/|,-]?\s*{_CLOCK}$")
_FIELD_NAME = re.compile(r"^(?:Date|Published|Posted)\s*:?$", re.IGNORECASE)
# "Actualités of Wednesday, 24 June 2015": one or two section words, "of", the weekday and the full date.
_SECTION_OF = re.compile(
    rf"^[A-Z][\w'’é-]+(?:\s[A-Z][\w'’é-]+)?\s+of\s+(?P<weekday>{'|'.join(WEEKDAY_NAMES)}),?\s+"
    rf"(?P<date>[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+{_YEAR})$"
)
_NEAR_TOP = 4
# "Posted: 3. July 2018": the day with a dot.
_DOTTED_DAY = re.compile(rf"^(?:Posted|Published)(?:\s+on)?\s*:?\s+(?P<day>[0-3]?\d)\.\s+(?P<rest>(?:{MONTH_PATTERN})\.?,?\s+{_YEAR})$")
# "Written by on February 28, 2024": the author's name left empty, the day after it.
_NAMELESS = re.compile(
    rf"^(?:Written|Posted|Published)\s+by\s+on\s+(?P<date>(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+{_YEAR}|[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+{_YEAR})$"
)
# "06/08/2024 05:29 PM": both figures could be the day; the time of day beside it.
_EITHER_WAY = re.compile(rf"^(?P<a>[01]?\d)/(?P<b>[01]?\d)/(?P<year>{_YEAR}),?\s+{_CLOCK}$")
# "MEXICO CITY, Aug 6 (Bernama-Sputnik) --": a dateline with the day and month, an agency's credit after it.
_DATELINE = re.compile(rf"^[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){{0,2}},\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>[0-3]?\d)\s+\(")


def _field(lines: list[str]) -> list[tuple[str, str]]:
    """The "Date" field's value on the line after the bare field name, with its time of day."""
    found = []
    for name, value in itertools.pairwise(lines):
        match = _FIELD_VALUE.match(value.strip())
        if _FIELD_NAME.match(name.strip()) and match is not None:
            found.append((match.group("date"), f"{name.strip()} {value.strip()}"))
    return found


def weekday_section_dates(paragraphs: list[str]) -> list[tuple[str, str]]:
    """ "Actualités of Wednesday, 24 June 2015" near the top, its weekday the date's."""
    found = []
    for paragraph in paragraphs[:_NEAR_TOP]:
        match = _SECTION_OF.match(paragraph.strip())
        day = parse_header_date(match.group("date")) if match is not None else None
        if match is not None and day is not None and WEEKDAY_NAMES[day.weekday()] == match.group("weekday"):
            found.append((match.group("date"), paragraph.strip()))
    return found


def _bylines(lines: list[str]) -> list[tuple[str, str]]:
    """A "Posted: 3. July 2018" line, the dot after the day dropped, or a "Written by on <date>" line."""
    found = []
    for line in lines:
        match = _DOTTED_DAY.match(line.strip())
        if match is not None:
            found.append((f"{match.group('day')} {match.group('rest')}", line.strip()))
        nameless = _NAMELESS.match(line.strip())
        if nameless is not None:
            found.append((nameless.group("date"), line.strip()))
    return found


def settled_stamp(stamp: str, paragraphs: list[str]) -> dt.date | None:
    """The day of a stamp in figures whose day and month could be either way round ("06/08/2024 05:29 PM"), when one
    of the first paragraphs opens on a dateline naming that day and month; else None."""
    match = _EITHER_WAY.match(stamp.strip())
    if match is None:
        return None
    for paragraph in paragraphs[:2]:
        dateline = _DATELINE.match(paragraph)
        month = month_number(dateline.group("month")) if dateline is not None else None
        if dateline is None or month is None:
            continue
        day, year = int(dateline.group("day")), int(match.group("year"))
        if (int(match.group("a")), int(match.group("b"))) in {(day, month), (month, day)}:
            return dt.date(year, month, day)
    return None


def field_date(part: Part) -> list[Found]:
    """The page's day from a "Date" field with its time, a section's "… of <weekday>, <date>", a "Posted: 3. July
    2018" byline, or a stamp in figures settled by the dateline, as a list of one; nothing otherwise."""
    removed = [r.text for r in part.removed]
    found = (
        _field(removed) + _field(part.paragraphs) + weekday_section_dates(part.paragraphs) + _bylines(removed + part.paragraphs[:_NEAR_TOP])
    )
    days = {parse_header_date(words) for words, _ in found}
    evidence = found[0][1] if found else ""
    for text in removed + part.paragraphs[:_NEAR_TOP]:
        settled = settled_stamp(text, part.paragraphs)
        if settled is not None:
            days.add(settled)
            evidence = evidence or text.strip()
    if len(days) != 1:
        return []
    day = days.pop()
    if day is None or not could_be_published(day):
        return []
    return [Found(day.isoformat(), evidence, "the page's date field (nothing else dates the page: check it)")]
