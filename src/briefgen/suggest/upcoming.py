"""A participle's date after a comma belongs to the upcoming occasion it describes.

"The aforementioned discussion is part of the preparations for the upcoming Arab Summit, hosted by Jordan in
March" (a page of February): "hosted by Jordan in March" has no subject of its own; it describes the summit, and
"upcoming" says the summit is still to come, so the March is the coming one.  Read as a clause of its own, "hosted"
looked like a past act and the March fell eleven months back.  Only a clause that opens on the participle, right
after a comma, and a noun phrase before that comma marked "upcoming" or "forthcoming", are read this way: "the
summit, hosted by Jordan in March" with no such word is left to the usual reading.
"""

from __future__ import annotations

import re

from briefgen.text.english import IRREGULAR_PASTS, sentence_before

# The participle that opens the date's clause: "hosted by", "held in", "organised by", "led by".
_PARTICIPLE = re.compile(rf"^\s*(?:(?-i:[a-z]{{2,}}ed)|{IRREGULAR_PASTS})\b", re.IGNORECASE)
_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\b", re.IGNORECASE)
# A verb or a clause word in the participle's clause: then it is more than a participle's phrase.
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|which|who|that|when)\b", re.IGNORECASE)


def describes_upcoming(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` ends a participle's phrase describing an upcoming occasion named before its comma."""
    sentence = sentence_before(text, start)
    head, comma, clause = sentence.rpartition(",")
    if not comma or not _PARTICIPLE.match(clause) or _CLAUSE_WORD.search(clause):
        return False
    noun_phrase = re.split(r"[,;:(]", head)[-1]
    return _UPCOMING.search(noun_phrase) is not None
