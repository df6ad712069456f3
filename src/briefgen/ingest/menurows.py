"""A site's row of section links on one line, bars between: furniture, never the article.

A site prints its sections as a row of links across the top of each page, and a copy of the page keeps the row as
one line, the links' labels between bars: "World Video | Defence | Foreign Affairs | Natural Events | Trade | NZ in
World News | NZ National News Video | NZ Regional News | Search" (Scoop).  Kept as text, the row and the notice above
it became an article of their own, and a page holding two articles is refused: the report under it was lost whole.
A menu of one label a line is read by :func:`briefgen.ingest.header.is_menu_block`; a trail of the sections a page sits
in, "Home > News > World", is a breadcrumb (:mod:`briefgen.ingest.furniture`).

No line of a story is built so: five labels or more, each one to four words that open on a capital and hold no digit
and no sentence's stop or comma.  A headline with bars ("Modi in Moscow | Day 2 | Live updates") has fewer parts, or
a number; a byline with its stamp ("PTI | Updated: 12 March 2024") has the stamp's digits.
"""

from __future__ import annotations

import re

# Fewest labels in a row: a headline or a credit split by bars has two or three parts.
_FEWEST_LABELS = 5
# One section's label: one to four words, the first with a capital (or "&" joining two), no digit, no stop or comma.
_LABEL = re.compile(r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*(?:\s+(?:&|[^\W\d_]+(?:[-'’][^\W\d_]+)*)){0,3}")
_BAR = re.compile(r"\s+\|\s+")


def menu_row_kind(text: str) -> str | None:
    """``"menu"`` when a whole (stripped) line is a row of a site's section links between bars, else None."""
    labels = _BAR.split(text)
    if len(labels) < _FEWEST_LABELS or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    return "menu"
