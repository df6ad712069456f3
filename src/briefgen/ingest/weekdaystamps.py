"""A date line with its weekday right below the headline, read only when nothing else dates the page.

A site prints today's date, with its weekday, in its banner above the headline, so a weekday date under the headline is
not taken as the story's time stamp (:func:`briefgen.ingest.headlinestamps.stamp_below_headline`): it may be the banner
of a page whose headline was read from above it.  But a government's news service and a trade paper print the story's
own day that way ("SA, Namibia sign agreement to set up bi-national commission" over "Tuesday, November 6, 2012" over
"Cape Town - South African and Namibian ministers …"), and a page that gives itself no other date, in a byline, a
dateline, its address or its lede, then has only that one.  It is read as the last of the top's readings, as a banner
above the headline is (:func:`briefgen.ingest.banners.banner_date`), when the headline is the first line taken off the
page, the date line follows it with nothing between but a byline or a photo's caption, carries no time of day (a clock
is the page's, the minute it was loaded), stands above the lede or right below it, and no other date line lower down
gives another day (two under two titles are a list's).  The notes say where the date came from.

The headline may also stand below the site's banner, with nothing else above it but the site's menu or logo
("Thursday, April 25, 2024" over "Logo Central America Link" over the headline over "Friday, July 1, 2016"): the
banner is there, above, so a weekday line under the headline giving another day is the story's own.  The same day
twice settles nothing: the two may both be the banner's.  A content system's error printed at the top of the saved
page ("Error message" over "User warning: …", :mod:`briefgen.ingest.furniture`) is no part of the page above the headline.
"""

from __future__ import annotations

from briefgen.ingest.lonedates import CLOCK_TIME
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part
from briefgen.text.english import WEEKDAY_WORDS

# What may stand between the headline and its date line: a byline, a photo's caption.
_BETWEEN = frozenset(("byline", "photo caption"))
# How many of the article's paragraphs may come before the date line: none, or the lede.
_NEAR = 1
# What may stand above the headline when the site's banner stands there: the banner, the site's menu or logo.
_ABOVE = frozenset(("date banner", "menu"))


def weekday_below_headline(part: Part) -> list[Found]:
    """The day of a weekday date line right below the headline (see the module's docstring), as a one-item list;
    else nothing."""
    lines = part.removed
    first = next((index for index, line in enumerate(lines) if line.kind == "headline"), None)
    above = [line for line in lines[:first] if line.kind != "error message"] if first is not None else []
    if first is None or any(line.kind not in _ABOVE for line in above):
        return []
    banners = {parse_header_date(line.text) for line in above if line.kind == "date banner"}
    if above and (not banners or None in banners):
        return []  # above the headline, only the site's banner (each line giving its day) and its menu
    for index, line in enumerate(lines[first + 1 :], first + 1):
        if line.kind in _BETWEEN:
            continue
        if line.kind != "date banner" or line.after > _NEAR or CLOCK_TIME.search(line.text):
            return []
        if not line.text.strip().casefold().startswith(WEEKDAY_WORDS):  # "Tuesday, November 6, 2012"
            return []
        day = parse_header_date(line.text)
        if day is None:
            return []
        if any(r.kind == "date banner" and parse_header_date(r.text) not in (None, day) for r in lines[index + 1 :]):
            return []  # another day lower down: the dates of a list
        if day in banners:
            return []  # the banner's day again: perhaps the banner's own line
        return [Found(day.isoformat(), line.text, "date line")]
    return []
