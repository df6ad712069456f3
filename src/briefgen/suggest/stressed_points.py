"""A named speaker's point reported by its emphasis: "Merz underscored the need for Europe to cut its weapons systems".

At a press conference a leader's words are often reported not with "said"
but with the verb that tells how they were said: "stressed", "underlined",
"highlighted", "urged", "called for".  :mod:`briefgen.suggest.worth` reads
such a sentence as emphasis (what was stressed, not what was done) and drops
it unless it names three things or more, so the statement the report was
written around ("Erdogan emphasized Türkiye's commitment to Syria's territorial
integrity") is lost while the sentence beside it is drafted.

Here the point stressed is a claim when the speaker is named right before the
verb (a pronoun or "the visit" would leave the draft without a speaker, and a
meeting that "underscored" something is the writer's judgement) and the point
names something itself, past the verb: a country, a body, a region; praise of
the ties themselves stays generic whoever stresses it.  Courtesy,
hopes, pledges and agendas are weighed before this rule and stay dropped.
"""

from __future__ import annotations

import re

# Words that open a sentence or a name run without being a speaker's name.
_NOT_A_SPEAKER = frozenset(
    {"The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "His", "Her", "Their", "Its", "Both", "A", "An"}
)
# One to four capitalised words (a name, a title and a name, two names joined by "and"), then the verb of emphasis.
_STRESSED = re.compile(
    r"(?<![\w’'-])(?P<speaker>(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){1,4}?)(?:also\s+|further\s+|again\s+)?"
    r"(?:emphasi[sz]ed|stressed|underlined|underscored|highlighted|pointed to|called for|urged)\s+(?P<point>[^.;]+)",
)
_NAME = re.compile(r"[A-Z][\w’'-]+")
# A point about the ties themselves ("highlighted Bangladesh's historical ties with China", "the importance of
# strengthening relations with Vestria", "the potential for expanding connections") is praise, whoever stresses
# it; "stressed that …" is weighed in :mod:`.reporting_verbs`.
_PRAISED_TIES = re.compile(r"^that\b|^[^,]*\b(?:ties|relations|relationship|friendship|connections|potential)\b", re.IGNORECASE)


def stressed_point(text: str) -> bool:
    """Is the sentence a named speaker's point, reported with a verb of emphasis, on something the point names?"""
    for match in _STRESSED.finditer(text):
        first = match.group("speaker").split()[0]
        if first in _NOT_A_SPEAKER:
            continue
        point = match.group("point")
        if _NAME.search(point) and not _PRAISED_TIES.match(point):
            return True
    return False
