"""A page's day from eight figures closing the story's words, read only when nothing else dates the page.

"…/kosor-pahor-say-arbitration-deal-model-for-others-20110709": the year first is followed by the month, so the order
is certain; the figures could be an id, so, as for an address of eight figures alone, the text must name that year or
the one before ("Croatia Summit 2011").

A page left undated by every other reader had its relative dates ("on Saturday") unresolved; a wrong day is worse than
none, so only this year-first form is read, and only with the text's word (:func:`briefgen.ingest.add`'s last
readings).  A year-and-month folder with the day in a folder under it ("/liuhe/202001/09/", "/a/201908/30/") was read
here too, with the text's month and day, year or weekday; since round 104 the address readers take it as certain
without the text (:mod:`briefgen.ingest.urldates`, a fresh sample of 40 pages from 38 sites), so this module no
longer sees it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefgen.ingest.meta import Found
from briefgen.ingest.publishable import could_be_published, matched_day
from briefgen.text.english import names_year_or_before

_CLOSING_FIGURES = re.compile(r"(?<=[a-z])-(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\.html?)?$")


def stamped_address_date(address: str | None, text: str) -> list[Found]:
    """The day of eight closing figures of the address, confirmed by ``text``, as a list of one; nothing otherwise."""
    if not address:
        return []
    path = urlsplit(address).path
    closing = _CLOSING_FIGURES.search(path.rstrip("/"))
    day = matched_day(closing)
    if day is not None and names_year_or_before(day.year, text) and could_be_published(day):
        return [Found(day.isoformat(), closing.group(0) if closing else "", "address (nothing else dates the page: check it)")]
    return []
