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
and what it opened on may be the claim.
"""

from __future__ import annotations

import re

_FORECAST = re.compile(
    r"\b(?:will|would|shall|could|can)\s+(?:\w+\s+){0,2}?"
    r"(?:give|bring|inject|add|provide|lend|impart|spark|usher\s+in|open|energi[sz]e|get|mark|start|begin)\b"
    r"[^.;:]{0,40}?\b(?:new|fresh|greater|renewed|strong|further)\s+"
    r"(?:momentum|impetus|energy|vigou?r|vitality|era|chapter|heights?|direction)\b"
    r"|\b(?:will|would|shall)\s+energi[sz]e\s+(?:our|the|their|bilateral)\b"
    r"|\bmeets?\s+the\s+(?:common\s+)?expectations\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?peoples\b",
    re.IGNORECASE,
)


def relation_forecast(sentence: str) -> bool:
    """Whether the sentence is a forecast of the relationship in stock figures, with no amount (see the docstring)."""
    if re.search(r"\d", sentence) or (forecast := _FORECAST.search(sentence)) is None:
        return False
    return not re.search(r"[:;]", sentence[: forecast.start()])
