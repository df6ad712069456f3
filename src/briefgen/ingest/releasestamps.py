"""A page's own stamp in shapes press offices, mail archives and aggregators print, read when nothing else dates it.

A page left undated leaves every "yesterday" and weekday on it unresolved; these shapes were seen on pages that were
archived undated though they print their day:

- a press release's release line, "FOR IMMEDIATE RELEASE May 21, 2009" (the White House's readouts, reposted on
  blogs): the line names nothing but the release and its day, so the day is the release's own; an event the release
  announces is dated in its sentences, never on this line;
- a lede that opens with its full date and a colon, "January 21, 2021: Leaders over the world reacted …" (a
  magazine's news brief under a site's banner): a date a sentence is about is written inside it ("On January 21,
  2021, the leaders …"), never before it and set off by a colon, so the date is the entry's day, as a dateline's is
  (:mod:`briefgen.ingest.openingdates` reads the same date set off by a dash);
- a forwarded mail's "Sent:" field among its "From:", "To:" and "Subject:" fields ("Sent: Monday, September 12, 2016
  5:33 PM", a press pool's report): the fields are the mail's header, and the mail is the report;
- a credit glued to the day in figures, "The Print03-05-2025" (an aggregator's credit line for the report it
  reposts): the credit and the date are one line the page prints for its own copy.  The order of day and month is
  never guessed (as in :mod:`briefgen.ingest.dasheddates`): when both orders make a day, a reading is taken only if
  the text names its month and not the other's, or if the first weekday the report names in its opening paragraphs
  (a quotation may stand first) falls on it and not on the other ("as Prime Minister Narendra Modi Saturday
  announced": 3 May 2025 was a Saturday, 5 March a Wednesday).

Each is read only among the lines over the story or its first few paragraphs, and only as a day the page could carry
when saved (:func:`briefgen.ingest.publishable.could_be_published`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import TEXT_DATE, Found, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.ingest.weekdayfigures import day_month_readings, weekday_reading
from briefgen.text.english import FULL_WEEKDAY_PATTERN, lead_paragraph, names_month, weekday_number

_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
#: "FOR IMMEDIATE RELEASE May 21, 2009", "For Immediate Release: 21 May 2009 – 10:00": the label, the date, a time.
_RELEASE_LINE = re.compile(
    rf"(?i:for\s+immediate\s+release)\s*[:–—-]?\s*(?:(?:{FULL_WEEKDAY_PATTERN}),?\s+)?(?P<date>{TEXT_DATE.pattern})"
    rf"(?:\s*[,–—-]?\s*{_CLOCK})?\s*"
)
#: "January 21, 2021: Leaders …": the lede's full date closed by a colon, the report's first word in capitals.
_COLON_OPENING = re.compile(rf"^\s*(?:(?:{FULL_WEEKDAY_PATTERN}),?\s+)?(?P<date>{TEXT_DATE.pattern})\s*:\s+(?=[A-Z“\"])")
#: "Sent: Monday, September 12, 2016 5:33 PM": a mail's sending field, its weekday, date and time.
_SENT_FIELD = re.compile(rf"Sent\s*:\s*(?:(?:{FULL_WEEKDAY_PATTERN}),?\s+)?(?P<date>{TEXT_DATE.pattern})(?:\s+{_CLOCK})?\s*")
#: The other fields of a mail's header, one of which must stand beside the "Sent:" field.
_MAIL_FIELD = re.compile(r"(?:From|To|Subject)\s*:\s*\S")
#: "The Print03-05-2025": a credit of words, its last letter glued to the day, month and year in figures with dashes.
_GLUED_CREDIT = re.compile(r"(?P<credit>[A-Z][A-Za-z&'. ]{1,40}[A-Za-z.])(?P<a>[0-3]\d)-(?P<b>[0-3]\d)-(?P<y>(?:19|20)\d\d)")
#: A weekday the report names with a capital ("Modi Saturday announced"), looked for in its first few paragraphs.
_OPENING_WEEKDAY = re.compile(rf"\b({FULL_WEEKDAY_PATTERN})\b")
#: How many paragraphs from the top a release line or a mail's header may stand (over a caption and an office's name).
_NEAR_TOP = 8
_OPENING = 3


def release_stamp_date(part: Part) -> list[Found]:
    """The page's own day from one of the shapes above (as a one-item list); else nothing."""
    return _release_line(part) or _colon_opening(part) or _sent_field(part) or _glued_credit(part)


def _top_lines(part: Part) -> list[str]:
    """The lines taken off over the story, then its first few paragraphs, stripped."""
    over = [line.text.strip() for line in part.removed if line.after == 0]
    return over + [paragraph.strip() for paragraph in part.paragraphs[:_NEAR_TOP]]


def _found(text: str, line: str, how: str) -> list[Found]:
    day = parse_text_date(text)
    return [Found(day.isoformat(), line, how)] if day is not None and could_be_published(day) else []


def _release_line(part: Part) -> list[Found]:
    for line in _top_lines(part):
        match = _RELEASE_LINE.fullmatch(line)
        if match is not None:
            return _found(match.group("date"), line, "press release's release line")
    return []


def _colon_opening(part: Part) -> list[Found]:
    lede = lead_paragraph(part.paragraphs)
    match = _COLON_OPENING.match(lede)
    return _found(match.group("date"), match.group(0).strip(" :"), "date opening the lede") if match is not None else []


def _sent_field(part: Part) -> list[Found]:
    lines = _top_lines(part)
    for index, line in enumerate(lines):
        match = _SENT_FIELD.fullmatch(line)
        beside = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        if match is not None and any(_MAIL_FIELD.match(other) for other in beside):
            return _found(match.group("date"), line, "forwarded mail's sending field")
    return []


def _glued_credit(part: Part) -> list[Found]:
    for line in part.removed:
        match = _GLUED_CREDIT.fullmatch(line.text.strip()) if line.after == 0 else None
        day = _settled_reading(match, part) if match is not None else None
        if day is not None and could_be_published(day):
            return [Found(day.isoformat(), line.text.strip(), "credit line glued to its date")]
    return []


def _settled_reading(match: re.Match[str], part: Part) -> dt.date | None:
    """The one reading of the figures as day and month that is a real day, or that the text's month names or the
    opening's weekday settle (see the module's docstring); None when nothing settles it."""
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = day_month_readings(a, b, year)
    if len(readings) == 1:
        return readings.pop()
    text = "\n".join(part.paragraphs)
    named = [reading for reading in readings if names_month(reading.month, text)]
    if len(named) == 1:
        return named[0]
    weekday = _OPENING_WEEKDAY.search("\n".join(part.paragraphs[:_OPENING]))
    return weekday_reading(weekday_number(weekday.group(1)), a, b, year) if weekday is not None and not named else None
