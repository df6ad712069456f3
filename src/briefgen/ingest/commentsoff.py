"""The title a WordPress theme's comment notice names, where the notice was read as the headline.

A theme that prints each post's meta line under its title writes the author, then the comment link, which on a post
closed to comments reads "Comments Off on <the post's title>"; a copy of the page runs the two together: "Web
DeskComments Off on NDF and BDF kick off with exercise Hanganee Two".  The title itself stands on the line above, beside
its category, and a reading that took the pair for a section's label and its echo left the meta line as the headline.
The notice spells the post's title in full, so the title after "Comments Off on" is the headline.  The words are the
theme's own, never a headline's or a sentence's, so the notice is read wherever it heads the story.
"""

from __future__ import annotations

import re

# "Web DeskComments Off on NDF and BDF kick off …": an author (or nothing), the notice, then the title.
_NOTICE = re.compile(r"^(?:.{0,60}?)Comments Off on\s+(?P<title>\S.{4,})$")


def title_of_notice(headline: str) -> str | None:
    """The post's title a "Comments Off on <title>" notice names, if the headline is one; else None."""
    match = _NOTICE.match(headline.strip())
    return match.group("title").strip() if match is not None else None
