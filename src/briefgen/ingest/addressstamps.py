"""A page's day from two address forms the address readers leave alone, read only when nothing else dates the page.

- A year-and-month folder in six figures with the day in a folder of its own under it: "/liuhe/202001/09/content_…"
  (a government portal's and its state papers' publishing path).  The year first is followed by the month, as in
  "/2024-09/03/" (:mod:`briefgen.ingest.urldates`), so the order is certain; the text must name that month and day
  ("said on Jan 9"), or the year or the one before, or the day's weekday ("a spokesperson said Friday" under
  "/a/201908/30/", a Friday), so that a folder of an archive's own numbering is never read.
- Eight figures closing the story's words, year first: "…/kosor-pahor-say-arbitration-deal-model-for-others-20110709".
  The year first is followed by the month, so the order is certain; the figures could be an id, so, as for an address
  of eight figures alone, the text must name that year or the one before ("Croatia Summit 2011").

A page left undated by every other reader had its relative dates ("on Saturday") unresolved; a wrong day is worse than
none, so only these year-first forms are read, and only with the text's word (:func:`briefgen.ingest.add`'s last
readings).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.meta import Found
from briefgen.ingest.publishable import could_be_published, matched_day
from briefgen.text.english import MONTH_NAMES, WEEKDAY_NAMES, names_year_or_before

_MONTH_FOLDER = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
_CLOSING_FIGURES = re.compile(r"(?<=[a-z])-(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\.html?)?$")


def _names_month_day(day: dt.date, text: str) -> bool:
    """Whether ``text`` names the month and day of ``day`` ("Jan 9", "January 9", "9 January")."""
    month = MONTH_NAMES[day.month - 1]
    names = rf"(?:{month}|{month[:3]}\.?)"
    return re.search(rf"\b{names}\s+{day.day}\b(?!\d)|\b{day.day}\s+{names}\b", text) is not None


def _names_weekday(day: dt.date, text: str) -> bool:
    """Whether ``text`` names the weekday of ``day`` ("said Friday" for a Friday)."""
    return re.search(rf"\b{WEEKDAY_NAMES[day.weekday()]}\b", text) is not None


def stamped_address_date(address: str | None, text: str) -> list[Found]:
    """The day of a "/202001/09/" folder pair or of eight closing figures of the address, confirmed by ``text``, as a
    list of one; nothing otherwise."""
    if not address:
        return []
    path = urlsplit(address).path
    folder = _MONTH_FOLDER.search(path)
    day = matched_day(folder)
    settled = day is not None and (_names_month_day(day, text) or names_year_or_before(day.year, text) or _names_weekday(day, text))
    if day is not None and settled and could_be_published(day):
        return [Found(day.isoformat(), folder.group(0) if folder else "", "address (nothing else dates the page: check it)")]
    closing = _CLOSING_FIGURES.search(path.rstrip("/"))
    day = matched_day(closing)
    if day is not None and names_year_or_before(day.year, text) and could_be_published(day):
        return [Found(day.isoformat(), closing.group(0) if closing else "", "address (nothing else dates the page: check it)")]
    return []
