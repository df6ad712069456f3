"""Page dates written year first as eight digits inside a story's id or page name.

Many publishing systems name a story by its day and a serial number: letters, then the day, then the number
("/news/yjj2025070600098/…", Yonhap's "/view/AEN20220825007500325"), or the day set between hyphens in the page
name ("…-relations-20231207-0010.html", "…-summit-20170403-…"), or set off by underscores or opening the name
("article_20230504_0001.html", "…/leaders_meet_20230504", "/20230504-0001.html").  Year, month and day in that order are certain once
the digits make a real day; but the
same shape can be a plain id, so the date is read only when the page's text confirms it: it names that year (or
the one before, as a story of January writes of last year), or it writes that very month and day ("July 6", in a
dateline).  An id whose digits happen to make a day seldom also agrees with the text, and a wrong date is worse
than none.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.addressdates import first_date_in_url
from briefgen.text.english import names_year_or_before

_GLUED_TO_LETTERS = re.compile(r"(?<=/)[a-z]{1,6}(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{0,9}(?=$|[/._-])", re.IGNORECASE)
_BETWEEN_HYPHENS = re.compile(r"(?<=[a-z]-)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=-)", re.IGNORECASE)
# The day set off by underscores ("article_20230504_0001.html", "…/leaders_meet_20230504"), or opening a page's name
# before the story's number ("/20230504-0001.html"; eight figures that are the whole name may be an id's).
_AFTER_UNDERSCORE = re.compile(r"(?<=_)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[_.-]|$)")
_BEFORE_NUMBER = re.compile(r"(?<=/)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[_-]\d)")


def _text_confirms(day: dt.date, text: str) -> bool:
    """Whether the text names the day's year, the year before, or the day's month and day."""
    if names_year_or_before(day.year, text):
        return True
    names = f"(?:{day.strftime('%B')}|{day.strftime('%b')})"
    said = rf"\b{names}\.?\s+0?{day.day}(?:st|nd|rd|th)?\b(?!,?\s*\d)|\b0?{day.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{names}\b"
    return re.search(said, text, re.IGNORECASE) is not None


def date_in_story_id(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The day a story id or page name writes year first (see the module's docstring), and its digits; None otherwise."""
    found = first_date_in_url(url, (_GLUED_TO_LETTERS, _BETWEEN_HYPHENS, _AFTER_UNDERSCORE, _BEFORE_NUMBER))
    if found is None or not _text_confirms(found[0], text):
        return None
    return found
