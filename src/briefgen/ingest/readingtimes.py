"""The lines of a story's details under its reading time, where a page may print its day.

Some pages print, below the standfirst, the story's reading time and then a short list of its details: the Federal
Government of Germany's "2 min reading time", "• Transcript of press conference", "• Monday, 16 September 2024".
:mod:`briefgen.ingest.lonedates` reads a date alone on its line only among the first few paragraphs, and on the page
of Scholz's press statement in Astana the site's menu ("• Home Page", "• Chancellor", … six lines) stands above the
headline's words, so the date line was the eleventh paragraph and the page was archived undated, every relative date
in it unresolved.  The reading time belongs to the story (a site's banner or a list of other stories never prints
one), so the short lines right after it are the story's details wherever they stand, and a date among them is read
as the story's day, as a date alone near the top is.
"""

from __future__ import annotations

import re

from briefgen.ingest.furniture import READING_TIME

# "2 min reading time", "4 mins read", "2 MIN READ", "5 minute read": the story's reading time on a line of its own.
_READING_TIME = re.compile(READING_TIME + r"(?:ing\s+time)?", re.IGNORECASE)
# How many lines after the reading time its list of details may run, and how long a line of it may be: a type of
# item ("Transcript of press conference"), a date; never a sentence of the story.
_DETAIL_LINES = 3
_DETAIL_WORDS = 6


def detail_lines(paragraphs: list[str]) -> list[str]:
    """The short lines right after the first reading-time line of ``paragraphs`` (up to the first longer line), or none."""
    for index, paragraph in enumerate(paragraphs):
        if not _READING_TIME.fullmatch(paragraph.strip()):
            continue
        details: list[str] = []
        for line in paragraphs[index + 1 : index + 1 + _DETAIL_LINES]:
            if len(line.split()) > _DETAIL_WORDS:
                break
            details.append(line)
        return details
    return []
