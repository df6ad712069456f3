"""A page wrapped at a fixed width with no blank line anywhere: its paragraphs found again.

Wire reprints (MENAFN's copies of agency reports, some broadcasters' pages) arrive broken into lines of 60–85
characters, every sentence running over several lines and no blank line between paragraphs.  Read line by line,
each line is a paragraph and each sentence is drafted in pieces ("Giorgia Meloni first held a one-on-one meeting,
which later"), so nothing on such a page can match what it says.  The older test for wrapped text
(:func:`briefgen.ingest.text._looks_hard_wrapped`) wants blank lines between paragraphs to tell wrapping from a page
that simply puts one paragraph on each line; this module handles the page that has none.

How a line is told to run on: typesetting fills a line up to the width, so a line that reaches near the page's width
was broken by the wrapping and goes on in the next line, while a line well short of it ends its paragraph (a
paragraph's last line, a heading, a credit such as "(MENAFN- AzerNews)", a time stamp), unless the next line opens in
lower case or on a figure, or a title of office ends the line and its holder's name opens the next, or the line stops
mid-clause (on a word in lower case or a comma) past 60% of the width ("… Azernews reports, citing" over "President
of Azerbaijan …").  A full stop is no guide on its own: a sentence may end at a full line inside a paragraph, and a
short title ends without one.

The page qualifies only when its lines look wrapped: at least eight lines of text, none longer than 90 characters
(but a headline on the first line), most of them of a middle length, most ending without a full stop (a page of one
paragraph a line ends almost every line on one), and no bullet lines (a list is a list).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Protocol, TypeVar

from briefgen.text.english import is_bullet

_MIN_LINES = 8
_MAX_WIDTH = 90
_RUNS_ON = 0.75  # a line at least this share of the page's width goes on in the next one
_OPEN_END = 0.6  # a line ending mid-clause (on a small word or a comma) runs on from this share of the width
_MID_CLAUSE = re.compile(r"[a-z,;]$")
_TITLE_AT_END = re.compile(r"\b(?:President|Minister|Premier|Chancellor|King|Queen|Emir|Ambassador|Secretary)$")
_NAME_OPENS = re.compile(r"[A-Z][a-z]")
_SLACK = 1.1  # the longest line wrapping leaves, as a share of the width (the ninth decile of the lengths)
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


class _Line(Protocol):
    text: str
    kind: str
    block: int


LineT = TypeVar("LineT", bound=_Line)


def _width(texts: list[str]) -> int:
    """The page's wrapping width: the length most full lines reach (the ninth decile, not the one longest line)."""
    lengths = sorted(len(t) for t in texts)
    return lengths[(len(lengths) * 9) // 10 - 1] if len(lengths) >= 10 else lengths[-1]


def _looks_wrapped(texts: list[str]) -> bool:
    body = texts[1:] if len(texts[0]) > _MAX_WIDTH else texts  # a headline over the wrapped text keeps its own length
    if len(body) < _MIN_LINES or max(len(t) for t in body) > _MAX_WIDTH or any(is_bullet(t) for t in texts):
        return False
    middle = sum(1 for t in body if 30 <= len(t) <= _MAX_WIDTH)
    open_ended = sum(1 for t in body if not _ENDS_SENTENCE.search(t))
    return middle >= 0.7 * len(body) and open_ended >= 0.5 * len(body)


def _goes_on(line: str, next_line: str) -> bool:
    """A line is carried on by the next when that one opens in lower case or on a figure: no sentence or heading does
    ("Kazakhstan, Hungary expand" over "economic cooperation"; "Notably, for more than" over "30 years of …"); and a
    title of office at a line's end is carried on by its holder's name ("Kazakh President" over "Kassym-Jomart Tokayev
    has arrived …"): the width cut one subject in two."""
    if _TITLE_AT_END.search(line) and _NAME_OPENS.match(next_line):
        return True
    return next_line[:1].islower() or next_line[:1].isdigit()


def reflowed_block(lines: list[LineT]) -> list[LineT] | None:
    """The lines with each paragraph given a block of its own, or None when the page is not one wrapped block.

    The caller joins the lines of each block (as for any wrapped text); here only the blocks are numbered: a new
    block starts after every text line that stops short of the page's width.
    """
    texts = [ln for ln in lines if ln.kind == "text"]
    line_texts = [ln.text for ln in texts]
    if len({ln.block for ln in texts}) != 1 or not _looks_wrapped(line_texts):
        return None
    width = _width(line_texts)
    shortest, longest = _RUNS_ON * width, _SLACK * width  # a line past the width was never wrapped (a headline)
    first = texts[0].block
    added = 0  # blocks opened so far inside the wrapped one; the blocks after it move down by as many
    renumbered: list[LineT] = []
    following = {id(a): b.text for a, b in itertools.pairwise(texts)}
    previous_ran_on = True
    for line in lines:
        if line.block == first and line.kind == "text":
            added += 0 if previous_ran_on else 1
            length = len(line.text)
            previous_ran_on = (
                shortest <= length <= longest
                or (_OPEN_END * width <= length <= longest and _MID_CLAUSE.search(line.text) is not None)
                or _goes_on(line.text, following.get(id(line), ""))
            )
        block = line.block + added if line.block >= first else line.block
        renumbered.append(dataclasses.replace(line, block=block))  # type: ignore[type-var]
    return renumbered
