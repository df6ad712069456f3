"""The headline a page prints twice, above the lines that were taken for it.

Many news templates print the article's title twice: once in the page's title
block and again over the text, with a byline or a "Published on" stamp between
the two copies.  Above the first copy sit the site's own labels ("Connect with
us", a section's name), and the first of those short lines was read as the
headline while the real one stayed in the body, twice.  No line of furniture
is printed twice around an article's title, and no sentence of the article
repeats itself word for word before the text begins: a headline-shaped line
shown twice above the first paragraph is the headline, and what stands above
its first copy is furniture.
"""

from __future__ import annotations

import dataclasses

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.text import Part, Removed

# How far down the page the two copies may sit: the title block and the byline's few lines.
_HEADER_LINES = 8
# A title has a few words: shorter lines ("Published", "News") repeat as labels, not as titles.
_MIN_WORDS = 4


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def headline_printed_twice(part: Part) -> Part:
    """The part with a headline-shaped line printed twice above its first paragraph taken as its headline; the line
    read as the headline before and the lines above the first copy are furniture, the second copy a repeat.

    Kept as it is when the headline already has as many words as the repeated line, or already is that line."""
    header: list[str] = []
    for line in part.paragraphs[:_HEADER_LINES]:
        if is_body(line):
            break
        header.append(line)
    keys = [_key(line) for line in header]
    twice = next(
        (i for i, line in enumerate(header) if keys.count(keys[i]) == 2 and len(line.split()) >= _MIN_WORDS and headline_like(line)), None
    )
    if twice is None:
        return part
    title = header[twice]
    if part.headline is not None and (_key(part.headline) == keys[twice] or len(part.headline.split()) >= len(title.split())):
        return part
    second = keys.index(keys[twice], twice + 1)
    furniture = [Removed("page furniture", line) for line in ([part.headline] if part.headline else []) + header[:twice]]
    removed = [r for r in part.removed if r.kind != "headline"]
    rest = [line for i, line in enumerate(part.paragraphs) if i > twice and i != second]
    return dataclasses.replace(
        part,
        headline=title,
        paragraphs=rest,
        removed=[Removed("headline", title), *furniture, *removed, Removed("repeated headline", header[second], second - twice - 1)],
    )
