"""A dateline printed on a line of its own, the lede on the next: "New Delhi, Apr 1:" over "India and Chile today agreed …".

The dateline readings take a place and a day that open the report's first sentence.  A page saved line by line may
set the dateline alone above it, closed by its colon or dash, and the place was then lost.  Joined to the line below,
it reads as the dateline it is.  The line must hold the dateline's comma (a place and its day or its country,
"Kananaskis, Canada:"): a label ("Background:", "Short Url:", "Follow Us:") has none.  And the lede must not open with a
dateline of its own: a release service's line over the story ("VIETNAM, December 12 -" over "HÀ NỘI — …") is its own,
and the story's place is the one in the lede.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A short line that opens in capitals, holds a comma and closes on a dateline's colon or dash.
_DATELINE_ALONE = re.compile(r"[A-Z][^\n:–—,]{2,40},[^\n:–—]{2,30}[:–—-]")


def joined_dateline(paragraphs: list[str], index: int, dateline: Callable[[str], dict[str, Any]]) -> str:
    """The paragraph at ``index`` joined to the next when it may be a dateline alone on its line; else "".

    ``dateline`` is the reading of a dateline that opens a paragraph (:func:`briefgen.ingest.meta.dateline`).
    """
    line = paragraphs[index].strip()
    if index + 1 >= len(paragraphs) or not _DATELINE_ALONE.fullmatch(line) or "place" in dateline(paragraphs[index + 1]):
        return ""
    return f"{line} {paragraphs[index + 1]}"
