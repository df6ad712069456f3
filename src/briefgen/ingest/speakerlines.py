"""A deck that gives a speaker's words under his name: 'Yoon: "A Major Threat to the International Community"'.

Decks under a headline quote the people of the story this way, the name, a
colon and the quotation and nothing after it.  The name before the colon has
the shape of a dateline's place ("SEOUL: …"), but a dateline is followed by the
story's own text: a lede that opens with a quotation goes on after it ("… ," the
minister said), while a speaker's line ends where the quotation closes.

A transcript gives each turn under the speaker's office in capitals: "PRIME MINISTER: Thank you for being such a
magnificent host …", "QUESTION: Will the talks …".  An office or a role is never where a story was filed, so a
paragraph opened by one of them in capitals and a colon is a turn of speech, not a dateline ("PRIME MINISTER" is no
place), whatever follows it.

A quotation may also be introduced by the verb that says it, the speaker after it and a colon before the quotation:
"Said Alvarez: “For the Dominican government, it is of the highest priority …”" (a forum's report).  A dateline never
opens on a verb of saying, so such a paragraph is no dateline either ("Said Alvarez" is no place), whatever follows it.
"""

from __future__ import annotations

import re

# Offices and roles that head a transcript's turns, perhaps with the speaker's name: "PRESIDENT BIDEN:".
_TURN_HEADS = (
    "PRIME MINISTER",
    "DEPUTY PRIME MINISTER",
    "FOREIGN MINISTER",
    "MINISTER",
    "PRESIDENT",
    "VICE PRESIDENT",
    "PREMIER",
    "CHANCELLOR",
    "SECRETARY",
    "SPOKESPERSON",
    "SPOKESMAN",
    "QUESTION",
    "JOURNALIST",
    "REPORTER",
    "MODERATOR",
)
_TURN = re.compile(rf"^(?:THE\s+)?(?:{'|'.join(_TURN_HEADS)})(?:\s+[A-Z][A-Z'.-]+){{0,2}}\s*:\s")
# The verbs of saying that open a quotation's introduction, then the speaker (perhaps "the minister") and a colon.
_SAYING = ("Said", "Says", "Added", "Adds", "Noted", "Stressed", "Explained", "Declared", "Concluded", "Warned", "Insisted")
_SAID_LINE = re.compile(rf"^(?:{'|'.join(_SAYING)})\s+(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*:\s*[\"“‘']")
_SPEAKER_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s*[\"“‘'][^\"“”]{1,160}[\"”’']\.?")


def is_speaker_line(paragraph: str) -> bool:
    """Whether the whole paragraph is a name, a colon and a quotation, with nothing after it, or a transcript's turn
    under the speaker's office in capitals, or a quotation introduced by a verb of saying and its speaker (see the
    module's docstring)."""
    line = paragraph.strip()
    return _SPEAKER_LINE.fullmatch(line) is not None or _TURN.match(line) is not None or _SAID_LINE.match(line) is not None
