"""Commitments told without a signing: an order placed, backing secured for a named project, letters of intent submitted.

The worth test (:mod:`briefgen.suggest.worth`) knows a deal by its words: signed, agreed, a memorandum, a purchase.
A visit's outcome is also told in the words of trade and finance, which it does not read as an act:
"Indonesia has placed a substantial order for Bayraktar TB3 and AKINCI drones from Türkiye", "Ruto also
secured Japan's backing for the Mwea Irrigation Scheme", "several companies have submitted letters of intent to
take part in the new capital's development".  Each is a commitment a brief can get wrong (who ordered what,
who backs which project, how many letters), so the sentence is drafted like a signing.

The object must be named: an order for something with a capital ("for Bayraktar TB3"), backing or funding for a
named project or body, letters of intent as such.  "Orders" in the sense of commands ("ordered the army to"),
backing of a side ("secured the backing of the party") and hopes ("could secure backing") name no commitment.
"""

from __future__ import annotations

import re

# Said as a hope or a possibility: no commitment made.
_UNSURE = re.compile(
    r"\b(?:could|might|may|would|hopes? to|seeks? to|aims? to|wants? to)\s+(?:\w+\s+)?(?:place|secure|submit)", re.IGNORECASE
)
_COMMITMENT = re.compile(
    # an order placed for a named product: "has placed a substantial order for Bayraktar TB3"
    r"\bplac(?:ed|es|ing) (?:an?|the|its|their|his|her) (?:[\w-]+ ){0,2}orders? for (?:[\w-]+ ){0,3}?(?-i:[A-Z])|"
    # backing, funding or financing secured for a named project: "secured Japan's backing for the Mwea Irrigation Scheme"
    r"\bsecur(?:ed|es|ing) (?:[\w’'-]+ ){0,3}?(?:backing|funding|financing|support) for (?:the )?(?-i:[A-Z])|"
    # letters of intent handed in or signed: "have submitted letters of intent (LoI) to participate"
    r"\b(?:submitted|submits|handed over|signed|issued) (?:[\w-]+ ){0,2}letters? of intent\b",
    re.IGNORECASE,
)


def tells_a_commitment(text: str) -> bool:
    """Whether the sentence tells an order placed, backing secured for a named project, or letters of intent submitted."""
    return not _UNSURE.search(text) and bool(_COMMITMENT.search(text))
