"""The notice a government's site prints over the pages of a former government: furniture, never the report.

When a government leaves office, its site keeps the old pages under a notice that they are archived and may be out of
date: "Please note: The page below represents the archived content relating to the previous Government of Montenegro.
Some of the information might be inaccurate or outdated." (gov.me), "This page has been archived and is no longer
updated.", "This is archived content and may be out of date."  The notice speaks to the reader about the page, as a
comment box's lines do (:mod:`briefgen.ingest.commentforms`); left in the text it was the lede, and a page whose
headline follows it read as two articles, the notice's and the story's.

A notice line opens on the page ("the page", "this page", "this content", "this website", perhaps after "Please
note:"), says it is archived, and says the reader may find it out of date (outdated, inaccurate, no longer current or
updated, historical); the whole line must be such a notice, so a sentence of a story about archives stays text.

A former administration's copy of a site says the same by sending the reader on: "This site contains information from
January 2009-December 2014. Click HERE to go the CURRENT website." (a department's archived site over each of its old
releases).  The link to the current site, alone or after one sentence about this site, is the same notice: a story
never asks its reader to click to go to the current website.
"""

from __future__ import annotations

import re

# A whole line, case-folded: the page, its archiving, and a warning that it may be out of date.
ARCHIVE_NOTICE = re.compile(
    r"(?:(?:please\s+)?note\s*:?\s*)?(?:the|this)\s+(?:page|content|site|website|article|material)\b.{0,120}?\barchived\b"
    r".{0,200}?\b(?:outdated|out\s+of\s+date|inaccurate|no\s+longer\s+(?:current|updated|maintained)|historical)\b.{0,200}"
    # "This site contains information from January 2009-December 2014. Click HERE to go the CURRENT website."
    r"|(?:(?:the|this)\s+(?:page|content|site|website)\b[^.!?]{0,120}[.!]\s+)?"
    r"click\s+here\s+to\s+go\s+(?:to\s+)?the\s+current\s+(?:[\w.-]+\s+)?(?:web\s*)?site\s*[.!]?"
)
