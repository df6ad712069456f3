"""A part's headline moved after the page is cut: put back as text, set aside as the masthead, or taken from a paragraph.

The cut (:mod:`briefgen.ingest.text`) takes the first line shaped as a headline for each part's headline; the
address and the site's name, read later (:mod:`briefgen.ingest.titling`, :mod:`briefgen.ingest.ledetitled`), can
say that the line was a kicker, a standfirst, the site's masthead, or that a later paragraph is the headline; a line read as the
headline may also turn out to be the site's header over a breadcrumb (:mod:`briefgen.ingest.crumbedtitles`) or a copy
of the headline with a trail (:mod:`briefgen.ingest.trailedtitles`).  These moves keep
the part's record of what was removed true, so the archived text and its notes agree.
"""

from __future__ import annotations

import dataclasses

from briefgen.ingest.header import headline_like, is_body, line_key
from briefgen.ingest.meta import dateline_length
from briefgen.ingest.text import Part, Removed

# How far below the headline taken from a paragraph its second copy may stand: past a standfirst and a caption.
_REPEAT_WITHIN = 3


def without_headline(part: Part) -> Part:
    """The part with its headline line put back as its first paragraph: for a line the address shows is a kicker."""
    index = next((i for i, r in enumerate(part.removed) if r.kind == "headline"), None)
    if part.headline is None or index is None:
        return part
    removed = [*part.removed[:index], *part.removed[index + 1 :]]
    return dataclasses.replace(part, headline=None, paragraphs=[part.headline, *part.paragraphs], removed=removed)


def set_aside(part: Part, kind: str) -> Part:
    """The part with its headline line recorded as removed furniture of ``kind`` and no headline: for a standfirst the
    address disowns, which the page printed over a headline it did not keep.  The text stays as it was cut: the line
    never stood in it, and read as the lede it would lend the story its words and days."""
    if part.headline is None:
        return part
    removed = [Removed(kind, part.headline) if r.kind == "headline" else r for r in part.removed]
    return dataclasses.replace(part, headline=None, removed=removed)


def without_masthead(part: Part) -> Part:
    """The part with its "headline" removed as the site's masthead, and the next line as its headline when it reads as one:
    above the text, or above a dateline alone on its line ("Bogor, Indonesia, Feb 12 (AFP) Feb 12, 2025")."""
    if part.headline is None:
        return part
    removed = [Removed("masthead", part.headline) if r.kind == "headline" else r for r in part.removed]
    rest = dataclasses.replace(part, headline=None, removed=removed)
    below = rest.paragraphs[1] if len(rest.paragraphs) > 1 else ""
    if below and headline_like(rest.paragraphs[0]) and (is_body(below) or dateline_length(below) > 0):
        return with_headline(rest)
    return rest


def with_headline(part: Part, index: int = 0) -> Part:
    """The part with its paragraph ``index`` (the first by default) taken as its headline: for a line the address names
    as the page's title."""
    if part.headline is not None or len(part.paragraphs) < index + 2:
        return part
    line, rest = part.paragraphs[index], part.paragraphs[:index] + part.paragraphs[index + 1 :]
    removed = [Removed("headline", line), *part.removed]
    # A page that prints its headline and standfirst twice (once per layout) has the headline again a line or two below:
    # the copy is the title's repeat, not a line of the text (the cut takes it off so when it reads the headline itself).
    again = next((i for i in range(index, min(index + _REPEAT_WITHIN, len(rest))) if line_key(rest[i]) == line_key(line)), None)
    if again is not None:
        removed.append(Removed("repeated headline", rest[again], again))
        rest = rest[:again] + rest[again + 1 :]
    return dataclasses.replace(part, headline=line, paragraphs=rest, removed=removed)


def headline_from_paragraph(part: Part, index: int) -> Part:
    """The part with its paragraph ``index`` as its headline, the line read as the headline before it and the
    paragraphs above ``index`` recorded as page furniture: for a headline the cut took from the page's header."""
    assert part.headline is not None
    line = part.paragraphs[index]
    between = [Removed("page furniture", p) for p in part.paragraphs[:index]]
    removed = [r for r in part.removed if r.kind != "headline"]
    return dataclasses.replace(
        part,
        headline=line,
        paragraphs=part.paragraphs[index + 1 :],
        removed=[Removed("headline", line), Removed("page furniture", part.headline), *between, *removed],
    )
