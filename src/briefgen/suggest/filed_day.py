"""The day agency copy was filed, when its dateline gives the day before the page's publication date.

Wire copy is written on the day its dateline names ("MANILA, Jan 3: … will fly to Beijing on Tuesday") and often
printed the next morning.  Its "on Tuesday", "today" and "yesterday" count from the dateline's day, not from the
paper's: Tuesday in copy filed on Tuesday is that very day, not the Tuesday a week after Wednesday's paper.  Only a
dateline at the head of one of the first paragraphs counts, and only when its day is exactly the day before
publication: a dateline of the same day changes nothing, and one further back is more likely a page reprinting old
copy than a night's delay.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.sentences import body_paragraphs
from briefgen.text.english import MONTH_PATTERN, month_number

_DATELINE_DAY = re.compile(
    rf"^\s*[A-Z][A-Za-z.'-]+(?:[ -][A-Za-z.'-]+){{0,3}},\s+(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>[0-3]?\d)\s*(?::|\(|[-\u2013\u2014]\s)"
)
_FIRST_PARAGRAPHS = 4


def filed_day(body: str, published: dt.date | None) -> dt.date | None:
    """The dateline's day, when one of the first paragraphs opens with one naming the day before ``published``."""
    if published is None:
        return None
    before = published - dt.timedelta(days=1)
    for paragraph in body_paragraphs(body)[:_FIRST_PARAGRAPHS]:
        match = _DATELINE_DAY.match(paragraph)
        if match is None:
            continue
        return before if (month_number(match.group("m")), int(match.group("d"))) == (before.month, before.day) else None
    return None
