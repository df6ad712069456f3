"""A video player saved with a page: the clip's length alone on its line, then the clip's title printed twice.

A news page that embeds a clip about a related event shows the clip's running
time ("02:04"), its title over the player and the same title again as the
player's caption.  Copied as text, the title printed twice reads as a second
article's headline shown again below its photo, and ``sources add`` refused
the page as holding two articles.  The length and the repeated title together
are the player's own furniture; a title printed once after a time of day (a
live blog's entry) is left alone.
"""

from __future__ import annotations

import re

# A clip's running time alone: "02:04", "1:02:33".
_DURATION = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d")


def video_player_lines(texts: list[str], kinds: list[str]) -> list[int]:
    """Indexes of the lines of each video player: its length, then its title printed twice (lines of kind "text")."""
    found: list[int] = []
    for index, text in enumerate(texts):
        if kinds[index] != "text" or not _DURATION.fullmatch(text):
            continue
        below = [i for i in range(index + 1, len(texts)) if kinds[i] != "blank"][:2]
        if len(below) == 2 and all(kinds[i] == "text" for i in below) and texts[below[0]] == texts[below[1]]:
            found += [index, *below]
    return found
