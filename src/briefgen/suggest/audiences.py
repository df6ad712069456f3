"""A visitor's address to an audience, or time with it: "the President addressed the Parliament of Fiji".

Who a leader spoke to on a visit, or spent time with, is part of its programme as much as whom they met:
"the emir addressed both chambers of the Houses of Parliament", "He will also interact with business leaders
from both countries as well as with the Indian community in Greece", "He is also scheduled to address a gathering
of the Indian diaspora".  The verb is none of :mod:`briefgen.suggest.worth`'s acts, so such a sentence, with no
figure and no date in it, went undrafted; the labelled sets keep it.  The audience must be one a brief can name:
a parliament, a joint session, a community or diaspora, business leaders, students, or a gathering of one.
Addressing an issue ("did not address Trump's attacks", "the concerns of the business community") names no
audience, and a caption's present tense ("Macron interacts with students at Bikaner House") or a participle
opening a speech ("Addressing the gathering, he said …") is not this: only the past ("addressed", "interacted
with") or a plan ("will address", "to address", "and address") counts.  The rule is asked last, of a sentence no
class (courtesy, ceremony, hopes) refused.
"""

from __future__ import annotations

import re

# Whom a leader addresses or meets with as a group, a few words after the verb and never after an "of" ("address the
# concerns of the business community" addresses an issue); "members of the Indian community" are the community.
_AUDIENCE = (
    r"(?:parliament|congress|senate|national assembly|both (?:houses|chambers)|joint (?:session|sitting)|"
    r"diaspora|communit(?:y|ies)|business (?:leaders|community|people)|businesspeople|CEOs|students|scholars|"
    r"lawmakers|legislators|parliamentarians|gathering)\b"
)
_ADDRESSED = re.compile(
    r"\b(?:addressed|interacted with|(?:will|to|shall|would|and)(?: also| then| later| first| briefly)? "
    r"(?:address|interact with))\s+(?:(?:members of|(?!of\b)[\w’'-]+)\s+){0,4}?" + _AUDIENCE,
    re.IGNORECASE,
)
# "interacted with Indians in Austria": a people named by its nationality is an audience too.
_PEOPLE = re.compile(r"\binteracted with (?:the )?(?-i:[A-Z])[a-z]+(?:ans|ese|is|ns)\b", re.IGNORECASE)


def addresses_audience(text: str) -> bool:
    """Whether a leader addressed an audience a brief can name, or spent time with it, or is to."""
    return bool(_ADDRESSED.search(text) or _PEOPLE.search(text))
