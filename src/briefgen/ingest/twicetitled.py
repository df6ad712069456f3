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

A title written as a sentence, closed by a full stop as some governments write theirs ("President of the Republic
of Turkey H.E. Recep Tayyip Erdoğan pays an official visit to the Republic of Azerbaijan."), looks like the lede, so
no line was taken as the headline; printed twice back to back as the page's first two lines, without a comma, it is
the title.  Ledes and captions are printed twice too ("President Paul Kagame, yesterday, arrived in Maputo, …"), but
they set their clauses, times and places apart with commas, which such a title does without.
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
    stopped = _stopped_title_twice(part)
    if stopped is not None:
        return stopped
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


def _stopped_title_twice(part: Part) -> Part | None:
    """The part with its first line taken as the headline when no headline was read and the first two lines are the
    same one sentence closed by a full stop, shaped as a headline otherwise (see the module's docstring); else None."""
    if part.headline is not None or len(part.paragraphs) < 3:
        return None
    first, second = part.paragraphs[0], part.paragraphs[1]
    if _key(first) != _key(second) or not first.endswith(".") or first.endswith(".."):
        return None
    if len(first.split()) < _MIN_WORDS or not headline_like(first[:-1]) or "," in first:  # a lede or caption printed twice
        return None
    return dataclasses.replace(
        part,
        headline=first,
        paragraphs=part.paragraphs[2:],
        removed=[Removed("headline", first), *part.removed, Removed("repeated headline", second, 0)],
    )
