"""A publication stamp printed at the foot of the page, under the story's follow and share boxes.

Some sites print no date over the story and put "Published: 09 Oct 2023, 8:36 AM" at its end, below the boxes that
ask the reader to follow the site; the page's cut takes those lines off as a part that holds no article.  When the page
dates itself nowhere else, that stamp is the only day it gives: a labelled "Published" stamp and nothing else on its
line.  A box of other stories would print several such stamps, one per teaser, so the day is read only when every
such line in the foot gives the same one.

A government's release is dated the other way round: no stamp over it, and its day alone on the last line, under the
text (and under the office's name when it signs: "14 APRIL 2024" closing a foreign ministry's announcement of a visit).
The page's cut takes that line off as a date banner; when nothing else dates the page, a full date standing alone as
the page's very last line, its month in capitals as a signature block prints it, is the day the release went out.  A
date so placed in ordinary type ("June 10, 2024") is a print edition's or a list's and is left unread, as is a date
alone among other lines at the foot, or two of them: a list of other releases dates each of its items so.
"""

from __future__ import annotations

import re

from briefgen.ingest.bylines import is_stamp_line, published_words
from briefgen.ingest.confirmedstamps import stamp_by_dateline
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.text import Part
from briefgen.ingest.titledates import FULL_DATE

#: A full date and nothing else, its month in capitals: "14 APRIL 2024", "MARCH 11, 2025".
_SIGNED_DATE = re.compile(FULL_DATE, re.IGNORECASE)


def foot_stamp_date(part: Part) -> list[Found]:
    """The day of the foot's publication stamps when they agree (as a one-item list); else nothing."""
    found = []
    for line in part.removed:
        when = published_words(line.text) if line.kind == "furniture part" else None
        stamped = when if when and is_stamp_line(line.text) else None
        day = (parse_header_date(stamped) or stamp_by_dateline(stamped, part.paragraphs)) if stamped else None  # "11/7/2019"
        if day is not None:
            found.append(Found(day.isoformat(), line.text, "publication stamp at the page's foot"))
    return found[:1] if found and len({f.value for f in found}) == 1 else []


def closing_date_line(part: Part) -> list[Found]:
    """The day of a full date in capitals standing alone as the page's last line, under the text (as a one-item list);
    else nothing."""
    foot = [line for line in part.removed if line.after >= len(part.paragraphs)]
    text = foot[0].text.strip() if len(foot) == 1 and foot[0].kind == "date banner" else ""
    month = next((word for word in text.split() if word.isalpha()), "")
    if not month.isupper() or not _SIGNED_DATE.fullmatch(text):
        return []
    day = parse_header_date(text)
    return [Found(day.isoformat(), foot[0].text, "release's closing date")] if day is not None else []
