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

When such a sentence opens on the occasion, or on an act the sentence before
reported ("This agreement opens up new opportunities …"), and says only what it
means, :func:`weighed_occasion` drops it whatever names it holds: only a figure,
a date, a rank, a speaker or an act after the verb would make it checkable.
"""

from __future__ import annotations

import re

from briefgen.text.english import FULL_WEEKDAY_PATTERN, MONTH_PATTERN, ORDINAL_WORDS, words_pattern

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


# The occasion, or an act the sentence before reported ("This agreement"), opening the sentence as its subject:
# "The visit of Prime Minister Prachanda to India", "This milestone visit", "This signing ceremony, held at the Great Hall, ".
_OWNER = r"(?:[Tt]he|This|These|His|Her|Their|My|Our|(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w.’'-]*(?:’s|'s))"
_OCCASION = (
    rf"{_OWNER}\s(?:[\w’'-]+\s){{0,3}}?(?:visit|trip|tour|talks|meeting|signing ceremony)s?"
    r"(?:\s(?:of|to|by|in)\s[^,;.:]{1,60}?){0,2}"
)
_ACT = r"(?:This|These)\s(?:[\w-]+\s)?(?:agreement|deal|pact|accord|treaty|initiative|decision|commitment|move|message|signing ceremony)s?"
# What the subject is said to mean or do for the relationship, with no act of its own.
_VERDICT = (
    r"(?:(?:further|also|clearly|not only|once again|already|thus)\s)*"
    r"(?:(?:will|aims to(?: once again)?)\s)?"
    r"(?:underscor(?:es|ed|e)|underlin(?:es|ed|e)|reflect(?:s|ed)?|(?:re)?affirm(?:s|ed)?|fortif(?:ies|ied|y)|represent(?:s|ed)|"
    r"signif(?:ies|ied)|symboli[sz](?:es|ed)|showcas(?:es|ed)|points? to|casts?|"
    r"mark(?:s|ed)? (?:a|an|another) (?:[\w-]+ ){0,2}(?:moment|milestone|boost|expansion|step|chapter|turning point|breakthrough)|"
    r"(?:is|was|remains) (?:particularly |highly |very |especially )?(?:significant|important) (?:in view of|as|because|for)|"
    r"(?:is|was) (?:particularly|highly|very|especially) (?:significant|important)|"
    r"(?:offers?|provides?|provide|opens? up|opened up|creates?|created) "
    r"(?:an? |new )?(?:[\w-]+ )?(?:opportunit(?:y|ies)|avenues|atmosphere)|"
    r"holds? (?:[\w-]+ )?potential|(?:has )?yielded (?:productive|fruitful|positive) results|"
    r"(?:has )?(?:already )?played a (?:key|major|vital|crucial|pivotal) role|is in line with|"
    r"continu(?:es|ed) the (?:tradition|[\w-]+ theme)|was marked by (?:significant|important|productive|fruitful))\b"
)
_OCCASION_WEIGHED = re.compile(rf"^[“\"‘']?(?:{_OCCASION}|{_ACT})(?:\s*,[^.;,]{{1,120}},)?\s{_VERDICT}")
# What would make the sentence checkable after all: a figure, a date, a rank, a speaker, or an act named after the verb.
_CHECKABLE = re.compile(
    rf"\d|\$|€|£|%|\b(?:{MONTH_PATTERN}|{FULL_WEEKDAY_PATTERN}|today|yesterday|tomorrow)\b|\b(?-i:last|{words_pattern(ORDINAL_WORDS)})\b|"
    r"\b(?:said|says|told|stated|noted|added|according to|reported|quoted)\b",
    re.IGNORECASE,
)
#: An act that leaves a trace (a signing, an agreement, a launch), whatever is hoped or weighed around it; also read by
#: :mod:`briefgen.suggest.hollow`, whose hopes, exhortations and ceremonies it makes checkable.
TRACE = re.compile(
    r"\b(?:sign(?:s|ed|ing|ings)?\b(?<!\ba sign)|ink(?:s|ed)?\b|agreements?\b|mous?\b|memorand\w*|accords?\b|deals?\b|"
    r"contracts?\b|inaugurat\w*|launch(?:es|ed|ing)?\b)",
    re.IGNORECASE,
)


def weighed_occasion(text: str) -> bool:
    """Is the sentence only the writer's verdict on the occasion or on an act just reported, with nothing to check?

    "The visit fortified the two countries’ robust trade and investment partnerships", "This
    agreement opens up new opportunities for Zambian agricultural exports, further strengthening
    economic ties", "The visit continues the tradition of regular high-level exchanges between India
    and Nepal": the visit or the agreement is the subject, and the verb says what it means (it
    underscores, affirms, marks a pivotal moment, is significant, offers an opportunity, holds
    potential).  The act itself is drafted from the sentence that reports it; this one only weighs it.
    A name of the two countries or a record of their past ("two of the world’s oldest
    civilizations"), which rescue a sentence :func:`meeting_as_subject` reads, does not make the
    weighing checkable; a figure, a date, a rank ("marks the first visit by …"), a speaker
    ("…, Cuong said") or an act after the verb (a signing) does.
    Half A's pages held 23 such drafts, every one judged reject; "The agreement, signed between
    Turkish defence firm Baykar and Indonesia’s Republikorp, underscores …", a labelled claim,
    names who signed it and is no "This agreement".
    """
    text = text.strip()
    match = _OCCASION_WEIGHED.match(text)
    if match is None or _CHECKABLE.search(text):
        return False
    return TRACE.search(text, match.end()) is None
