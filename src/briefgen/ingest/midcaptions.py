"""A line printed twice in a row between two paragraphs of one story is a photo's caption, not a second article.

A picture set into a story often carries its caption twice, as the image's own
text and printed under it ("President of Angola visit Ghana" twice, between the
first paragraph and the rest of a Pulse Ghana report).  Headline-shaped and
followed by its own copy, the line was read as a second article's headline,
and ``sources add`` refused the page as holding two articles.  A second
article's first paragraph names its subject; a paragraph that opens with a
pronoun ("He is in the country …") refers to someone named before it, so it
continues the story above.  And a line printed twice with a photo credit right
under it ("Image: PCS", as The Star's galleries print each picture) is a
picture's caption whatever follows: a second article's headline is not
credited to a photographer.  So is a line printed twice that closes with an
agency's name after a full stop ("Brazilian president Luiz Inacio Lula da
Silva. AFP", Ahram Online): a headline has no full stop and credits no
agency.  A part headed by a line printed twice in a row, whose first paragraph
opens so, whose copies a credit follows or which credits itself, joins the part
before it, and both copies of the line are recorded as photo captions.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from briefgen.ingest.captions import PICTURE_AGENCIES
from briefgen.ingest.header import is_body
from briefgen.ingest.twicecaptions import headline_copy
from briefgen.ingest.widgets import MakeRemoved, PartLike, moved

_P = TypeVar("_P", bound=PartLike[Any])

# A paragraph that refers back: a personal pronoun or a possessive as its first word ("He is in the country …",
# "Their talks …"); "It" and "This" are left out, since a new report may open on "It is …" or "This week …".
_REFERS_BACK = re.compile(r"(?:He|She|They|His|Her|Their|Both)\s")
# A caption's closing credit: a full stop, then an agency's name alone ("… Lula da Silva. AFP").
_CLOSING_AGENCY = re.compile(rf"[.!?]\s+{PICTURE_AGENCIES}\s*$")


def _doubled_headline(part: PartLike[Any]) -> bool:
    """Whether the part's removed lines open with its headline and, right after it, the headline's copy, word for word."""
    copy = headline_copy(part)
    return copy is not None and part.headline is not None and copy.split() == part.headline.split()


def _credited(part: PartLike[Any]) -> bool:
    """Whether the line the cut took next after the headline's two copies is a photo's credit ("Image: PCS")."""
    return len(part.removed) > 2 and getattr(part.removed[2], "kind", "") == "photo caption"


def fold_midstory_captions(parts: list[_P], removed: MakeRemoved) -> None:
    """Join to the part before it each later part headed by a line printed twice whose first paragraph refers back,
    or whose copies a photo credit follows."""
    index = 1
    while index < len(parts):
        part, before = parts[index], parts[index - 1]
        opening = part.paragraphs[0] if part.paragraphs else ""
        credits_itself = _CLOSING_AGENCY.search(part.headline or "") is not None
        a_caption = _doubled_headline(part) and (_REFERS_BACK.match(opening) is not None or _credited(part) or credits_itself)
        if not (a_caption and any(is_body(p) for p in before.paragraphs)):
            index += 1
            continue
        caption = part.headline or ""
        below = len(before.paragraphs)
        copies = [removed("photo caption", caption, below), removed("photo caption", caption, below)]
        before.removed += [*copies, *(moved(removed, line, below) for line in part.removed[2:])]
        before.paragraphs += part.paragraphs
        del parts[index]
