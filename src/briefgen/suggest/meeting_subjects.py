"""A meeting as the subject of what it means: "The visit underscored the warm friendship between the two peoples".

Such a sentence weighs the visit and reports nothing of it, so
:mod:`briefgen.suggest.worth` reads it as courtesy and drops it unless
something specific rescues it.  Read as "a meeting word, then such a verb
within a few words", the rule also caught sentences whose verb has another
subject: "Speaking after the talks, Lund underscored that …" (the meeting in
a phrase before the speaker), "the deal, formalised during the visit,
underscores …", "the level of commitment reached during this meeting
reflects …".  There a speaker or a deal is what the sentence is about, and
the statement is weighed by the rules for statements instead.

The meeting is the verb's subject only when it is not the object of a
preposition ("after the talks", "during his visit") and the verb stands in
its clause: no comma between them, unless the commas enclose an aside on the
meeting itself ("The visit, the first in a decade, showcased …").
"""

from __future__ import annotations

import re

_MEETING = re.compile(r"\b(?:visit|meeting|talks|trip|tour)\b", re.IGNORECASE)
# A verb that says what a meeting means, not what was done at it.
_MEANS = (
    r"(?:underscor(?:es|ed)|reflect(?:s|ed)|demonstrat(?:es|ed)|symboli[sz](?:es|ed)|signif(?:ies|ied)|testifie[sd]|"
    r"embodie[sd]|attest(?:s|ed)|reinforc(?:es|ed)|renew(?:s|ed)|builds? on|built on|cement(?:s|ed)|consolidat(?:es|ed)|"
    r"caps|capped|showcas(?:es|ed))\b"
)
# From the meeting word to the verb: an aside in commas right after the meeting, then words of one clause.
_TO_THE_VERB = re.compile(rf"(?:\s*,[^.;,]{{1,120}}?,)?[^.;,]{{0,80}}?\b{_MEANS}", re.IGNORECASE)
# The meeting as the object of a preposition: "after the talks", "during the two-day state visit".
_GOVERNED = re.compile(
    r"\b(?:after|during|following|before|ahead of|at|since|on|in|for|from|throughout|upon|amid|by|with|to|about|"
    r"until|over|under|into)\s+(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|[\w’'-]+['’]s?)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def meeting_as_subject(text: str) -> bool:
    """Is a meeting the subject of a verb saying what it means ("the talks underscored the friendship")?"""
    for meeting in _MEETING.finditer(text):
        if _GOVERNED.search(text, 0, meeting.start()):
            continue  # "Speaking after the talks, …": the meeting is the circumstance, not the subject
        if _TO_THE_VERB.match(text, meeting.end()):
            return True
    return False
