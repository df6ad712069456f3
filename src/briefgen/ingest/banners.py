"""A date banner above the headline, read only when nothing else dates the page.

A date alone at the top of a page ("Tuesday, May 28, 2024", over the headline) is
most often the site's banner, the day the page was looked at, so it never
outranks a byline, a time stamp, a dateline or the address
(:func:`briefgen.ingest.meta.stamp_below_headline`).  But when the page states no
other date at all, the banner is the only date it gives itself: small sites
print the day of the story over its headline, and an article archived with
that day is worth more than one refused as undated.  A banner with the time
of day is the page's clock, the minute it was loaded, and still gives nothing, unless the page kept no headline
and the date stands right above the lede, below nothing but a photo's caption ("12:50 JST, March 15, 2023",
"June 08, 2023"): with no headline to sit over, it is the story's own date line.  The notes say where the date
came from, so the editor can check it.

A date line may also stand below the site's furniture rather than at the very top: a section's name, an app's
download links or a menu kept as short lines ("Policies" over "Aug 26, 2025"; "Download / Mobile App / signal" over
"June 16, 2025 9:24 PM" over the headline).  Sitting inside the article's header, below the site's own lines, it is
the story's date line, not the banner of the site, whatever the headline guess made of the lines around it.  It is
read only when it is the page's one lone date line and nothing above it reads as a sentence: two date lines leave
the banner and the story's day undecided, and a date after a paragraph of the report may be anything's.
"""

from __future__ import annotations

import re

from briefgen.ingest.dayline import lede_date
from briefgen.ingest.embeds import embedded_post_date
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part

# The most words a line above the date may have and still be the site's furniture ("Download Mobile App").
_FURNITURE_WORDS = 4
# A time of day in the banner ("10:15 AM", "14.05"): a clock, never a story's date.
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def last_readings(part: Part) -> list[Found]:
    """The publication date of a page that states none in its header, dateline or address: the lede's full date with its
    weekday, else the newest post it embeds, else its date banner or a lone date line below the site's furniture; as a
    list of one, or empty."""
    removed = [(r.kind, r.text) for r in part.removed]
    return (
        lede_date(part.paragraphs)
        or embedded_post_date(part.paragraphs)
        or banner_date(removed)
        or headless_stamp(part)
        or date_below_furniture(part)
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
    headline, from the lines taken off as (kind, text) in page order; else nothing."""
    if [kind for kind, _ in removed[:2]] != ["date banner", "headline"]:
        return []
    if _CLOCK.search(removed[0][1]):
        return []  # "Thursday, October 3, 2024 10:15 AM": the page's clock, the minute it was looked at
    day = parse_header_date(removed[0][1])
    return [Found(day.isoformat(), removed[0][1], "date banner")] if day is not None else []


def date_below_furniture(part: Part) -> list[Found]:
    """The day of the page's one lone date line when short lines of site furniture stand above it, none a sentence
    (as a one-item list); else nothing."""
    dates = [line for line in part.removed if line.kind == "date banner"]
    if len(dates) != 1:
        return []
    above = part.paragraphs[: dates[0].after]
    if not above and part.removed[0] is dates[0]:
        return []  # the first line of the page: the site's banner, read above only over a headline and without a clock
    if any(len(text.split()) > _FURNITURE_WORDS or text.rstrip().endswith((".", ":", "?", "!")) for text in above):
        return []
    day = parse_header_date(dates[0].text)
    return [Found(day.isoformat(), dates[0].text, "date line")] if day is not None else []
