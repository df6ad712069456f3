"""Lines a page prints around its report that read like claims: labels, comment counters, lead-ins, late captions.

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

A photo's caption tells its picture in the present tense after the names it
shows ("… Takaichi and her Italian counterpart Giorgia Meloni shake hands
ahead of their meeting … on Friday", "German Chancellor Olaf Scholz speaks at
a press conference in Tokyo in April 2022"), and closes on the picture's
day: a weekday or a month and year, where :func:`briefgen.suggest.furniture.is_dated_caption`
reads a full date.  A report tells a day gone in the past tense; a schedule's
present ("arrives on Friday") is not among the picture's verbs, and a plan or a
signing shown ("will sign", "sign agreements") is drafted as before.
"""

from __future__ import annotations

import re

from briefgen.suggest.courtesies import TRACE
from briefgen.text.english import LEADING_QUOTES, MONTH_PATTERN

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
# What people do in a picture, in the present tense, right after a name (", left," or a bracket between).
_NAMED_PICTURE_PRESENT = re.compile(
    r"[A-Z][\w.’'-]*\)?,?\s+(?:shakes? hands|stands?|poses?|walks?|speaks?|listens?|gestures?|greets?|welcomes?|sits?|"
    r"waves?|smiles?|chats?|looks on|inspects?|hugs?|embraces?|disembarks?|boards?|"
    r"(?:is|are) (?:seen|pictured|welcomed|received|greeted))\b"
)
# The picture's day closing the line: a weekday, or a month and its year.
_CLOSING_WEEKDAY_OR_MONTH = re.compile(
    rf"\s(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:{MONTH_PATTERN}) \d{{4}})\s*[.)]?\s*$"
)
# A plan told under a picture is drafted: "will lay a wreath on Friday".
_AHEAD = re.compile(r"\b(?:will|(?:is|are) (?:due|set|expected|scheduled) to)\b")


def is_page_label(text: str) -> bool:
    """A line opened by the page's label ("Video:", "Highlights:"), a blog's comment counter, or a lead-in cut at its comma."""
    rest = text.lstrip(LEADING_QUOTES).strip()
    return bool(_PAGE_LABEL.match(rest) or _COMMENT_COUNTER.search(rest) or _LEAD_IN.match(rest))


def is_late_caption(text: str) -> bool:
    """A caption in a picture's present tense after a name, closing on a weekday or a month and year (see the docstring)."""
    rest = text.lstrip(LEADING_QUOTES)
    if not _CLOSING_WEEKDAY_OR_MONTH.search(rest) or _AHEAD.search(rest) or TRACE.search(rest):
        return False
    return bool(_NAMED_PICTURE_PRESENT.search(rest))
