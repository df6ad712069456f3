"""The time stamp a page prints below its headline: when the story went up.

A content system prints the day (often with its time) on its own line under
the headline; a site prints today's date in its banner above it.  The two look
alike, so where the line stands, and whether it carries a time of day or a
weekday, decides which it is.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from briefgen.ingest.meta import Found, parse_header_date

# A time of day: "03:42 PM", "11:33 pm", "14:05", "9.30 a.m."; never part of a date ("20.11.2024").
_TIME_OF_DAY = re.compile(r"(?<![\d./])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d]|[./]\d)(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
# What may sit between a headline and its time stamp without making the stamp the page's: a byline, a photo caption.
# A section's label may sit between them too ("Headline / Middle East News / 2024-10-15 | 09:32"): the page's furniture,
# not another story's.
_BETWEEN_HEADLINE_AND_STAMP = {"byline", "photo caption", "repeated headline", "section label"}
_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE)


# A bare date is read as the stamp only this near the top: after at most a standfirst or the lede.
_BARE_STAMP_AFTER = 1


def stamp_below_headline(removed: list[tuple[str, str]], after: list[int] | None = None) -> Found | None:
    """The publication date of a time stamp alone on its line right below the headline ("Nov 20, 2024, 03:42 PM",
    "2024-10-15 | 09:32", or a bare "June 12, 2024"), from the lines taken off the article as (kind, text), in page order.

    A date with its time of day under the headline is when the story went up, and so is a bare date there; a date
    alone at the top of the page ("Thursday, October 3, 2024", above the headline) is the site's banner, the day the
    page was looked at, and gives nothing.  A banner names the weekday: under the headline, a date with its weekday
    and no time of day is still read as the banner.  A bare date counts only near the top (``after`` gives, for each
    line, how many of the article's paragraphs come before it): at the foot of the text it may be a list's or a
    print edition's, and beside another bare date giving another day it is a list's.  A date under its own label
    ("Publish Date:" over "Apr 18, 2025") is the stamp wherever it stands.
    """
    for (label_kind, label), (kind, text) in itertools.pairwise(removed):
        if label_kind == "date label" and kind == "date banner" and (day := parse_header_date(text)) is not None:
            return Found(day.isoformat(), f"{label} {text}", "time stamp")
    kinds = [kind for kind, _ in removed]
    if "headline" not in kinds:
        return None
    start = kinds.index("headline") + 1
    for index, (kind, text) in enumerate(removed[start:], start):
        if kind == "date banner":
            near = after is None or after[index] <= _BARE_STAMP_AFTER
            stamped = _TIME_OF_DAY.search(text) is not None or (_WEEKDAY.search(text) is None and near)
            day = parse_header_date(text) if stamped else None
            if day is not None and _TIME_OF_DAY.search(text) is None and _another_day(removed[index + 1 :], day):
                return None  # "February 16, 2018" and "February 22, 2018" under two linked stories' titles: a list
            return Found(day.isoformat(), text, "time stamp") if day is not None else None
        if kind not in _BETWEEN_HEADLINE_AND_STAMP:
            return None
    return None


def _another_day(below: list[tuple[str, str]], day: dt.date) -> bool:
    """Whether a date line further down gives another day: two bare dates under the headline are a list's (the
    neighbouring stories a theme links above the text, each under its title), and settle nothing."""
    return any(kind == "date banner" and parse_header_date(text) not in (None, day) for kind, text in below)
