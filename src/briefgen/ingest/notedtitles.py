"""A headline printed bare, then again behind a note of where it was copied from: the bare copy is the headline.

A blog that reposts news prints the post's title, then the post's first line, which names where the copy came from
and repeats the title after a colon: "Yasay in talks with Russian counterpart for PRRD Moscow visit next year" over
"From the Philippine News Agency (Dec 6): Yasay in talks with Russian counterpart …" (retiredanalyst.blogspot.tw, a
Blogger site reposting PNA).  The second line was read as the headline and the first set aside as a section's label,
so the archived title opened on the note.  A line that ends on the whole of a title-sized line taken off just above
it, after a colon, adds only a note before the same words: the bare line is the headline.  A section's label is a
word or two, never the four words and more of a title, and never the closing words of the headline below it.
"""

from __future__ import annotations

import dataclasses

from briefgen.ingest.header import line_key
from briefgen.ingest.text import Part

# A title has a few words: a shorter label ("World News") may close a kicker's line by chance.
_MIN_WORDS = 4


def headline_before_note(part: Part) -> Part:
    """The part with the line taken off as a label above its headline as the headline, when the headline is that line
    behind a note and a colon (see the module's docstring); else the part as it is."""
    if part.headline is None:
        return part
    headline = line_key(part.headline)
    for removed in part.removed:
        if removed.kind != "section label" or len(removed.text.split()) < _MIN_WORDS:
            continue
        title = line_key(removed.text)
        note = headline[: -len(title)].rstrip() if headline.endswith(title) else ""
        if note.endswith(":") and len(note) > 1:
            return dataclasses.replace(part, headline=removed.text)
    return part
