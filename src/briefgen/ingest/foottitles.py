"""The title a page prints only at its foot, where no headline was read at its head.

Some sites print the story's title at the foot of the text, over the "Related Articles" and comment boxes, and nothing
above the dateline: "Lima, September 18 (Andina-RHC) -- Peruvian President …" opens the page, and "Peru, Colombia to
Hold High-Level Bilateral Talks" stands alone after the last paragraph (radiohc.cu).  The page's address spells that
line word for word ("…/34039-peru-colombia-to-hold-high-level-bilateral-talks"), which no other line of a page does
but its own title: a related story's link or a teaser names another address.  So when no headline was read, a
headline-shaped line below the text whose words are every word of the address's page name (its story number aside)
is the page's headline.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.outlets import address_names
from briefgen.ingest.source_ids import slug_words
from briefgen.ingest.text import Part, Removed

# A title the address spells has a few words: fewer would be a label the address happens to hold.
_MIN_WORDS = 5


def _spells_whole_name(line: str, name: str) -> bool:
    """Whether ``line`` holds every word of the address's page name ``name``, and only those (a story number aside)."""
    named = {w for w in slug_words(re.sub(r"[-_+.]", " ", name.casefold()), 30) if not w.isdigit()}
    named -= {"html", "htm", "php", "aspx"}
    said = set(slug_words(re.sub(r"['’]", " ", line), 30))
    return len(named) >= _MIN_WORDS and said == named


def headline_at_foot(part: Part, address: str | None) -> Part:
    """The part with the line below its text that the address spells whole as its headline, when it has none (see the
    module's docstring); else the part as it is."""
    if part.headline is not None or not address:
        return part
    for index, line in enumerate(part.paragraphs):
        if index == 0 or is_body(line) or not headline_like(line):
            continue
        name = address_names(line, address)
        if name is None or not _spells_whole_name(line, name):
            continue
        rest = [p for i, p in enumerate(part.paragraphs) if i != index]
        return dataclasses.replace(part, headline=line, paragraphs=rest, removed=[*part.removed, Removed("headline", line, index)])
    return part
