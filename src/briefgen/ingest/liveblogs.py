"""The controls a live blog prints between its headline and its entries: furniture, never an article's headline.

A news site's live page ("Federal politics live: …") prints, under its headline and summary, a panel of buttons and
headings before the first entry: "Key Events", "Submit a comment or question", "Live updates", "Follow our live
coverage below.", and a tag reading "live" over the headline.  Saved with the text, "Key Events" looks like the
headline of a second article (a short line in title case over paragraphs), so the page was refused as holding two; the
lines name no story and say nothing, so each is page furniture.
"""

from __future__ import annotations

import re

# Matched case-insensitively against a whole stripped line.
LIVE_BLOG_CONTROL = re.compile(
    r"key events|submit a (?:comment|question)(?: or (?:a )?(?:comment|question))?|live(?: updates| blog| coverage)?"
    r"|follow (?:our|the) live (?:coverage|updates|blog)(?: (?:below|here))?\.?",
    re.IGNORECASE,
)
