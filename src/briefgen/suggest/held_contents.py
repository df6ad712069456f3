"""What a text, a body or a visit's programme holds: "The joint statement includes a commitment to …", "It also contains provisions for …".

A report often tells an agreement's or a statement's terms in a sentence of their own, its subject the text itself
("The joint statement includes a commitment to strengthen supply chains for critical minerals", "It also contains
provisions for the return and readmission of Kenyan workers", "Security Guarantees: Includes provisions for border
demarcation and prisoner exchanges"); a body's make-up ("The committee will include officials from the ministries of
…") and a visit's programme ("The visit included a review of the 'Solarisation …' project", "Lula's agenda includes
meetings with Japanese officials") are told the same way.  What a text provides for is what a brief checks against
it, and the labelled sets keep these sentences; the worth test (:mod:`briefgen.suggest.worth`) found no act in
"includes" or "calls for" and refused them as generic prose or as having none.

Only the holder's own verb counts, in the present or the past, or after "will", "would" or "also": a text, a plan, a
body, a relationship, a visit or an agenda, or "It", "This" opening the sentence, that includes, contains, provides
for, calls for, outlines, envisages, stipulates, comprises or centres on something.  A general account ("This
typically includes an inspection of the guard of honour", "It may also include a parade") is no such text, nor are
someone's "future plans".  And the
object must name something: an agenda of common nouns ("The agenda includes issues of trade, economic, investment and
international cooperation", judged a generic agenda) names nothing past the vocabulary of agendas
(:mod:`briefgen.suggest.agenda_words`) and stays refused.
"""

from __future__ import annotations

import re

from briefgen.suggest.agenda_words import AGENDA_WORDS, SMALL_WORDS
from briefgen.text.english import LEADING_QUOTES

# A text, a body, a relationship or a programme, named by its common noun; "its"/"this"/"which" standing for one.
_HOLDER_NOUN = (
    r"(?:statement|declaration|communiqu[eé]|agreement|accord|treaty|pact|plan|road ?map|programme|program|memorandum|"
    r"mou|deal|document|text|charter|framework|package|committee|commission|council|relationship|partnership|agenda|"
    r"itinerary|schedule|visit|trip|tour)"
)
# The holder's verb: "includes", "also contains", "will include", "provides for", "calls for", "centres on".
_HOLDS = (
    r"(?:(?:also|will|would|further|already)\s+){0,2}"
    r"(?:includ(?:es|ed|e)|contain(?:s|ed)?|provid(?:es|ed) for|call(?:s|ed)? for|outlin(?:es|ed)|envisag(?:es|ed)|"
    r"stipulat(?:es|ed)|compris(?:es|ed)|cent(?:er|re)(?:s|d|ed)? on)\b"
)
_HELD = re.compile(
    # "The joint statement includes", "Lula's agenda in Washington, D.C. includes", "the documents included"
    rf"(?<!\bfuture )\b{_HOLDER_NOUN}s?\s+(?:in\s+[A-Z][\w.,’' ]{{0,24}}?\s+)?{_HOLDS}|"
    # "which includes": a relative clause whose antecedent is the holder
    rf",?\s+which\s+{_HOLDS}",
    re.IGNORECASE,
)
# "It also contains …", "This includes …": the holder is the sentence before's; a list item's label before a colon.
_OPENING_HOLDER = re.compile(rf"^(?:(?:It|This)\s+|[A-Z][\w ]{{0,30}}:\s+)(?i:{_HOLDS})")
# A reason or a circumstance after the object: not what the text holds.
_REASON = re.compile(r",\s+(?:as(?! well\b)|while|because|since|amid|so that)\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][\w’'&-]*")
#: The words an object may be made of and still name nothing: an agenda's vocabulary and the small words between.
_NAMING_NOTHING = AGENDA_WORDS | SMALL_WORDS


def _names_something(held: str) -> bool:
    """Does the object name something past the vocabulary of agendas: a name, or a word an agenda is not made of?"""
    words = _WORDS.findall(_REASON.split(held, maxsplit=1)[0])
    if any(w[:1].isupper() for w in words):
        return True  # "the Kokrajhar-Gelephu rail link", "meetings with Japanese officials"
    return any(w.casefold().rstrip("’'") not in _NAMING_NOTHING for w in words)


def holds_contents(text: str) -> bool:
    """Whether the sentence tells what a text, a body or a programme holds, and names it (see the module's docstring)."""
    rest = text.lstrip(LEADING_QUOTES)
    match = _OPENING_HOLDER.match(rest) or _HELD.search(rest)
    return match is not None and _names_something(rest[match.end() :])
