"""A deck that gives a speaker's words under his name: 'Yoon: "A Major Threat to the International Community"'.

Decks under a headline quote the people of the story this way, the name, a
colon and the quotation and nothing after it.  The name before the colon has
the shape of a dateline's place ("SEOUL: …"), but a dateline is followed by the
story's own text: a lede that opens with a quotation goes on after it ("… ," the
minister said), while a speaker's line ends where the quotation closes.
"""

from __future__ import annotations

import re

_SPEAKER_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s*[\"“‘'][^\"“”]{1,160}[\"”’']\.?")


def is_speaker_line(paragraph: str) -> bool:
    """Whether the whole paragraph is a name, a colon and a quotation, with nothing after it."""
    return _SPEAKER_LINE.fullmatch(paragraph.strip()) is not None
