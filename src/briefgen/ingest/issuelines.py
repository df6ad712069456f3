"""The masthead's line of a newspaper's volume: furniture, never the headline.

A paper's site prints its print edition's masthead over every story: the town, the day, the volume ("Exeter, Devon UK
• Apr 13, 2024 • VOL XII", a student paper's banner).  The day is the day the page was read and the volume is the
paper's, so the line says nothing of the story; standing first, it was read as the headline.

A masthead line is short, its parts set apart by bullets, dots or bars, and its last part the volume, perhaps with the
issue: "VOL XII", "Vol. 12 No. 34".  A story's sentence does not end on a volume number after a bullet.
"""

from __future__ import annotations

import re

# A whole line, case-folded: a few parts set apart by bullets or bars, the last the volume (and perhaps the issue).
ISSUE_LINE = re.compile(
    r"(?=.{1,120}$)(?:[^•·|]{1,60}\s*[•·|]\s*){1,4}vol(?:ume)?\.?\s*(?:[ivxlc]{1,7}|\d{1,3})\b"
    r"(?:\s*[,•·|]?\s*(?:no|issue)\.?\s*\d{1,4})?"
)
