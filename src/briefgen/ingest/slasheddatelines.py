"""Two datelines that write the page's full date in a shape the dateline readings do not take.

The Ethiopian News Agency's dateline, "Addis Ababa March 03/2019", reposted without the agency's initials:

ENA dates its copy with the place, the month and day, a slash and the year, then "(ENA)"; that shape is read, date and
place, by :mod:`briefgen.ingest.dateddatelines`.  Sites that repost ENA's copy (blogs, diaspora news sites) often drop
the "(ENA)" and keep the rest: "Addis Ababa March 03/2019 Prime Minister Abiy Ahmed and Kenyan President …".  The page
was left undated.  The day written with its year after a slash, right after a place in title case that opens the
report, is still a dateline: a sentence writes a date as "March 3, 2019", never "March 03/2019".  A sentence may open on
a word in title case that is no place ("On March 03/2019 …", "Since …"), so such words are not read as one.  Read only
from a paragraph among the first few, and only when nothing else dates the page.

Egypt Today's dateline, the place in capitals, a dash, the day, the month and the year, then a colon: "CAIRO – 18
January 2018: President Abdel Fatah al-Sisi …".  The place is read by the dash datelines; the date after it, closed by
a colon, was not, and a page whose header stamp was lost was left undated.  The capitals, the dash and the colon after
the full date make it a dateline: a sentence writes none of them so.  Read from the first few paragraphs only.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN

_TITLE = r"[A-Z][a-zà-ÿ'’.]+"
_SLASHED = re.compile(
    rf"^(?P<place>{_TITLE}(?:\s{_TITLE}){{0,2}})\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"
    r"\s+(?=[A-Z“\"])"
)
# "CAIRO – 18 January 2018: …": a place in capitals, a dash (or a hyphen between spaces), the full date, a colon.
_COLONED = re.compile(
    rf"^[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){{0,2}}\s+[–—-]\s+(?P<date>[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d|"
    rf"(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d):\s+(?=[A-Z“\"])"
)
_NOT_PLACES = frozenset(["On", "In", "By", "Since", "Until", "From", "Before", "After", "The", "Last", "Next", "This", "As", "At"])
_NEAR_TOP = 3


def slashed_dateline(part: Part) -> list[Found]:
    """The day of a dateline "Place Month DD/YYYY" without an agency's initials, or "PLACE – D Month YYYY:", opening one
    of the first paragraphs, as a list of one; nothing otherwise."""
    for paragraph in part.paragraphs[:_NEAR_TOP]:
        coloned = _COLONED.match(paragraph)
        day = parse_text_date(coloned.group("date")) if coloned is not None else None
        if coloned is not None and day is not None and could_be_published(day):
            return [Found(day.isoformat(), coloned.group(0).strip(" :"), "dateline")]
        match = _SLASHED.match(paragraph)
        if match is None or match.group("place").split()[0] in _NOT_PLACES:
            continue
        day = parse_text_date(f"{match['month']} {match['day']}, {match['year']}")
        if day is not None and could_be_published(day):
            return [Found(day.isoformat(), match.group(0).strip(), "dateline")]
    return []
