"""Where the visitor was welcomed: honours of arrival, or a host's welcome, at a place the sentence names.

"William Ruto was accorded a ceremonial welcome at the forecourt of the Rashtrapati Bhavan", "Macron's day began
by inspecting the guard of honor at Rashtrapati Bhavan", "The official welcome ceremony will take place at Akorda",
"Li Qiang welcomed PM Oli at the Great Hall of the People": the guard, the anthems and the red carpet are ceremony,
which :mod:`briefgen.suggest.hollow` and :mod:`briefgen.suggest.worth` leave undrafted, but the palace or the hall
where the visitor was received (and, from the page, the day) is a stop of the visit, as an arrival at a named place
is (:mod:`briefgen.suggest.arrivals`) and a receiver named is (:mod:`briefgen.suggest.receivers`); a brief can get
it wrong, and the labelled sets keep it.

A welcome told with the visitor's arrival at a place it names ("arrived in Ethiopia on Tuesday and was accorded a warm
welcome") is drafted for the arrival.  Otherwise only a place named by a capital after "at" (or, for a host's welcome,
"to the") counts: a building, a square, a residence.  A welcome with no place ("He also inspected a Guard of
Honour", "on arrival at the venue"), or with only a city ("was accorded a ceremonial welcome in Warsaw", where the
arrival is told elsewhere), stays ceremony; so does a welcome of a decision or a step ("welcomed PM Anwar Ibrahim's
commitment"), which is no visitor received.
"""

from __future__ import annotations

import re

from briefgen.suggest.arrivals import arrival_at_named_place

# The honours a visitor is given on arrival: a ceremonial, official or red-carpet welcome, a guard of honour, a
# welcome ceremony.
_HONOUR = (
    r"(?:(?:[\w-]+ )?(?:ceremonial|official|formal|state|grand|traditional|red[- ]carpet) (?:[\w-]+ )?(?:welcome|reception)\b"
    r"|(?:[\w-]+ )?guards?[- ]of[- ]hono(?:u)?r|(?:[\w-]+ )?welcom(?:e|ing) ceremon(?:y|ies))"
)
# A place named by a capital, perhaps a part of it first ("at the forecourt of the Rashtrapati Bhavan"), in the same
# clause; never a person's possession ("at President Xi's invitation").
_AT_NAMED_PLACE = (
    r"[^.;:!?]{0,50}?\bat (?:the )?(?:(?:forecourt|courtyard|steps|gates?|grounds|lawns?|entrance) of (?:the )?)?"
    r"(?-i:[A-Z])(?![\w-]*[’']s\b)[\w’'-]+"
)
# The honours given to the visitor (accorded, given, received, inspected), or the ceremony held or due, then the place.
_HONOURED_AT = re.compile(
    r"\b(?:accorded|given|receiv(?:e|ed|es|ing)|presented with|inspect(?:ed|ing)|review(?:ed|ing))\s+(?:an?\s+|the\s+)?"
    + _HONOUR
    + _AT_NAMED_PLACE
    + r"|"
    + _HONOUR
    + r"\s+(?:was|were|is|will be)\s+(?:held|hosted|organi[sz]ed)"
    + _AT_NAMED_PLACE
    + r"|"
    + _HONOUR
    + r"\s+(?:will\s+)?take(?:s)?\s+place"
    + _AT_NAMED_PLACE,
    re.IGNORECASE,
)
# A host welcoming the visitor, named by a capital (not a decision: "welcomed PM Anwar Ibrahim's commitment"), at or to
# a named place: "Xi welcomed Ramaphosa to the Great Hall of the People".
_WELCOMED_AT = re.compile(
    r"\b(?i:welcomed) (?:the )?(?:(?:[A-Z][\w.’'-]*|of|the) ){0,6}?(?:[A-Z][\w.-]*)(?![\w’']*[’']s\b)"
    r" (?:at (?:the )?|to the )(?:(?:forecourt|courtyard|steps) of (?:the )?)?[A-Z][\w’'-]+"
)


# A welcome told with the visitor's arrival: "arrived at Piarco International Airport … to a ceremonial welcome", "arrived
# in Ethiopia on Tuesday and was accorded a warm welcome".  The arrival at a named place is the claim (:mod:`.arrivals`).
_WELCOME_ON_ARRIVAL = re.compile(
    r"\b(?:accorded|given|received)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:welcome|reception|guards? of hono(?:u)?r)\b"
    r"|\bto an? (?:[\w-]+ ){0,2}(?:welcome|reception)\b",
    re.IGNORECASE,
)
# What is not the report of a welcome: a link's label ("Also Read Video: Saudi Crown Prince accorded ceremonial
# reception at …"), or a welcome told as the time of the main clause ("After receiving a ceremonial welcome at
# Rashtrapati Bhavan, Ruto said that …"), which is weighed on its own words.
_NOT_THE_REPORT = re.compile(
    r"^\W*(?:also read|read also|read more|watch|video)\b|^\W*(?:after|following|upon|on|before) (?:receiving|being|inspecting)\b",
    re.IGNORECASE,
)


def welcomed_at_named_place(text: str) -> bool:
    """Whether the sentence tells where the visitor was welcomed: honours given, or a host's welcome, at a named place."""
    if _NOT_THE_REPORT.search(text):
        return False
    if _HONOURED_AT.search(text) or _WELCOMED_AT.search(text):
        return True
    return bool(_WELCOME_ON_ARRIVAL.search(text)) and arrival_at_named_place(text)
