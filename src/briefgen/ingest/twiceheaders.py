"""A site's header printed twice at the top of a page: its name and motto, once for each layout the page carries.

A page saved as text keeps every version of the site's header its template holds, one for wide screens and one for
phones, and they stand one after the other at the very top: "Tagata Pasifika / The Pacific voice on / New Zealand
television / since 1987", then the same four lines again, then the headline.  Each line is short and none of it is
the article, yet the motto's line reads as a headline ("The Pacific voice on") and was taken for the title.  What
gives the block away is its repetition: two lines or more at the top of the page, printed again right below in the
same order, every line of a few words.  An article's headline printed twice is one line (:mod:`retitled` and the
repeated-headline step handle it), and an article's text is never printed twice in a row from its first line.
"""

from __future__ import annotations

from briefgen.text.quotes import fold

# A header's lines are short: a name, a motto cut into lines, a year.
_HEADER_WORDS = 5
_FEWEST_LINES = 2
_MOST_LINES = 6


def twice_printed_header(texts: list[str]) -> int:
    """How many lines at the top of ``texts`` (the page's non-blank lines, in order) are a header printed twice in a
    row: the length of the block, 0 when the page does not open so.  Only the first copy's length is returned; the
    second copy is the next as many lines."""
    folded = [fold(text).casefold().strip() for text in texts[: 2 * _MOST_LINES]]  # only the top can be a header
    for size in range(_MOST_LINES, _FEWEST_LINES - 1, -1):
        if len(folded) < 2 * size:
            continue
        block = folded[:size]
        if block == folded[size : 2 * size] and all(0 < len(line.split()) <= _HEADER_WORDS for line in block):
            return size
    return 0
