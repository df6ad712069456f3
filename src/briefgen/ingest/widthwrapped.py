"""A report wrapped at a fixed width with no blank line anywhere: its lines joined where a break falls inside a sentence.

:func:`briefgen.ingest.text.clean_page` joins the lines of a page wrapped at a
width (an e-mail, a terminal copy) block by block, but knows such a page by
blocks of several lines between blank lines.  Some sites print the whole page
as one block, wrapped at about eighty characters, every line its own
paragraph once archived::

    Kassym-Jomart Tokayev has arrived in Hungary on a state visit. He was welcomed
    by the country's Prime Minister Viktor Orbán at the airport of Budapest. During
    talks with the Hungarian President and Prime Minister, the Head of State is
    expected to discuss prospects for developing strategic partnerships in

Each sentence then reaches ``suggest`` in pieces ("talks with the Hungarian
President and Prime Minister, the Head of State is"), none of which quotes half
of the sentence an editor cites, and a piece with a figure is drafted alone.

Such a page has no blank line, lines of the wrapped width (most 30 to 90
characters, none over 100) and :data:`FEWEST_BREAKS` or more breaks plainly
inside a sentence: the line ends with no stop, colon or closing mark and the
next goes on in small letters ("He was welcomed" / "by the country's …", "for
more than" / "30 years of partnership"), or the line ends with a comma, or with
a title of office whose holder's name opens the next ("Kazakh President" /
"Kassym-Jomart Tokayev has arrived …").  Only
those breaks are joined: a line that ends without a stop before a capitalised
one may be a heading ("Kazakhstan, Hungary expand" / "economic cooperation" /
"Notably, for more than …"), and stays its own paragraph.  Pages of ordinary
paragraphs, one a line, have none or one or two such breaks, at a caption over
a sentence in small letters.
"""

from __future__ import annotations

import itertools
import re

#: The fewest breaks inside sentences that make a one-block page a wrapped one (the wrapped pages of the labelled sets
#: have 11 and 12; pages of one paragraph a line have at most 2).
FEWEST_BREAKS = 4
_FEWEST_LINES = 6
_LONGEST_LINE = 100
_WIDTH = (30, 90)
_AT_WIDTH = 0.7

# The line goes on: small letters, or a number and small letters ("30 years of partnership").
_GOES_ON = re.compile(r"^(?:[a-z]|\d[\d,.]*\s+[a-z])")
_ENDS = ".!?…:;\"”’')"
# A title of office at the line's end, its holder's name on the next line ("Kazakh President" / "Kassym-Jomart Tokayev
# has arrived …"): the title and the name are one subject, cut by the width.
_TITLE_AT_END = re.compile(r"\b(?:President|Minister|Premier|Chancellor|King|Queen|Emir|Ambassador|Secretary)$")
_NAME_STARTS = re.compile(r"^[A-Z][a-z]")


def breaks_inside(line: str, following: str) -> bool:
    """Does the break between ``line`` and ``following`` (both stripped) fall inside a sentence?"""
    if line.endswith(",") or (_TITLE_AT_END.search(line) and _NAME_STARTS.match(following)):
        return True
    return bool(line) and not line.endswith(tuple(_ENDS)) and _GOES_ON.match(following) is not None


def wrapped_in_one_block(lines: list[tuple[str, str]]) -> bool:
    """Is the page, its lines as (kind, stripped text) in order, one block of text wrapped at a width?"""
    kinds = [kind for kind, _ in lines]
    texts = [text for kind, text in lines if kind == "text"]
    if len(texts) < _FEWEST_LINES or max(len(t) for t in texts) > _LONGEST_LINE:
        return False
    first, last = kinds.index("text"), len(kinds) - 1 - kinds[::-1].index("text")
    if "blank" in kinds[first:last]:
        return False
    at_width = sum(1 for t in texts if _WIDTH[0] <= len(t) <= _WIDTH[1])
    pairs = itertools.pairwise(lines)
    inside = sum(1 for (k1, a), (k2, b) in pairs if k1 == k2 == "text" and breaks_inside(a, b))
    return at_width >= _AT_WIDTH * len(texts) and inside >= FEWEST_BREAKS
