"""A dateline printed on a line of its own, the lede on the next: "New Delhi, Apr 1:" over "India and Chile today agreed …".

The dateline readings take a place and a day that open the report's first sentence.  A page saved line by line may
set the dateline alone above it, closed by its colon or dash, and the place was then lost.  Joined to the line below,
it reads as the dateline it is; a line whose words are no place and day ("Background:") still gives nothing.
"""

from __future__ import annotations

import re

# A short line that opens in capitals and closes on a dateline's colon or dash.
_DATELINE_ALONE = re.compile(r"[A-Z][^\n:–—]{2,60}[:–—-]")


def joined_dateline(paragraphs: list[str], index: int) -> str:
    """The paragraph at ``index`` joined to the next when it may be a dateline alone on its line; else ""."""
    line = paragraphs[index].strip()
    if index + 1 >= len(paragraphs) or not _DATELINE_ALONE.fullmatch(line):
        return ""
    return f"{line} {paragraphs[index + 1]}"
