"""A page's day from the credit that closes a copied report, or from a dateline without a year and the page's address.

Sites that copy a report often print its day only where no reader looks for a publication date, and the page was
archived undated, every "on Friday" in it unresolved:

- a closing credit in brackets, the agency's or site's name beside the full date: "(Xinhua News Agency December 17,
  2005)" as the last line of a china.org.cn page;
- a closing source line with the original's date: "Original Article Source: Mehr News | Published on Sunday, 28 May 2023
  17:14 (about 413 days ago)";
- a dateline with the day and month but no year, the year only in the address: "(June 11, Colombo, Sri Lanka
  Guardian) …" at srilankaguardian.org/2011/06/….

A date in a closing credit may be the original report's, not the page's: a site may copy a report days or years
later.  Each shape is therefore read only where something else on the page confirms it.  A bracketed credit closes
the whole text it credits, so it dates that text; it is read only when no dateline of the text names another day and
month, and no year in the address names another year (a copy filed years later keeps its own year there).  A source
line's "Published on …" is the original's stamp, read only when the text's own dateline ("TEHRAN, May 28 (MNA) –")
names the same day and month: then the text is that day's report.  A dateline without a year is read only when the
address's folders give its year and the same month ("/2011/06/"): the year alone, or another month, says nothing.
Read only when nothing else dates the page (:func:`briefgen.ingest.add`'s last readings).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN, month_number

_YEAR = r"(?:19|20)\d\d"
_FULL = rf"(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+{_YEAR}|[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+{_YEAR}"
# "(Xinhua News Agency December 17, 2005)": a name in title case, then the full date, alone in brackets.
_BRACKETED = re.compile(rf"^\((?P<name>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){{0,4}}),?\s+(?P<date>{_FULL})\)$")
# "Source: Mehr News | Published on Sunday, 28 May 2023 17:14 (…)": a source line with the original's stamp.
_SOURCE_LINE = re.compile(r"^(?:Original\s+)?(?:Article\s+)?Source:?\s+[^|]{2,60}\|\s*Published\s+on\s+(?P<date>[^()]{6,60})")
# Datelines with the day and month but no year: "(June 11, Colombo, Sri Lanka Guardian) …", "TEHRAN, May 28 (MNA) –".
_MONTH_DAY = rf"(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>[0-3]?\d)(?!\d|,?\s+{_YEAR})"
_YEARLESS = (
    re.compile(rf"^\({_MONTH_DAY},\s+[A-Z][\w .,'’-]{{2,60}}\)\s+(?=[A-Z“\"])"),
    re.compile(rf"^[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){{0,2}},\s+{_MONTH_DAY}\s+\([A-Za-z][\w .-]{{1,30}}\)\s*[–—-]\s*(?=[A-Z“\"])"),
)
_LAST = 2
_NEAR_TOP = 3
_ADDRESS_MONTH = re.compile(rf"/(?P<y>{_YEAR})/(?P<m>[01]\d)/")
_ADDRESS_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?!\d)")


def yearless_dateline(paragraphs: list[str]) -> tuple[int, int, str] | None:
    """The month, the day and the words of a dateline without a year opening one of the first paragraphs; else None."""
    for paragraph in paragraphs[:_NEAR_TOP]:
        for shape in _YEARLESS:
            match = shape.match(paragraph)
            month = month_number(match.group("month")) if match is not None else None
            if match is not None and month is not None:
                return month, int(match.group("day")), match.group(0).strip(" –—-")
    return None


def _confirmed(day: dt.date, dateline: tuple[int, int, str] | None, address: str | None) -> bool:
    """Whether a credit's day agrees with the text's dateline (if any) and the address's years (if any)."""
    if dateline is not None and dateline[:2] != (day.month, day.day):
        return False
    years = {int(found) for found in _ADDRESS_YEAR.findall(urlsplit(address).path)} if address else set()
    return could_be_published(day) and (not years or day.year in years)


def credited_date(part: Part, address: str | None) -> list[Found]:
    """The day a closing credit or a dateline without a year gives the page, confirmed as the module says, as a list of
    one; nothing otherwise."""
    paragraphs = part.paragraphs
    dateline = yearless_dateline(paragraphs)
    for paragraph in paragraphs[-_LAST:]:
        text = paragraph.strip()
        bracketed = _BRACKETED.match(text)
        if bracketed is not None and month_number(bracketed.group("name").split()[0]) is None:
            day = parse_header_date(bracketed.group("date"))
            if day is not None and _confirmed(day, dateline, address):
                return [Found(day.isoformat(), text, "closing credit (nothing else dates the page: check it)")]
        source = _SOURCE_LINE.match(text)
        if source is not None and dateline is not None:
            day = parse_header_date(source.group("date"))
            if day is not None and _confirmed(day, dateline, address):
                return [Found(day.isoformat(), text, "closing credit (nothing else dates the page: check it)")]
    folder = _ADDRESS_MONTH.search(urlsplit(address).path) if address else None
    if dateline is not None and folder is not None and int(folder.group("m")) == dateline[0]:
        try:
            day = dt.date(int(folder.group("y")), dateline[0], dateline[1])
        except ValueError:
            return []
        return (
            [Found(day.isoformat(), f"{dateline[2]} in {folder.group(0)}", "dateline's day in the address's year and month")]
            if could_be_published(day)
            else []
        )
    return []
