"""The date of a page that states none, from the posts it embeds.

A page that embeds a post from a social network prints the post's signature: "— Maroc Diplomatie (@MarocDiplomatie)
February 2, 2023".  A page cannot embed a post written after it, so when nothing else on the page dates it (no
metadata, byline, time stamp, dateline, address or lede), the newest embedded post dates the report: news embeds the
posts of the day it reports.  It is the last reading tried, and a page with a date of its own never uses it.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_text_date
from briefgen.text.english import MONTH_PATTERN

# "— Maroc Diplomatie 🇲🇦 (@MarocDiplomatie) February 2, 2023": a dash, the account's name, its handle, the day.
_SIGNATURE = re.compile(
    rf"[—–-]\s*[^—–()\n]{{1,60}}\(@\w{{1,30}}\)\s*(?P<date>{MONTH_PATTERN}\s+[0-3]?\d,\s*(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def embedded_post_date(paragraphs: list[str]) -> list[Found]:
    """The day of the newest embedded post, as a list of one (empty when the page embeds no dated post)."""
    days = []
    for paragraph in paragraphs:
        for match in _SIGNATURE.finditer(paragraph):
            day = parse_text_date(match.group("date"))
            if day is not None:
                days.append((day, match.group(0).strip(" —–-")))
    if not days:
        return []
    day, evidence = max(days)
    return [Found(day.isoformat(), evidence, "embedded post")]
