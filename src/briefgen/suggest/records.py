"""A record stated as what something is: "This marks the first visit by a French leader to Vietnam in nearly a decade".

A sentence whose claim is a rank in a series ("Modi is also the first foreign
head of government to receive the honour", "The Philippines would be the third
country with which Japan would have an RAA after Australia and the United
Kingdom", "the visit marked his second to China") names no act the sentence
reader counts as one, and often sits beside thanks or a judgement ("…,
signaling a further warming of the relationship").  The rank is the claim: a
brief that calls the visit the first in a decade can be wrong about it, so it
anchors the sentence as a figure would.

Only a rank stated as the predicate (after "is", "was", "will be", "marks" …)
and bounded by the words after it counts, or a first over a span of time ("for
the first time in years"): "on his first visit to London" is
the occasion's name, not a record, and "you are the first to show interest"
is praise.
"""

from __future__ import annotations

import re

from briefgen.text.english import ORDINAL_WORDS, words_pattern

_ORDINAL = rf"(?:{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))"
# Whose rank: "the", a possessive ("his", "South Korea's").
_HOLDER = r"(?:the|his|her|its|their|(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)*['’]s?)"
_RECORD = re.compile(
    r"\b(?:is|are|was|were|will be|would be|becomes|became|has become|had become|marks|marked|marking|remains)"
    # an aside between verb and rank: "was, for example, also the first foreign leader …"
    r"(?:,[^,]{1,30},)? (?:also |now |only |still )?(?:among )?"
    rf"{_HOLDER} {_ORDINAL}\b(?! to\b)"
    # the words that bound it, in the same clause: "… to receive the honour", "… by an African leader since …"
    r"[^,;:.]*?\b(?:since|after|following|before|in|among|ever|to|by|of|between|with|for|on)\b|"
    # a first over a span of time: "For the first time in years, the chancellery and the foreign ministry will be run by …"
    r"\bfor the first time (?:in|since|ever)\b",
    re.IGNORECASE,
)


def states_a_record(text: str) -> bool:
    """Does the sentence state a rank in a series as what something is ("…is the first foreign leader to …")?"""
    return bool(_RECORD.search(text))
