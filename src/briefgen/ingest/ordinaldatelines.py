"""Datelines whose full date writes the day with an ordinal, a credit in brackets and a dash after it.

Some small sites date their copy in a dateline the dateline readings do not take: the day carries its ordinal ending,
the month may be in capitals, and the credit after the date is in round or square brackets:
"BASSETERRE, ST. KITTS, NOVEMBER 12TH 2014 (CUOPM) – The Federation's Minister …" (a press unit's copy on a Nevis
site), "Port of Spain, Jan. 24th, 2006 [AlterPresse] --- Haiti's interim Prime Minister …" (a Haitian agency).  The
page was left undated and every "on Friday" in it unresolved.

The place and its comma, a full date with an ordinal day, a credit in brackets and a dash before the report make a
dateline, and it dates the copy the page prints: a sentence never writes a date so, and a date inside a sentence ("the
talks on Jan. 24th, 2006 …") opens no paragraph.  The date of an original report quoted lower down, or of an event,
is not in this shape.  Read only from a paragraph among the first few, only when nothing else dates the page
(:func:`briefgen.ingest.add`'s last readings), and only a day the page could have been saved on.  The place is left to
the dateline readings.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN

_YEAR = r"(?:19|20)\d\d"
_ORDINAL_DAY = r"[0-3]?\d(?:st|nd|rd|th|ST|ND|RD|TH)"
_MONTH = rf"(?i:{MONTH_PATTERN})"
_CAPS = r"[A-Z][A-Z'’.-]+"
_TITLE = r"[A-Z][a-zà-ÿ'’.-]+"
# "BASSETERRE", "PORT OF SPAIN", "Port of Spain", "Santo Domingo": in capitals, or in title case with a joining word.
_PLACE = rf"(?:{_CAPS}(?:\s{_CAPS}){{0,3}}|{_TITLE}(?:\s(?:(?:of|de|la|del|du|es)\s)?{_TITLE}){{0,3}})"
# ", ST. KITTS", ", Jamaica": the island, region or country after the place.
_REGION = rf"(?:,\s*(?:{_CAPS}|{_TITLE})(?:\s(?:{_CAPS}|{_TITLE})){{0,2}})?"
_DATE = rf"(?P<date>{_MONTH}\s+{_ORDINAL_DAY},?\s+{_YEAR}|{_ORDINAL_DAY}\s+{_MONTH},?\s+{_YEAR})"
# "(CUOPM)", "[AlterPresse]": the credit, then a dash of one to three strokes before the report.
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}){_REGION},\s*{_DATE}\s*(?:\([^()]{{1,40}}\)|\[[^\[\]]{{1,40}}\])\s*(?:-{{1,3}}|[–—])\s+(?=[A-Z“\"‘])"
)
_NEAR_TOP = 3
# Words that open a sentence, never a place: "On Jan. 24th, 2006 (…) –" is no dateline.
_NOT_PLACES = frozenset(["On", "In", "By", "Since", "Until", "From", "Before", "After", "The", "Last", "Next", "This", "As", "At"])


def ordinal_dateline(part: Part) -> list[Found]:
    """The day of a dateline "PLACE, Month 24th, YYYY (Credit) –" opening one of the first paragraphs, as a list of one;
    nothing otherwise."""
    for paragraph in part.paragraphs[:_NEAR_TOP]:
        match = _DATELINE.match(paragraph)
        if match is None or match.group("place").split()[0] in _NOT_PLACES:
            continue
        day = parse_text_date(match.group("date"))
        if day is not None and could_be_published(day):
            return [Found(day.isoformat(), match.group(0).strip(" -–—"), "dateline")]
    return []
