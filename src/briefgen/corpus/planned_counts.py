"""A count of texts still to be signed is a plan, not the count of a signing.

Previews are written ahead of a visit from its programme: "The two sides
will sign seven memorandums of understanding", "Following the talks, 11
agreements ... will be signed", "the 24 agreements to be signed", "are
expected to ink five deals", "on the agenda are seven MoUs".  What was
signed may differ from what was planned (a text dropped, two merged, one
signed at another session) and no outlet is wrong for it.  Two rules follow:

* a count told as a plan or an expectation is not told as the signing
  itself, so it keeps the tenth that any two counts are allowed
  (:func:`told_as_a_plan`, asked by :mod:`.signings`);
* a plan's count told in a report dated before the signing it counts is no
  side of a conflict with the count signed (:mod:`.foretold`).
"""

from __future__ import annotations

import re

from briefgen.corpus.models import Fact
from briefgen.corpus.signed_texts import count_sentence, signed_unit

#: A verb of a signing or an exchange of texts, or of witnessing one.
_ACT = r"(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|seal(?:s|ed|ing)?|witness(?:es|ed|ing)?)"
#: A signing still to come: a modal or "to" (of "expected to", "set to", "plan to", "due to", "are to") just before
#: the verb ("will sign", "would sign", "set to ink", "to be signed", "will also witness the signing").
_FUTURE_ACT = re.compile(rf"\b(?:will|would|shall|to|'ll)\s+(?:(?:also|then|jointly|formally|likely)\s+)?(?:be\s+)?{_ACT}\b", re.IGNORECASE)
#: A programme or a preview: "on the agenda are seven MoUs", "lined up for signing", "scheduled for signing".
_PROGRAMME = re.compile(
    r"\b(?:agenda|lined\s+up|in\s+the\s+pipeline|(?:up|ready|scheduled|slated|set|due)\s+for\s+(?:the\s+)?(?:signing|signature))\b",
    re.IGNORECASE,
)


def told_as_a_plan(sentence: str) -> bool:
    """Whether a sentence tells of a signing still to come, or of a programme's texts, not of a signing done."""
    return _FUTURE_ACT.search(sentence) is not None or _PROGRAMME.search(sentence) is not None


def planned_count(fact: Fact, unit: str) -> bool:
    """Whether a fact counts texts to be signed, in a sentence that tells the signing as still to come."""
    if not signed_unit(unit):
        return False
    found = count_sentence(fact)
    return found is not None and told_as_a_plan(found.sentence)
