"""A teaser under a box of related stories heads no second article.

Some sites print, below the story, a box headed "Related" whose items are
other stories' teasers: each story's headline (as a picture's link and again
as a text link) over the opening of its lede, and the same lede once more, cut
off in the middle of a word where the box ran out of room (a VOV page: "Related"
over "President Phuc departs for official visit to Switzerland" twice, its lede,
then the headline twice again and "VOV.VN - President Nguyen X").  The cut
reads the teaser's headline as a second article's, and the page was refused
as holding two.

A report never repeats its own paragraph cut short, so a part that comes right
after such a heading, holds at most three paragraphs, and ends with a copy of
one of them broken off mid-sentence is that box's teaser: it is folded into the
story above as removed lines, the heading with it.  A part under the heading
that reads as a story (its lines whole) is left as it was: a saved page may put
the box above the article's own headline.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from briefgen.ingest.widgets import MakeRemoved, PartLike

_P = TypeVar("_P", bound=PartLike[Any])

# The heading of a box of other stories, alone on its line (matched case-insensitively, whole), as it stays among the
# story's paragraphs: "Related news", "Related stories", "More news" and the like are link lines the cut takes out as
# furniture before any part is built (:mod:`.furniture`), so only the headings it leaves are read here.
_BOX_HEADING = re.compile(r"related|you may also like|more (?:news|stories)\s*:", re.IGNORECASE)
#: Most paragraphs a teaser holds: its lede and the lede's copies.
MAX_TEASER_PARAGRAPHS = 3
#: Fewest characters of a lede's cut copy: fewer could be a word or a name that opens two paragraphs alike.
MIN_CUT_COPY = 12
_SENTENCE_END = re.compile(r"[.!?…:;)\"'”’]\s*$")


def _cut_copy(paragraphs: list[str]) -> bool:
    """Whether the last paragraph is an earlier one's opening, broken off mid-sentence."""
    last = paragraphs[-1].strip()
    if len(last) < MIN_CUT_COPY or _SENTENCE_END.search(last):
        return False
    return any(p.strip() != last and p.strip().startswith(last) for p in paragraphs[:-1])


def _is_teaser(part: PartLike[Any]) -> bool:
    return part.headline is not None and 2 <= len(part.paragraphs) <= MAX_TEASER_PARAGRAPHS and _cut_copy(part.paragraphs)


def fold_related_teasers(parts: list[_P], removed: MakeRemoved) -> None:
    """Fold each teaser that follows a related-stories heading, closing the part above it, into that part as removed lines."""
    index = len(parts) - 1
    while index > 0:
        above, part = parts[index - 1], parts[index]
        if above.paragraphs and _BOX_HEADING.fullmatch(above.paragraphs[-1].strip()) and _is_teaser(part):
            heading = above.paragraphs.pop()
            below = len(above.paragraphs)
            lines = [part.headline or "", *part.paragraphs]
            lines += [getattr(r, "text", "") for r in part.removed if getattr(r, "kind", "") != "headline"]
            above.removed += [removed("link line", heading, below)]
            above.removed += [removed("related teaser", text, below) for text in lines if text]
            del parts[index]
        index -= 1
