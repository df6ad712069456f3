"""What a treaty, a pact or a roadmap holds, or work on one: a text two sides sign or draw up, checkable as an accord is.

:mod:`briefgen.suggest.worth` reads "agreement", "accord", "deal" and
"memorandum" as acts that leave a trace, and a sentence naming one is drafted
whatever praise or agenda surrounds it: what the text holds, when it was signed
and by whom can be checked.  Its other names were missing, so reports of what a
treaty holds were read as a writer's prose and dropped: "The treaty will include
measures to improve citizens' contacts between the two countries, for example
by simplifying border procedures for school trips", "This pact includes
provisions for military training, technology sharing, and enhanced
collaboration", "the two prime ministers discussed a roadmap to strengthen the
strategic partnership in diverse areas".  Editors keep these.

A pact anchors a sentence only where the sentence says what the pact holds or
does, or reports work on it (discussed, negotiated, ratified, drawn up).  A pact
only mentioned, in a judgement ("highlighting the treaty's role in deepening
cooperation"), a forecast ("It would be an opportunity to chart a roadmap"), an
analysis ("the treaty positions Tehran to counterbalance these challenges") or a
courtesy ("I'm indebted to … for his analysis of the treaty"), leaves the
sentence weighed by its other words: those were read to be what judges reject.

Only the common nouns count: a treaty named as a title ("the Treaty of Rome")
or a charter of a body ("the UN Charter") is a proper name, and a "protocol" is
as often the etiquette of a visit as a signed text.
"""

from __future__ import annotations

import re

# Lower case only: "Treaty" in a name ("the Treaty of Rome") is a title, not a text these two sides drew up.
_PACT_WORD = r"(?-i:treat(?:y|ies)|pacts?|road ?maps?)"
# What the pact holds or does, as its subject: "the new treaty between Germany and Britain will … include", "This pact includes".
_PACT_HOLDS = re.compile(
    rf"\b{_PACT_WORD}(?: (?:between|with|on|of|for) [^,.;]{{1,60}}?)? (?:(?:will|would|shall|also|is (?:expected|set) to) )*"
    r"(?:includ|contain|provid|cover|refer|stipulat|envisag|outlin|commit|strengthen|guarantee|obliges?)\w*\b|"
    # what the pact's text says, passive: "Atomic weapons are not explicitly mentioned in the new treaty"
    r"\b(?:mentioned|included|set out|laid down|enshrined|stipulated|provided for) in (?:the|this|that|a|its) "
    rf"(?:[\w-]+ ){{0,2}}{_PACT_WORD}\b",
    re.IGNORECASE,
)
# Work on the pact, as its object: "discussed a roadmap", "negotiated the treaty", "ratified the pact".
_WORK_ON_PACT = re.compile(
    r"\b(?:discuss|negotiat|draft|ratif|finali[sz]|approv|review|unveil|adopt)\w* (?:an? |the |this |that |their |its |new )*"
    rf"(?:[\w-]+ ){{0,3}}{_PACT_WORD}\b|\b(?:drew|draw|drawn|drawing) up (?:an? |the )?(?:[\w-]+ ){{0,3}}{_PACT_WORD}\b",
    re.IGNORECASE,
)


def states_a_pact(text: str) -> bool:
    """Does the sentence say what a pact holds or does, or report work on one ("discussed a roadmap to strengthen …")?"""
    return bool(_PACT_HOLDS.search(text) or _WORK_ON_PACT.search(text))
