"""Thanks or appreciation for a named act of the other side: the act is the claim, not the courtesy around it.

"Muizzu thanked China for its “selfless assistance” in providing the Maldives
with development funds", "Marcos thanked India for approving the Philippines’
request for exemption from India’s export ban", "He expressed gratitude to Iran
for its assistance in facilitating gas purchases from Turkmenistan", "Prabowo
also expressed appreciation for France’s active role in promoting justice and
independence for Palestine": thanks are courtesy (:mod:`briefgen.suggest.worth`
refuses them with the other warm words), but what a side is thanked for here is
something it did or does, named in the sentence (support given in something, a
role played in something, an approval, a funding, an award conferred), which a
brief can get wrong and the labelled sets keep.  Thanks for the welcome, the
hospitality, the invitation, the meeting or the honour of a visit name no act of
the other side and stay courtesy, as does support named alone ("thanked Türkiye
for the country's support") or of someone ("for Kuwait's support of the Indian
community"): what the support was in is not said.

The same act is read when the help is described before it is named ("expressed
gratitude to Japarov for the fraternal humanitarian assistance provided in
connection with large-scale floods"), when the thanked person carries a title
with its full stop ("thanked Mr. Tokayev for adhering to the sanctions"), and
when a side's role or efforts in doing something are commended or praised
rather than thanked ("King Felipe commended Egypt's central role in facilitating
dialogue and humanitarian access in Gaza").  Praise of a role in the relation
itself ("praised China's role in strengthening bilateral ties") names no act
of the other side's own and stays courtesy.
"""

from __future__ import annotations

import re

# A word of thanks or appreciation, then at most a few words (who is thanked) within the clause: not past a comma, where
# another clause may name someone else's role ("gratitude for Kuwait's support of …, while the Amir praised their role in").
# A title's full stop ("Mr. Tokayev") ends no clause.
_WITHIN = r"(?:[^.;,!?]|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs))\.){0,60}?"
_THANKS = rf"\b(?:thank(?:s|ed|ing)?|gratitude|grateful)\b{_WITHIN}\bfor "
_APPRECIATION = rf"\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciat(?:e|es|ed|ing|ion))\b{_WITHIN}"
# Whose help: "its", "your", "Ghana’s", "the Jordanian"; quoted words allowed ('its “selfless assistance”').
_SIDE = r"(?:(?:its|their|his|her|your|our|the country['’]s|(?:the )?[A-Z][\w-]*['’]?s?) )?"
_HELP = r"(?:support|assistance|solidarity|role|help|contributions?|leadership)"
# The help described before it is named ("the fraternal humanitarian assistance") and said to be given before what it
# was given in ("provided in connection with the floods"): both, or it may be thanks for a welcome.
_GIVEN = r"\bfor the (?:[\w-]+ ){0,2}(?:support|assistance|help|aid) (?:provided|given|extended|rendered|offered) (?:in|to|for|during)\b"
# Praise of a side's role or efforts in doing something: "commended Egypt's central role in facilitating dialogue".
_PRAISE = rf"\b(?:commend|prais|laud|hail)(?:s|es|ed|ing)?\b{_WITHIN}"
_ROLE = r"(?:role|efforts|contributions?)(?: and (?:[\w-]+ )?(?:role|efforts))?"
# What a role in the relation itself is played in: no act of the other side's own.
_RELATION = r"(?:[\w-]+ ){0,4}?(?:ties|relations|relationship|cooperation|friendship|partnership)\b"
# Thanked for doing something that is no act of the other side's own: coming, welcoming, the honour of a visit.
_COURTESY = (
    r"accepting|inviting|showing|extending|welcoming|hosting|receiving|having|coming|giving|sparing|attending|visiting|"
    r"taking (?:the )?time"
)
_THANKED_ACT = re.compile(
    # help given in something, a role played in something: "for its role in tackling", "Ghana’s solidarity in the wake of"
    rf"{_APPRECIATION}\b(?:for )?[“\"‘]?{_SIDE}[“\"‘]?(?:[\w-]+ ){{0,2}}{_HELP}[”\"’]? (?:in|to|with|towards)\b|{_APPRECIATION}{_GIVEN}|"
    # a role or efforts in doing something, commended: "commended Jordan's role and efforts in defending …"
    rf"{_PRAISE}{_SIDE}(?:[\w-]+ ){{0,2}}{_ROLE} in (?!{_RELATION})[a-z]{{2,}}ing\b|"
    # an act done: "for approving the request", "for strongly condemning the attack", "for being conferred the award"
    rf"{_THANKS}(?:[a-z]+ly )?(?!(?:{_COURTESY})\b)[a-z]{{2,}}ing\b",
    re.IGNORECASE,
)


def thanks_for_act(text: str) -> bool:
    """Whether the sentence thanks or appreciates a side for an act it names (help in something, something done)."""
    return bool(_THANKED_ACT.search(text))
