"""A part headed by the article's own headline again is that article continued, not a second one.

Some sites print the story's title a second time above its photo strip or
its closing block ("President X leaves US for Kenya after historic state
visit [PHOTOS]", then lower down "X leaves US for Kenya after historic state
visit" over the pictures' captions).  Read as a headline, the second copy cut
the page into two "articles", and ``sources add`` refused the page until the
editor chose a part, though the page holds one story.  Two different reports
on one page do not share every word of the shorter one's headline, so a
headline whose words all stand in an earlier part's headline (a tag such as
"[PHOTOS]" or "(VIDEO)" aside, at most two words more or fewer) continues
that part: its paragraphs join it, and the copies of the title are recorded
as removed lines, so the archived source's notes list them.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from briefgen.ingest.widgets import MakeRemoved, PartLike, moved

_P = TypeVar("_P", bound=PartLike[Any])

# A tag a site adds to a headline about its media: "[PHOTOS]", "(VIDEO)", "| WATCH".
_MEDIA_TAG = re.compile(r"[\[(][^\])]{1,20}[\])]|\|\s*\w+\s*$")
_WORD = re.compile(r"[\w'’]+")
#: Fewest words a headline must have for its repeat to be told from a short label printed twice.
MIN_WORDS = 5
#: Most words one copy may have that the other lacks ("President", "[PHOTOS]" is already aside).
MAX_EXTRA = 2


def _words(headline: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(_MEDIA_TAG.sub(" ", headline))}


def same_headline(first: str, second: str) -> bool:
    """Whether two headlines are one title printed twice: every word of the shorter in the longer, few more."""
    small, large = sorted((_words(first), _words(second)), key=len)
    return len(small) >= MIN_WORDS and small <= large and len(large - small) <= MAX_EXTRA


def fold_repeated_headlines(parts: list[_P], removed: MakeRemoved) -> None:
    """Join each part headed by an earlier part's headline to the part before it (see the module's docstring)."""
    index = 1
    while index < len(parts):
        part = parts[index]
        title = part.headline
        if title is None or not any(p.headline and same_headline(p.headline, title) for p in parts[:index]):
            index += 1
            continue
        before = parts[index - 1]
        kept: list[str] = []
        below = len(before.paragraphs)
        before.removed.append(removed("headline again", title, below))
        for text in part.paragraphs:  # its paragraphs that repeat the title again are copies too
            if same_headline(text, title):
                before.removed.append(removed("headline again", text, below + len(kept)))
            else:
                kept.append(text)
        for line in part.removed:  # its own copies of its title are copies of the article's
            kind = getattr(line, "kind", "")
            if kind == "repeated headline":
                before.removed.append(removed("headline again", line.text, below + getattr(line, "after", 0)))
            elif kind != "headline":
                before.removed.append(moved(removed, line, below))
        before.paragraphs += kept
        del parts[index]
