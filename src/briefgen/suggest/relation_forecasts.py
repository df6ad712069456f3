"""Forecasts of a relationship told in the stock figures of diplomatic speech, which an editor deletes.

Leaders and writers close a visit's story with what it "will" do for the
relationship: "will give new momentum to trade", "will spark a new era in our
relationship", "will energise our ties", "our relationship will get a new
direction and energy", or that closer ties "meet the common expectations of
the two peoples".  Such a sentence names no act, no date and no amount: its
claim is a hope dressed as a prediction, nothing a brief can check.  The
figures are few and fixed (momentum, impetus, energy, a new era, chapter,
level or height), so they are read by their words; a sentence carrying a
number is left alone, since a forecast with an amount ("will take trade to
$10 billion") is a target a brief cites, and so is one whose forecast comes
after a colon or a semicolon: the sentence opened on something else ("X thanked
Y for his invitation: ... and that the agreements will give a new impetus"),
and what it opened on may be the claim.  So is a forecast the writer hangs on a
signing as a relative clause ("the parties are signing a treaty on allied
relations, which will give a new impetus to the ties"): the signing is told
first and is the claim, the forecast only its tail.  And a sentence that states
a record ("The visit, which marks the first-ever visit by a Head of State from
India to Fiji, will give further impetus to the ties") is anchored by its rank,
as by a number (:mod:`briefgen.suggest.records`).
"""

from __future__ import annotations

import re

from briefgen.suggest.records import states_a_record

_FORECAST = re.compile(
    r"\b(?:will|would|shall|could|can)\s+(?:\w+\s+){0,2}?"
    r"(?:give|bring|inject|add|provide|lend|impart|spark|usher\s+in|open|energi[sz]e|get|mark|start|begin)\b"
    r"[^.;:]{0,40}?\b(?:new|fresh|greater|renewed|strong|further)\s+"
    r"(?:momentum|impetus|energy|vigou?r|vitality|era|chapter|heights?|direction)\b"
    r"|\b(?:will|would|shall)\s+energi[sz]e\s+(?:our|the|their|bilateral)\b"
    r"|\bmeets?\s+the\s+(?:common\s+)?expectations\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?peoples\b",
    re.IGNORECASE,
)


# The forecast opening a relative clause: "…, which will give", "… — that would bring".
_RELATIVE = re.compile(r"[,—–]\s*(?:which|that)\s+$")
# A text signed or adopted, told as the act of the clause before: "are signing a historic document", "inked a treaty".
# ("a sign of" is no signing.)
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)\b(?<!\ba sign)", re.IGNORECASE)


def relation_forecast(sentence: str) -> bool:
    """Whether the sentence is a forecast of the relationship in stock figures, with no amount (see the docstring)."""
    if re.search(r"\d", sentence) or (forecast := _FORECAST.search(sentence)) is None:
        return False
    before = sentence[: forecast.start()]
    if re.search(r"[:;]", before) or states_a_record(sentence):
        return False  # opened on something else, or anchored by a rank
    return not (_RELATIVE.search(before) and _SIGNING.search(before))  # a signing with the forecast as its tail
