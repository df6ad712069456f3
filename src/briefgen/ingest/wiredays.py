"""A wire story's dateline with its full date, on a line of its own anywhere in the text: the day of a page of agency
copy that dates nothing else.

Sites that reprint agency copy run several wire stories on one page, each opened by the agency's dateline on a line
of its own: the place, the agency's name in brackets and the day ("Beijing (AFP) April 11, 2025 -", "TOKYO, March
16, 2023 (Kyodo) -").  When the page has no date in its header, byline or address, the one such dateline was left
unread because it stands lower down, not above the lede, and the page was archived undated with every "on
Wednesday" in it unresolved.  The stories of such a page are filed together, so a wire dateline's day dates the
page; two datelines that give different days settle nothing, and give nothing (a wrong date is worse than none).
A date in a sentence ("talks on April 11, 2025") is not a dateline: the line must hold nothing but the place, the
agency and the date.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part

_PLACE = r"[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*){0,3}"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z ]{1,20})\)"
_DATE = r"(?P<date>[A-Za-z]{3,9}\.? [0-3]?\d,? (?:19|20)\d\d|[0-3]?\d [A-Za-z]{3,9}\.?,? (?:19|20)\d\d)"
_END = r"\s*[-\u2013\u2014:]?\s*$"
_DATELINES = (
    re.compile(rf"^{_PLACE},?\s+{_AGENCY}\s+{_DATE}{_END}"),
    re.compile(rf"^{_PLACE},\s+{_DATE}\s+{_AGENCY}{_END}"),
)


def _is_agency(name: str) -> bool:
    """A wire agency's credit: one the project knows, or a short name in capitals ("AFP", "EFE")."""
    return name.casefold() in WIRE_AGENCIES or re.fullmatch(r"[A-Z]{2,6}", name) is not None


def wire_dateline_day(part: Part) -> list[Found]:
    """The day of the wire datelines standing on lines of their own in the article, as a list of one, when they all
    give the same day; nothing otherwise."""
    days: dict[str, str] = {}
    for line in part.paragraphs:
        for pattern in _DATELINES:
            match = pattern.match(line.strip())
            if match is None or not _is_agency(match.group("agency")):
                continue
            day = parse_header_date(match.group("date"))
            if day is not None:
                days.setdefault(day.isoformat(), line.strip())
            break
    if len(days) != 1:
        return []
    ((day_text, line_text),) = days.items()
    return [Found(day_text, line_text, "wire dateline")]
