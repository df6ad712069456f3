"""The site's header above a breadcrumb trail is not the headline: the title stands below the trail.

A page is built from the top down: the site's header (its name, motto, a strip of section links: "Latest News
Editor's Choice"), then the breadcrumb trail that says where the article sits ("News / National"), then the article's
title, its byline and its text.  A trail never stands between an article's title and its first line, so when the line
read as the headline sits right above the trail and a headline-shaped line follows the trail, the line above was the
header and the one below is the title.
"""

from __future__ import annotations

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.headline_moves import headline_from_paragraph
from briefgen.ingest.text import Part

# A title has a few words: a two-word line below a trail is a section's name.
_MIN_WORDS = 4


def headline_below_crumbs(part: Part) -> Part:
    """The part with the headline-shaped line right below its breadcrumb trail as its headline, when the line read as
    the headline stands right above the trail; the line above is recorded as page furniture.  Else the part as it is."""
    if part.headline is None or not part.paragraphs:
        return part
    kinds = [r.kind for r in part.removed]
    if "headline" not in kinds:
        return part
    at = kinds.index("headline")
    rest = part.removed[at + 1 :]
    if not rest or rest[0].kind != "breadcrumb" or rest[0].after != 0 or any(r.after == 0 for r in rest[1:]):
        return part
    title = part.paragraphs[0]
    if is_body(title) or not headline_like(title) or len(title.split()) < _MIN_WORDS:
        return part
    if " ".join(title.casefold().split()) == " ".join(part.headline.casefold().split()):
        return part
    return headline_from_paragraph(part, 0)
