"""Words of level or history that tell no time before: "committed to increasing trade", "making history today".

:func:`briefgen.corpus.spoken.told_as_background` reads a statement as
background, a level or a history of the relation told beside the visit, when
it has a word such as "increasing", "reaching", "history" or "decades".  Those
words tell a time before only in some of their uses.  A leader at a visit also
says them of the present and of what is to come, and the labels of record hold
such a statement as a part of the visit (round 63, counted on half A's missed
pairs of record):

- a level aimed at, after the preposition of an aim or a commitment: "We are
  committed to increasing trade between the two countries", "talks aimed at
  increasing investment";
- "reaching out" to someone, which measures nothing: "Europeans are now coming
  together, reaching out towards Ukraine";
- history being made, which is the visit itself: "We are making history
  today, Vucic told Xi";
- a superlative set against a span of the past, which says what the present
  thing is, as the count of a visit does (see :mod:`briefgen.corpus.counted`):
  "I announce a new chapter, perhaps the most important in recent decades".

:func:`without_level_now` blanks these uses so that the rest of the quote is
read as before: "trade increased by 30%", "trade reached $10 billion", "a
history of friendship", "for decades" still tell a time before.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: Superlatives a statement sets against a span of the past ("the most important in recent decades", "the worst in decades").
_SUPERLATIVE = (
    r"most [\w-]+|first|best|worst|biggest|largest|greatest|highest|lowest|strongest|closest|deepest|warmest|"
    r"toughest|hardest|broadest|widest"
)

#: The uses of a level or history word that tell of the present or of what is to come.
_LEVEL_NOW = re.compile(
    # a level aimed at: "committed to increasing trade", "aimed at further increasing", "focus on reaching"
    r"\b(?:to|at|on|towards?|for) (?:further )?(?:increasing|reaching)\b"
    # reaching out to someone
    r"|\breach(?:ed|es|ing)? out\b"
    # history being made at the visit
    r"|\b(?:make|makes|making|made) history\b"
    # a superlative against a span of the past: "perhaps the most important in recent decades"
    rf"|\b(?:{_SUPERLATIVE})\b[^.;,]{{0,40}}?\bin (?:(?:recent|several|many|the past|the last) )?decades\b",
    re.IGNORECASE,
)


def without_level_now(quote: str) -> str:
    """The quote with its level and history words blanked where they tell no time before (see the module docstring)."""
    return _LEVEL_NOW.sub(" ", quote) if may_hold(quote, _LEVEL_NOW_CUES) else quote


#: What every match of :data:`_LEVEL_NOW` holds, lower-cased: the long caseless pattern is tried only on a quote with
#: one of them (see :mod:`briefgen.text.cues`).
_LEVEL_NOW_CUES = ("increasing", "reach", "history", "decades")
