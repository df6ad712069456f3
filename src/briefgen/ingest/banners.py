"""A date banner above the headline, read only when nothing else dates the page.

A date alone at the top of a page ("Tuesday, May 28, 2024", over the headline) is
most often the site's banner, the day the page was looked at, so it never
outranks a byline, a time stamp, a dateline or the address
(:func:`briefgen.ingest.headlinestamps.stamp_below_headline`).  But when the page states no
other date at all, the banner is the only date it gives itself: small sites
print the day of the story over its headline, and an article archived with
that day is worth more than one refused as undated.  A banner with the time
of day is the page's clock, the minute it was loaded, and still gives nothing, unless the page kept no headline
and the date stands right above the lede, below nothing but a photo's caption ("12:50 JST, March 15, 2023",
"June 08, 2023"): with no headline to sit over, it is the story's own date line.  A date line over the story's reading
time ("December 5, 2024" over "4 mins read" over the headline) is read as one over the headline: the reading time is
the story's, so the date beside it is too.  Anything else between (a menu, a section's trail) leaves it unread.
The notes say where the date came from, so the editor can check it.
"""

from __future__ import annotations

from briefgen.ingest.captiondays import caption_date
from briefgen.ingest.counterdates import counted_date
from briefgen.ingest.dayline import lede_date
from briefgen.ingest.echoedbanners import echoed_banner
from briefgen.ingest.embeds import embedded_post_date
from briefgen.ingest.footstamps import closing_date_line, foot_stamp_date
from briefgen.ingest.lonedates import CLOCK_TIME, lone_date_line
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.openingdates import opening_date
from briefgen.ingest.printedstamps import printed_stamp_date
from briefgen.ingest.speechdates import speech_date
from briefgen.ingest.stackedbanners import stacked_banner_date
from briefgen.ingest.stampshapes import shaped_date_line
from briefgen.ingest.text import Part
from briefgen.ingest.titledates import headline_closing_date
from briefgen.ingest.weatherclock import shows_weather
from briefgen.ingest.weekdaystamps import weekday_below_headline
from briefgen.ingest.wiredays import wire_dateline_day

# Lines a page prints with the story's own details, between its date line and its headline ("December 5, 2024" over
# "4 mins read" over the headline): a site's banner stands alone over the page, never beside the story's reading time.
_WITH_THE_STORY = frozenset(["reading time"])


def last_readings(part: Part) -> list[Found]:
    """The publication date of a page that states none in its header, dateline or address: a date line at the top that
    carries the story's read count (:mod:`briefgen.ingest.counterdates`), else the lede's full date with its weekday,
    else a full date opening the lede as a dateline without a place (:mod:`briefgen.ingest.openingdates`), else
    the day a speech's standfirst gives ("Speech by … on 11 June 2024", :mod:`briefgen.ingest.speechdates`), else
    the newest post it embeds, else a date banner whose day the lede writes in full (:mod:`briefgen.ingest.echoedbanners`),
    else the lower of two date lines over the headline, older than the banner above it
    (:mod:`briefgen.ingest.stackedbanners`), else its date banner, else a weekday date line right below its headline
    (:mod:`briefgen.ingest.weekdaystamps`), else a date alone on its line near the top (:mod:`briefgen.ingest.lonedates`), else a date
    line in words or figures it does not take ("13 de Febrero de 2018 - 16:16", "Publication date 3.3.2022 15.35",
    :mod:`briefgen.ingest.stampshapes`), else a photo caption's day that the lede's weekday confirms
    (:mod:`briefgen.ingest.captiondays`), else the day of the wire datelines lower down (:mod:`briefgen.ingest.wiredays`),
    else a publication stamp at the page's foot (:mod:`briefgen.ingest.footstamps`), else the full date a headline
    closes on ("…: 18 April 2018", :mod:`briefgen.ingest.titledates`), else a stamp in a shape none of these take
    (:mod:`briefgen.ingest.printedstamps`);
    as a list of one, or empty.  The date lines at the top are skipped on a page that shows the weather there: they are
    the site's clock (:mod:`briefgen.ingest.weatherclock`)."""
    removed = [(r.kind, r.text) for r in part.removed]
    clock = shows_weather(part)
    return (
        counted_date(part)
        or lede_date(part.paragraphs)
        or opening_date(part.paragraphs)
        or speech_date(part.paragraphs)
        or embedded_post_date(part.paragraphs)
        or (
            []
            if clock
            else echoed_banner(part)
            or stacked_banner_date(removed)
            or banner_date(removed)
            or weekday_below_headline(part)
            or headless_stamp(part)
            or lone_date_line(part)
            or shaped_date_line(part)
        )
        or caption_date(part)
        or wire_dateline_day(part)
        or foot_stamp_date(part)
        or headline_closing_date(part)
        or closing_date_line(part)
        or printed_stamp_date(part)
    )


def headless_stamp(part: Part) -> list[Found]:
    """The day of a date line or a stamp right above the lede of a page that kept no headline, below nothing but photo
    captions (as a one-item list); else nothing."""
    for line in part.removed:
        if line.kind == "date banner" and line.after == 0 and not part.headline:
            day = parse_header_date(line.text)
            return [Found(day.isoformat(), line.text, "time stamp")] if day is not None else []
        if line.kind != "photo caption":
            return []
    return []


def banner_date(removed: list[tuple[str, str]]) -> list[Found]:
    """The day a date banner gives (as a one-item list), when it is the first line taken off the article, above its
    headline with nothing between but the story's reading time, from the lines taken off as (kind, text) in page order;
    else nothing."""
    kinds = [kind for kind, _ in removed]
    if kinds[:1] != ["date banner"] or "headline" not in kinds:
        return []
    if any(kind not in _WITH_THE_STORY for kind in kinds[1 : kinds.index("headline")]):
        return []
    if CLOCK_TIME.search(removed[0][1]):
        return []  # "Thursday, October 3, 2024 10:15 AM": the page's clock, the minute it was looked at
    day = parse_header_date(removed[0][1])
    return [Found(day.isoformat(), removed[0][1], "date banner")] if day is not None else []
