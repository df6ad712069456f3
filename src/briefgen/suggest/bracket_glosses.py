"""A short gloss in brackets inside a clause closes no clause: "at the Complex, Putrajaya (administrative capital) on Tuesday".

Whether a weekday lies ahead is read from the clause it ends (:mod:`briefgen.suggest.tense`),
and a bracket ends that clause.  A writer glosses a name in brackets without
starting anything new: "The chief adviser will be accorded an official
welcoming ceremony at the Perdana Putra Complex, Putrajaya (administrative
capital) on Tuesday" (a page of Monday 2025-08-11).  Cut at the bracket, the
clause of "on Tuesday" held no verb, and the coming Tuesday became the one
before.  A bracket of one to four plain words with no verb of its own only
names or explains what stands before it: it is left out before the clause is
read, so the place before it still runs on to the day ("Complex, Putrajaya on
Tuesday": the comma of a place, :mod:`briefgen.suggest.place_commas`).  A
bracket with a figure, a verb or a word of time ("(which opened last year)",
"(local time)") keeps its break.
"""

from __future__ import annotations

import re

#: One to four words of letters (hyphens, apostrophes, a full stop of an abbreviation) in brackets, after a word.
_GLOSS = re.compile(r"(?<=\w) \((?P<words>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})\)")
#: A verb or a day word in the bracket: then it is a clause or a date of its own, and its brackets stay.
_VERB_OR_DAY = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|do|does|did|said|says|told|"
    r"which|who|that|today|tomorrow|yesterday|time|(?-i:[a-z]{2,}[^e\W]ed))\b",
    re.IGNORECASE,
)


def without_glosses(text: str) -> str:
    """``text`` with each short verbless gloss in brackets left out (the words before it keep their places)."""

    def blank(match: re.Match[str]) -> str:
        if _VERB_OR_DAY.search(match.group("words")):
            return match.group(0)
        return ""

    return _GLOSS.sub(blank, text)
