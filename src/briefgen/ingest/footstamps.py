"""A publication stamp printed at the foot of the page, under the story's follow and share boxes.

Some sites print no date over the story and put "Published: 09 Oct 2023, 8:36 AM" at its end, below the boxes that
ask the reader to follow the site; the page's cut takes those lines off as a part that holds no article.  When the page
dates itself nowhere else, that stamp is the only day it gives: a labelled "Published" stamp and nothing else on its
line.  A box of other stories would print several such stamps, one per teaser, so the day is read only when every
such line in the foot gives the same one.
"""

from __future__ import annotations

from briefgen.ingest.bylines import is_stamp_line, published_words
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part


def foot_stamp_date(part: Part) -> list[Found]:
    """The day of the foot's publication stamps when they agree (as a one-item list); else nothing."""
    found = []
    for line in part.removed:
        when = published_words(line.text) if line.kind == "furniture part" else None
        day = parse_header_date(when) if when and is_stamp_line(line.text) else None
        if day is not None:
            found.append(Found(day.isoformat(), line.text, "publication stamp at the page's foot"))
    return found[:1] if found and len({f.value for f in found}) == 1 else []
