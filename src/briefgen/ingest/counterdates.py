"""A date line that carries the story's read count: the page's own day.

Some sites print the story's date on one line with the number of times it has been read: "07 August 2015    Read: 2169"
over an Azerbaijani agency's report, "Tuesday, 30 July 2013 00:05 - - {{hitsCtrl.values.hits}}" over a Sri Lankan
paper's, its counter's template kept unfilled by the archive.  Such a page was left undated, or worse, dated by the
site's banner above it ("Friday Nov 07, 2025", the day the page was looked at, read by
:func:`briefgen.ingest.banners.banner_date` when nothing else dates the page).

The count is the story's own, so the date beside it is the day the story went up: a site's banner (today's date over
every page) carries no read count, and neither does an event's day or an original report's told in a sentence.  The
line is read only when it holds nothing but the date (its weekday and time of day allowed, as
:func:`briefgen.ingest.lonedates.date_alone` reads one) and the counter at its end ("Read: 2169", "Views: 141",
"934 views", a counter's template), and only at the top of the article: among the lines taken off above its first
paragraphs, or in its first few paragraphs, where a page prints its own details, and not in a list of related stories
lower down, each with another story's day and count.  Two such lines giving different days give nothing: a wrong date is
worse than none.  Asked first among the readings of a page that states no date in its header, dateline or address
(:func:`briefgen.ingest.banners.last_readings`), so it outranks a banner.
"""

from __future__ import annotations

import re

from briefgen.ingest.lonedates import date_alone
from briefgen.ingest.lonedatewords import in_english
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part

# How far down the article the line may stand: the lines taken off before its second paragraph, and its first three.
_REMOVED_NEAR_TOP = 1
_PARAGRAPHS_NEAR_TOP = 3

# The read count closing the line, after spaces or a separator: "Read: 2169", "Views: 141", "934 views",
# "{{hitsCtrl.values.hits}}" (a counter's template the archive kept unfilled).
_COUNTER = re.compile(
    r"[\s|·•/–—-]*(?:"
    r"\b(?:read|reads|views?|viewed|hits)\s*:\s*\d[\d,.]*"
    r"|\b\d[\d,.]*\s+(?:reads|views|hits)\b"
    r"|\{\{[^{}]*\b(?:hits|views|reads)\b[^{}]*\}\}"
    r")\s*$",
    re.IGNORECASE,
)
_SEPARATORS = " \t|·•/–—-"


def counted_day(line: str) -> str | None:
    """The ISO day of a line that is a date and the story's read count and nothing else; else None."""
    counter = _COUNTER.search(line)
    if counter is None:
        return None
    date_text = line[: counter.start()].strip(_SEPARATORS)
    if not date_text or not date_alone(date_text):
        return None
    day = parse_header_date(in_english(date_text))
    return day.isoformat() if day is not None else None


def counted_date(part: Part) -> list[Found]:
    """The day of the date line that carries the story's read count at the top of the article (as a list of one);
    nothing when there is none or when two such lines disagree."""
    lines = [line.text for line in part.removed if line.after <= _REMOVED_NEAR_TOP]
    lines += part.paragraphs[:_PARAGRAPHS_NEAR_TOP]
    found = [(day, line) for line in lines if (day := counted_day(line)) is not None]
    if len({day for day, _ in found}) != 1:
        return []
    day, line = found[0]
    return [Found(day, line, "date line with its read count")]
