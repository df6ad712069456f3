"""A side's promise with its object named: cooperation to be stepped up in a named field, help for a named party.

"Japan and Germany vowed to deepen cooperation on defence and climate protection", "The two nations will also enhance
cooperation in defense and security", "India and Brunei are going to further expand trade ties", "the two countries
are actively expanding industrial cooperation", "Steinmeier expressed a desire to elevate all-around cooperation with
Vietnam", "China will continue to provide assistance to the Solomon Islands to enhance its law enforcement capacity",
"French authorities have promised to help Mongolia with the costs of changing to other forms of energy": what the
sides settled to do or are doing, which the labels keep as a claim (a brief can get it wrong: who promised what, in
which field, to whom).  The worth test (:mod:`briefgen.suggest.worth`) read these as an agenda, a pledge, a wish or
courtesy ("cooperation", "ties") and refused them, as it read "agreed to enhance cooperation" before
:mod:`briefgen.suggest.agreed_cooperation`.

The promise must say what it is about: a field of cooperation named ("defence", "trade", "energy") or the partner
named ("cooperation with Mexico"), and not only "various fields" or "all dimensions" ("We will further strengthen all
other dimensions of our mutual cooperation", "both nations committed to strengthening their strategic partnership"
stay refused).  Help must be promised to a named party ("help Mongolia", "assistance to the Solomon Islands").  A
promise in doubt ("are believed to have confirmed", "could", "hope to") stays refused.
"""

from __future__ import annotations

import re

from briefgen.suggest.fields import SECTOR_WORD

# The promise: "vowed to", "pledged to", "will", "are going to", "committed to"; then the verb of stepping up.
_PROMISED = (
    r"\b(?:(?:vow(?:s|ed)?|pledged?|pledges|resolved|decided|promised) to|will(?: also)?(?: further)?|"
    r"(?:are|is) going to(?: further)?|(?:are|is|were|was|remain) (?:fully |firmly )?committed to|committed to)\s+"
    r"(?:further |jointly |also |continue to )?"
)
# A stated will to step up, or a step-up under way: "is determined to enhance", "expressed a desire to elevate", "are
# actively expanding industrial cooperation".
_WILLING = (
    r"\b(?:(?:is|are|was|were) (?:keen|determined|ready|willing) to|expressed (?:a|his|her|their) (?:desire|willingness|"
    r"readiness) to|(?:is|are|were) (?:actively )?(?=\w+ing\b))\s*(?:further )?"
)
_STEP = (
    r"(?:enhanc|intensif|expand|deepen|strengthen|step(?:ping)? up|boost|broaden|elevat)\w*\b[^.;:!?]{0,60}?"
    r"\b(?:cooperation|co-operation|ties|collaboration|linkages|relations)\b"
)
_STEP_UP = re.compile(_PROMISED + _STEP)
_WILLING_STEP = re.compile(_WILLING + _STEP)
# What the promise is about: a field named in it or just after it, or the partner ("with Mexico").  A will needs a
# field, the partner alone is not enough ("Norland is willing to deepen cooperation with Vestria" is generic words).
_FIELD = re.compile(rf"\b{SECTOR_WORD}\b", re.IGNORECASE)
_PARTNER = re.compile(r"\s+with (?:the )?[A-Z][\w’'-]+")
# Help promised to a named party: "will continue to provide assistance to the Solomon Islands", "promised to help Mongolia".
_HELP = re.compile(
    _PROMISED + r"(?:provide (?:\w+ ){0,2}(?:assistance|aid|support|help|funding|financing) (?:to|for) (?:the )?[A-Z]|"
    r"(?:help|assist|support) (?:the )?[A-Z][\w’'-]+)"
)
# In doubt, only sought, or denied.
_UNSURE = re.compile(r"\b(?:could|might|may|would|if|whether|believed|reportedly|expected|hop(?:e|es|ed|ing)|not|never)\b", re.IGNORECASE)
_TAIL = 100  # characters after the promise's object where its field may be named ("cooperation in defense and security")


def promised_step(text: str) -> bool:
    """Whether the sentence states a side's promise with its object named (see the module's docstring)."""
    for found in _STEP_UP.finditer(text):
        if _UNSURE.search(text, 0, found.end()):
            continue
        tail = re.split(r"[,;]", text[found.end() : found.end() + _TAIL], maxsplit=1)[0]  # the clause the object ends
        named = _FIELD.search(found.group(0) + tail) or _PARTNER.match(text, found.end())
        if named:
            return True
    for found in _WILLING_STEP.finditer(text):
        if not _UNSURE.search(text, 0, found.end()) and _FIELD.search(text, found.start(), found.end() + _TAIL):
            return True
    helped = _HELP.search(text)
    return helped is not None and not _UNSURE.search(text, 0, helped.end())
