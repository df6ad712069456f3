"""Two date lines stacked over the headline: the site's day above, the story's below.

A site that prints today's date in its banner and the story's own date over the headline shows two dates in a row
right above the title ("20 February 2026" over "18 December 2025" over the headline).  Either alone would be read as
the site's banner (:mod:`briefgen.ingest.banners`), and the first one, the later, is the day the page was looked at.
When the upper line names a later day than the lower one, the lower is the story's: a banner is never older than the
story it stands over, and a page that printed a story's day twice would print it the same.  A time of day on either
line makes it a clock, and the pair is left unread, as is a pair naming the same day or the later day below.
"""

from __future__ import annotations

from briefgen.ingest.lonedates import CLOCK_TIME
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.publishable import could_be_published


def stacked_banner_date(removed: list[tuple[str, str]]) -> list[Found]:
    """The story's day from two date banners right above the headline, the later one on top (a list of one), from the
    lines taken off the article as (kind, text) in page order; else nothing."""
    kinds = [kind for kind, _ in removed]
    if "headline" not in kinds:
        return []
    above = removed[: kinds.index("headline")]
    if len(above) < 2 or [kind for kind, _ in above[-2:]] != ["date banner", "date banner"]:
        return []
    (_, upper), (_, lower) = above[-2:]
    if CLOCK_TIME.search(upper) or CLOCK_TIME.search(lower):
        return []
    banner, story = parse_header_date(upper), parse_header_date(lower)
    if banner is None or story is None or story >= banner or not could_be_published(story):
        return []
    return [Found(story.isoformat(), lower, "date line below the site's date banner")]
