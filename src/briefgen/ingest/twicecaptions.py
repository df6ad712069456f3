"""A line printed twice in a row under the headline is a photo's caption, not the headline.

A picture on a news page often carries its caption twice: once as the image's own text and once printed under it,
with nothing between the two copies.  When the page's real headline stands alone above the picture, it was cut off as
a "part" with no paragraph of its own and thrown away as furniture, and the caption's first copy was read as the
headline, its second as the headline repeated ("Rama meets Meloni, welcomed with a state ceremony …" over "Meloni and
Rama in Rome at the Chigi Palace" printed twice).  A template that prints the title twice puts the byline or the
stamp between the copies, or prints nothing headline-shaped above it; a full headline-shaped line right above a line
printed twice in a row is the headline, and the twice-printed line is the picture's caption.
"""

from __future__ import annotations

from typing import Any, TypeVar

from briefgen.ingest.bylines import is_stamp_line
from briefgen.ingest.header import headline_like, is_body, is_name_line, line_key
from briefgen.ingest.widgets import MakeRemoved, PartLike

_P = TypeVar("_P", bound=PartLike[Any])

# A headline has a few words more than a site's labels and mottos ("Latest News Editor's Choice"): the line above the
# caption must read as a full title.
_MIN_WORDS = 6


def _is_title(line: str) -> bool:
    return len(line.split()) >= _MIN_WORDS and headline_like(line) and not is_stamp_line(line) and not is_name_line(line)


def headline_copy(part: PartLike[Any]) -> str | None:
    """The copy of its headline a part's removed lines give right after the headline (the line printed twice in a
    row, as the part was built), or None; each caller says how alike the copy must be."""
    removed = part.removed
    if part.headline is None or len(removed) < 2:
        return None
    first, second = removed[0], removed[1]
    if getattr(first, "kind", "") != "headline" or getattr(second, "kind", "") != "repeated headline":
        return None
    return str(getattr(second, "text", ""))


def _caption_pair(part: PartLike[Any]) -> str | None:
    """The line a part took for its headline when the part's removed lines open with it and its copy right after it
    (the same line printed twice in a row); else None."""
    copy = headline_copy(part)
    if copy is None or part.headline is None or line_key(copy) != line_key(part.headline):
        return None
    return part.headline


def headline_over_caption(parts: list[_P], removed: MakeRemoved) -> None:
    """Give the first article the headline that stands alone above it when the line it took for its headline is
    printed twice in a row; both copies are recorded as photo captions and the lines above the headline as furniture.

    Only the page's top is read: the first part must hold no paragraph of article text and no headline of its own, the
    second must open with the doubled line."""
    if len(parts) < 2:
        return
    stub, article = parts[0], parts[1]
    if stub.headline or not stub.paragraphs or any(is_body(p) for p in stub.paragraphs):
        return
    caption = _caption_pair(article)
    title = stub.paragraphs[-1]
    if caption is None or not _is_title(title) or line_key(title) == line_key(caption):
        return
    above = [removed("furniture part", line, 0) for line in stub.paragraphs[:-1]]  # all of it above the article
    article.headline = title
    copies = [removed("photo caption", caption, 0), removed("photo caption", caption, 0)]
    article.removed[:2] = [removed("headline", title, 0), *stub.removed, *above, *copies]
    del parts[0]
