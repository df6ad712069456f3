"""A reporter's name and the place in capitals the story was filed from, on one line: a byline with its dateline.

Zimbabwe's Herald (and the sites that copy its stories whole) prints no dateline before the lede of a story filed
abroad; the line above the lede names the reporter and, in capitals, the city, then its country: "Kudakwashe Mugari in
MAPUTO, Mozambique".  Read as a headline, the reporter's line became the page's title and its place was lost; read as
text, it was the first paragraph of the report.  The line is the header's byline, and its city is the story's place,
as a dateline's would be.

The city in capitals is what makes it a dateline: "Deji Elumoye in Abuja", a reporter's line with the place in title
case, is read where it stands in the text (:mod:`briefgen.ingest.headerplaces`), and "By Jane Doe in Maputo" and "From
our correspondent in Paris" are bylines of their own shape (:mod:`briefgen.ingest.bylines`).  The name must read as a
person's (two or three words in a name's capitals), so a sentence ("Talks in HARARE") or a headline with a place in
capitals ("Mnangagwa Arrives in MAPUTO for Talks") is never one.

An Indian daily's staff sign the same way with no name: "Staff Reporter / New Delhi", the desk's credit, a slash and the
city in title case, alone on the line above the lede.  The slash after a staff credit is what makes it a dateline (a
headline never opens on "Staff Reporter"); the line is the byline, naming no one, and its city is the place.
"""

from __future__ import annotations

import re

from briefgen.ingest.header import is_name_line
from briefgen.ingest.sourcecredits import STAFF_CREDIT
from briefgen.text.english import MONTH_NAMES, WEEKDAY_NAMES

_REPORTER_DATELINE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+in\s+"
    r"(?P<place>[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]{1,}){0,2})"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?"
)
_NOT_PLACES = frozenset(w.upper() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
# "Staff Reporter / New Delhi", "Our Correspondent | Lahore": a staff credit, a slash or a bar, a city in title case.
_STAFF_PLACE = re.compile(rf"(?P<credit>{STAFF_CREDIT.pattern})\s*[/|]\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})", re.IGNORECASE)
_OPENERS = frozenset(("By", "From"))  # "By Jane Doe in Maputo", "From Jane Doe in Paris": bylines.py reads them


def _staff_place(line: str) -> str | None:
    match = _STAFF_PLACE.fullmatch(line.strip())
    place = match.group("place") if match else None
    return place if place and place[0].isupper() and place.split()[0].upper() not in _NOT_PLACES else None


def _match(line: str) -> re.Match[str] | None:
    match = _REPORTER_DATELINE.fullmatch(line.strip())
    if match is None or match.group("name").split()[0] in _OPENERS or not is_name_line(match.group("name")):
        return None
    place = match.group("place")
    if place.split()[0] in _NOT_PLACES or not re.search(r"[AEIOUY]", place):
        return None
    return match


def is_reporter_dateline(line: str) -> bool:
    """Whether a whole line is a reporter's name and the city in capitals, "Kudakwashe Mugari in MAPUTO, Mozambique", or
    a staff credit and its city, "Staff Reporter / New Delhi"."""
    return _match(line) is not None or _staff_place(line) is not None


def reporter_dateline_name(line: str) -> str | None:
    """The reporter such a line names ("Kudakwashe Mugari"), or None for any other line."""
    match = _match(line)
    return match.group("name") if match else None


def reporter_dateline_city(line: str) -> str | None:
    """The city such a line names, as it spells it ("MAPUTO"), or None for any other line; the place is read from the
    line taken off the top of the article as its byline (:func:`briefgen.ingest.headerplaces.header_place`)."""
    match = _match(line)
    return match.group("place") if match else _staff_place(line)
