"""Lines a page prints around its report that read like claims: labels, comment counters, lead-ins.

A news page sets some lines apart with a word of its own and a colon: the
title of an embedded video ("Video: Modi was received in Vienna on
Wednesday"), a box of key points ("Highlights: President Xi … held talks at
the Great Hall of the People"), the leftover of a rewriting tool
("Paraphrase: …").  What such a line names is reported in the body, with its
day and its source; the line is the page's, not the report's.  A blog prints
its categories and a comment counter over the title ("Asia-Pacific, Europe,
News No Comments on …").  A sourcing lead-in cut off at its comma ("According
to a release issued on Monday by presidential spokesperson, Bayo Onanuga,")
names who spoke and none of what was said.

A photo's caption closing on a weekday or a month is read beside the other captions:
:func:`briefgen.suggest.furniture.is_late_caption`.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES

# The page's label before a line: a video's or a gallery's title, a box of key points, a tool's output.
_PAGE_LABEL = re.compile(
    r"^(?:video|watch|listen|podcast|gallery|photos|in pictures|in photos|highlights?|key (?:points?|highlights?|takeaways?)|"
    r"paraphrase)\s*:\s",
    re.IGNORECASE,
)
# A blog's comment counter or invitation over a post.
_COMMENT_COUNTER = re.compile(r"\bNo Comments? on\b|\bLeave a comment\b")
# A sourcing lead-in standing alone: opened by "According to", ended by the comma that should bring the words in.
_LEAD_IN = re.compile(r"^(?:According to|As per)\b[^;:.]*,$")


def is_page_label(text: str) -> bool:
    """A line opened by the page's label ("Video:", "Highlights:"), a blog's comment counter, or a lead-in cut at its comma."""
    rest = text.lstrip(LEADING_QUOTES).strip()
    return bool(_PAGE_LABEL.match(rest) or _COMMENT_COUNTER.search(rest) or _LEAD_IN.match(rest))
