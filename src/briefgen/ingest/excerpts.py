"""A story's excerpt printed above the story itself heads no second article.

A page saved from a blog engine's site may show a post twice: at the top its
headline over the opening of its text, cut off with the engine's mark "[…]",
then the post in full under its own heading and byline (a Daily Guardian
page: "Qatari Amir to Embark on Two-Day State Visit to Nepal" over "Qatari
Amir Sheikh Tamim bin Hamad Al-Thani will undertake … His Highness Sheikh
[…]", then "Qatari Amir Sheikh Tamim bin Hamad Al-Thani to visit Nepal" and
the whole story).  Read as two headed parts, the page was refused as holding
two articles.  Two different reports do not open with the same dozen words,
so a part whose only paragraph ends with the mark and whose words, the mark
aside, open the next part's text word for word is that story's excerpt: the
story's paragraphs join the first part, whose headline stays the title, and
the excerpt and the story's own heading are recorded as removed lines.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from briefgen.ingest.widgets import MakeRemoved, PartLike

_P = TypeVar("_P", bound=PartLike[Any])

# The mark a blog engine ends an excerpt with: "[…]", "[...]", or its HTML entity left as text.
_CUT_MARK = re.compile(r"\s*\[(?:…|\.\.\.|&hellip;)\]\s*$")
#: Fewest words of an excerpt: fewer could open two different reports alike ("President Xi on Monday met …").
MIN_WORDS = 12


def _excerpt_words(part: PartLike[Any]) -> list[str] | None:
    """The words of a part that is only a headline over one paragraph ending in the cut mark; else None."""
    if part.headline is None or len(part.paragraphs) != 1:
        return None
    mark = _CUT_MARK.search(part.paragraphs[0])
    return part.paragraphs[0][: mark.start()].split() if mark else None


def _opens(excerpt: list[str], paragraphs: list[str]) -> bool:
    """Whether the text of ``paragraphs`` opens with the excerpt's words (its last word may be cut short)."""
    following = " ".join(paragraphs).split()[: len(excerpt)]
    whole = excerpt[:-1]
    if len(excerpt) < MIN_WORDS or len(following) < len(excerpt):
        return False  # a short excerpt, or a story shorter than its excerpt
    return following[: len(whole)] == whole and following[len(whole)].startswith(excerpt[-1])


def fold_excerpts(parts: list[_P], removed: MakeRemoved) -> None:
    """Join to each part that is a story's excerpt the story that follows it (see the module's docstring)."""
    index = 0
    while index + 1 < len(parts):
        part, story = parts[index], parts[index + 1]
        excerpt = _excerpt_words(part)
        if excerpt is None or not _opens(excerpt, story.paragraphs):
            index += 1
            continue
        part.removed.append(removed("story excerpt", part.paragraphs[0], 0))  # both above the story
        part.removed.append(removed("story's own heading", story.headline or "", 0))
        part.removed += [line for line in story.removed if getattr(line, "kind", "") != "headline"]
        part.paragraphs = list(story.paragraphs)
        del parts[index + 1]
