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
"""

from __future__ import annotations

import re

# A word of thanks or appreciation, then at most a few words (who is thanked) within the clause: not past a comma, where
# another clause may name someone else's role ("gratitude for Kuwait's support of …, while the Amir praised their role in").
_THANKS = r"\b(?:thank(?:s|ed|ing)?|gratitude|grateful)\b[^.;,!?]{0,60}?\bfor "
_APPRECIATION = r"\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciat(?:e|es|ed|ing|ion))\b[^.;,!?]{0,60}?"
# Whose help: "its", "your", "Ghana’s", "the Jordanian"; quoted words allowed ('its “selfless assistance”').
_SIDE = r"(?:(?:its|their|his|her|your|our|the country['’]s|(?:the )?[A-Z][\w-]*['’]?s?) )?"
_HELP = r"(?:support|assistance|solidarity|role|help|contributions?|leadership)"
# Thanked for doing something that is no act of the other side's own: coming, welcoming, the honour of a visit.
_COURTESY = (
    r"accepting|inviting|showing|extending|welcoming|hosting|receiving|having|coming|giving|sparing|attending|visiting|"
    r"taking (?:the )?time"
)
_THANKED_ACT = re.compile(
    # help given in something, a role played in something: "for its role in tackling", "Ghana’s solidarity in the wake of"
    rf"{_APPRECIATION}\b(?:for )?[“\"‘]?{_SIDE}[“\"‘]?(?:[\w-]+ ){{0,2}}{_HELP}[”\"’]? (?:in|to|with|towards)\b|"
    # an act done: "for approving the request", "for strongly condemning the attack", "for being conferred the award"
    rf"{_THANKS}(?:[a-z]+ly )?(?!(?:{_COURTESY})\b)[a-z]{{2,}}ing\b",
    re.IGNORECASE,
)


def thanks_for_act(text: str) -> bool:
    """Whether the sentence thanks or appreciates a side for an act it names (help in something, something done)."""
    return bool(_THANKED_ACT.search(text))
