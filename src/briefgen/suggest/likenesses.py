"""Counts that say what the speakers themselves are ("We are two peninsulas"): a likeness, not a figure.

Leaders describe the pair they form by counting it: "we are two peninsulas,
two ancient cultures", "they are two democracies".  The number only counts
the sides that the story already names, and the noun is an image of them,
so a brief has nothing to check in it; read as "2 peninsulas" it was judged
a wrong figure.  A count is such a likeness when it is the complement of
"we are" or "they are" (or continues a list that opens so), or when it opens
the sentence after "As" and "we" or "they" follow it ("As two agrarian
economies, we agreed to share our experiences"), and is written as a small
number word: "we are 1.4 billion people" is a figure and keeps it.

The same pair is a role, not a count, after "as" anywhere in the sentence when its noun is a word for the sides:
"our cooperation as two strong NATO partners", "we have addressed every issue as two allies and strategic
partners".  A count of anything else after "as" keeps its value ("as two agreements were signed").
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.text.english import NUMBER_WORDS, words_pattern

# "We are two …", "they're both two …", "We are two peninsulas, two …": the subject is the pair being counted.
_SELF_BEFORE = re.compile(
    rf"\b(?:we|they)\s*(?:\s(?:are|were)|['’]re)\s+(?:both\s+|all\s+)?"
    rf"(?:(?:{words_pattern(NUMBER_WORDS)})\s[^,;:.!?]{{1,60}},\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
# "As two agrarian economies, we …": the sentence opens on "As" (perhaps inside a quotation) and the pair is its subject.
_AS_BEFORE = re.compile(r"(?:^|[“\"‘(])\s*As\s+$")
# Its noun phrase ends on a comma and "we" or "they": "As two agreements were signed, they …" counts agreements.
_PAIR_AFTER = re.compile(r"^,\s*(?:we|they)\b", re.IGNORECASE)
_SMALL = 10
# "as two allies", "as two strong NATO partners": the sides in their role; up to three words may praise them first.
_ROLE_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_SIDE_ROLES = frozenset(
    ("allies", "partners", "countries", "nations", "neighbours", "neighbors", "friends", "democracies", "states", "peoples")
)


def counts_the_speakers(sentence: str, value: FoundValue) -> bool:
    """Whether the count is what the subject "we" or "they" is, a likeness of the parties and not a figure."""
    words = sentence[value.start : value.end].split()
    first = words[0].casefold()
    if NUMBER_WORDS.get(first, _SMALL + 1) > _SMALL:
        return False  # digits or a large number ("we are 1.4 billion people") state a figure
    if _AS_BEFORE.search(sentence[: value.start]) and _PAIR_AFTER.match(sentence[value.end :]):
        return True
    if first == "two" and len(words) <= 5 and words[-1].casefold() in _SIDE_ROLES and _ROLE_BEFORE.search(sentence[: value.start]):
        return True
    return bool(_SELF_BEFORE.search(sentence[max(0, value.start - 120) : value.start]))
