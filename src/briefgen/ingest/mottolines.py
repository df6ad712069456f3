"""A site's motto under its name is not the headline: the title stands below the motto.

A small site's header prints its name and, under it, its motto in the site's own casing: "Zim Global Media" over "an
Afrocentric Voice", then the article's title ("Zimbabwe, Zambia Chart a New Era of Cooperation at Historic Bi-National
Commission") and its reading time.  The name alone was cut off above as page furniture, and the motto, the first
line left, was read as the headline while the real title stayed as the first paragraph.  A headline opens on a
capital; a short line that opens in lower case with an article or a possessive ("an Afrocentric Voice", "the voice of
the people", "your window on Africa") is a motto, and when a full headline-shaped line follows it, that line is the
title.
"""

from __future__ import annotations

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.headline_moves import headline_from_paragraph
from briefgen.ingest.text import Part

# A motto is a short phrase; a title below it has a few words more.
_MOST_MOTTO_WORDS = 6
_MIN_TITLE_WORDS = 5
# The words a motto opens on in lower case: an article or a possessive, never a headline's first word.
_MOTTO_OPENERS = frozenset(("a", "an", "the", "your", "our"))


def is_motto(line: str) -> bool:
    """Whether a whole line reads as a site's motto: a few words opening in lower case on an article or a possessive."""
    words = line.split()
    return 2 <= len(words) <= _MOST_MOTTO_WORDS and words[0] in _MOTTO_OPENERS and not line.rstrip().endswith((".", ":"))


def headline_below_motto(part: Part) -> Part:
    """The part with the headline-shaped first paragraph as its headline when the line read as the headline is the
    site's motto (see the module's docstring); the motto is recorded as page furniture.  Else the part as it is."""
    if part.headline is None or not part.paragraphs or not is_motto(part.headline):
        return part
    title = part.paragraphs[0]
    if is_body(title) or not headline_like(title) or len(title.split()) < _MIN_TITLE_WORDS or not title[:1].isupper():
        return part
    return headline_from_paragraph(part, 0)
