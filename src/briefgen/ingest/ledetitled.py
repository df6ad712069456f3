"""The headline a page's lede repeats, found when nothing else named one.

Above an article's text a copied page may keep lines of its template: a search
button's label ("Nav Search"), an app's download links, the weather of the
day, a standfirst under the headline.  When such lines stand first, or three
headline-shaped lines stand in a row, the lines alone do not say which one is
the headline, and the page was archived with none.  News writing settles it:
the lede tells the story the headline announces, so it names the same people,
places and acts again ("Xi, Ramaphosa announce elevation of ties" over
"Chinese President Xi Jinping and South African President Cyril Ramaphosa on
Monday announced the elevation of bilateral ties …").  No button's label or
weather line shares three words with the lede; a place alone ("London, UK")
shares one.  So the first headline-shaped line above the first paragraph that
shares at least three words with that paragraph is taken as the headline.

A list of summary points under the headline ("Key Points", a standfirst in three lines) echoes the lede as well, but
is written as three headlines or more in a row, none opening as a sentence does; a headline stands over at most one
such line, its deck, and then a standfirst, a caption or the lede.  Where such a list starts, the search stops: a
page that shows its points first has kept no headline.
"""

from __future__ import annotations

import re

from briefgen.ingest.bylines import is_stamp_line
from briefgen.ingest.header import caption_line, headline_like, is_body
from briefgen.ingest.headline_moves import with_headline
from briefgen.ingest.ledeplaces import opens_on_capital
from briefgen.ingest.meta import is_day_line
from briefgen.ingest.text import Part
from briefgen.text.english import FUNCTION_WORDS

# How far down the page the headline may sit below the template's lines.
_HEADER_LINES = 10
# A headline says something: fewer words are a label or a place, and fewer shared words a coincidence.
_MIN_WORDS = 4
_SHARED_WORDS = 3
# A run of this many headline-shaped lines is a list of points, not a headline and its deck.
_POINTS = 3
_SENTENCE_OPENERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i"))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.casefold()) if w not in FUNCTION_WORDS}


def _headline_shaped(line: str) -> bool:
    # A print dateline ("Freetown, Sierra Leone – November 19, 2024") names the lede's place, not its story; a lede
    # opening on its dateline ("Dar es Salaam. Mozambique President …", :mod:`ledeplaces`) is the story, no headline.
    shaped = len(line.split()) >= _MIN_WORDS and headline_like(line) and not is_stamp_line(line) and not is_day_line(line)
    return shaped and not opens_on_capital(line)


def _points(lines: list[str]) -> bool:
    """Whether the lines open with a list of summary points: three headline-shaped lines, none opening as a sentence."""
    run = lines[:_POINTS]
    return len(run) == _POINTS and all(_headline_shaped(line) and line.split()[0].casefold() not in _SENTENCE_OPENERS for line in run)


def headline_echoed_by_lede(part: Part) -> Part:
    """The part with the first headline-shaped line above its first paragraph taken as its headline, when that
    paragraph repeats three of its words or more; as it is when it has a headline already or no line qualifies."""
    if part.headline is not None:
        return part
    header = part.paragraphs[:_HEADER_LINES]
    lede = next((i for i, line in enumerate(header) if is_body(line) and not caption_line(line)), None)  # a photo's caption tells no story
    if lede is None:
        return part
    echoed = _words(header[lede])
    for index, line in enumerate(header[:lede]):
        if _points(header[index:lede]):
            break
        if _headline_shaped(line) and len(_words(line) & echoed) >= _SHARED_WORDS:
            return with_headline(part, index)
    return part
