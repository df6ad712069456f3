"""The heading of a box of links alone on its line ("Also Read", "Related links:"): furniture, unless it heads a list.

A page prints a box of links to its other stories inside or below the article, under a heading: "Also Read", "ALSO
READ", "Read More", "Related links:", "- READ MORE ON:" (a list's dash before it).  Copied with the page, the heading is
often all that is left of the box (its links were pictures or a script's), and it stands alone between two paragraphs
of the report; it names no story and says nothing, so it is page furniture.

When items of a list follow it ("Read also:" over "- China invites Ukraine's foreign minister for talks …"), the
heading stays in the text with them: the draft reader knows lines so listed under such a heading for other stories'
headlines and drafts nothing from them (:func:`briefgen.suggest.page_chrome.link_list_lines`), which it could not do
with the heading gone.
"""

from __future__ import annotations

import re

from briefgen.text.english import is_bullet

# Matched case-insensitively against a whole stripped line.
LINK_HEADING = re.compile(r"(?:[-•]\s*)?(?:also read|read more|read also|see also|related links?)(?:\s+on)?\s*:?", re.IGNORECASE)


def heads_a_list(heading: str, following: str | None) -> bool:
    """Whether a link box's lone heading ``heading`` has the items of a list right below it (``following``, the next
    line with text): then it stays with them."""
    return bool(LINK_HEADING.fullmatch(heading)) and following is not None and is_bullet(following)
