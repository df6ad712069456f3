"""A date banner whose day the lede writes out in full: the page's own date line, not the site's banner.

A date alone above the headline ("Wednesday, 18 October 2006") is most often the site's banner, the day the page was
looked at, and is read only when nothing else dates the page and nothing stands between it and the headline
(:func:`briefgen.ingest.banners.banner_date`).  An archive's page prints its story's day there too, below its menu
and its toolbar ("| | |", "A | A | A", prezydent.pl), and the lede then writes the same day: "On October 18, 2006,
the Chief of the Chancellery …".  A banner names the day a reader came; the lede names the day of the story; when the
two are the same full date, the line is the story's date line, wherever the furniture puts it.  A lede's date alone
is not read: it dates the event, which may be days before the page (:mod:`briefgen.ingest.dayline`).
"""

from __future__ import annotations

from briefgen.ingest.meta import TEXT_DATE, Found, parse_header_date, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part

# The lede is the first paragraph of a sentence's length among the first few: a skip link ("przeskocz do treści |
# przeskocz do menu głównego") or a caption may stand above it.
_LEDE_WORDS = 12
_NEAR_TOP = 4


def echoed_banner(part: Part) -> list[Found]:
    """The day of a date banner taken off the article that the lede writes as a full date, as a list of one; else
    nothing."""
    lede = next((p for p in part.paragraphs[:_NEAR_TOP] if len(p.split()) >= _LEDE_WORDS), "")
    written = {day for match in TEXT_DATE.finditer(lede) if (day := parse_text_date(match.group(0))) is not None}
    for line in part.removed:
        if line.kind != "date banner":
            continue
        day = parse_header_date(line.text)
        if day is not None and day in written and could_be_published(day):
            return [Found(day.isoformat(), line.text, "date banner")]
    return []
