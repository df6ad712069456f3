"""Datelines that credit the copy before its day: "Beijing (Xinhua), Feb 17 -- …", "DHAKA (UNB), Feb 17: …",
"Beijing (AFP) April 11, 2025 - …".

The first readings (:func:`briefgen.ingest.meta.dateline`) take the credit after the day ("ISLAMABAD, Feb 5 (APP):")
or a credit and a dash with no day ("Hanoi (VNA) – …"); with the credit first and the day after it, the dateline was
read not at all, and the page lost both its place and its day.  Without a publication date the page's "on Monday" and
"last week" cannot be resolved either, so the day is worth as much as the place.

Space Media Network's sites (Space War, Africa Daily, Sino Daily …) print the same dateline right after a byline that
names no one, on one line with the report: "by Staff Writers Addis Ababa (AFP) May 04, 2014 Chinese Premier Li Keqiang
arrived …".  The staff byline is passed over and the dateline after it read; a byline naming someone is not, as a name
may run into the place.

The day is given as the dateline writes it: with its year it is the publication date; without one it is left to
:mod:`briefgen.ingest.dayline`, which reads the year only where the page settles it.  The bracket names who wrote the
copy, not necessarily who published it, so it is not read as the outlet.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_text_date, titled_place
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.speakerlines import is_speaker_line
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES

# A dateline's place (one to three words, in title case or capitals) and its day of the month.
PLACE = r"[A-Z][a-zà-ÿ'’.]+(?:[ -][A-Z][a-zà-ÿ'’.]+){0,2}|[A-Z][A-Z'.-]{2,}(?:[ -][A-Z][A-Z'.-]+){0,2}"
DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_CREDIT_THEN_DAY = re.compile(
    rf"^(?P<place>{PLACE})(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})?\s*\((?P<credit>[A-Za-z][A-Za-z/&. -]{{1,40}})\)\s*,?\s*"
    rf"(?P<md>(?:{MONTH_PATTERN})\s+{DAY}|{DAY}\s+(?:{MONTH_PATTERN}))(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:--|[:—–-])?\s+(?=[A-Z“\"‘])"
)
# A byline naming no one, printed before the dateline on the same line: "by Staff Writers Addis Ababa (AFP) May 04, 2014".
_STAFF_BYLINE = re.compile(r"^by\s+staff\s+writers?\s+(?=[A-Z])", re.IGNORECASE)
# Words that open a sentence or a label, never a place: "Updated (AFP), Feb 17 …" is no dateline.
NOT_PLACES = frozenset(("The", "A", "An", "This", "That", "Updated", "Published", "Posted", *WEEKDAY_NAMES))
# How many of the first paragraphs may hold the dateline: below a caption, a standfirst and a byline at most.
LOOK = 6


def credit_then_day(paragraphs: list[str]) -> dict[str, Found]:
    """The place and the day (the publication date, when the year is written) of such a dateline near the top."""
    for paragraph in paragraphs[:LOOK]:
        if is_speaker_line(paragraph):
            continue
        match = _CREDIT_THEN_DAY.match(_STAFF_BYLINE.sub("", paragraph.strip(), count=1))
        if match is None or match.group("place").split()[0].title() in NOT_PLACES:
            continue
        return place_and_day(match, match.group(0).strip(" :—–-"))
    return {}


def place_and_day(match: re.Match[str], evidence: str) -> dict[str, Found]:
    """The place of a dateline ``match`` (groups place, md, year) and, with its year written, the publication date;
    without one, its day as written, for :mod:`briefgen.ingest.dayline` to settle."""
    found = {"place": Found(titled_place(match.group("place")), evidence, "dateline")}
    if match.group("year"):
        day = parse_text_date(f"{match.group('md')} {match.group('year')}")
        if day is not None and could_be_published(day):
            found["published"] = Found(day.isoformat(), evidence, "dateline")
        return found
    return {**found, "day": Found(match.group("md"), evidence, "dateline")}
