"""Recurrences decided: visits the sides agree to repeat are an outcome of the visit that decides them.

:func:`briefgen.corpus.elsewhen.elsewhen` reads "visits" and "every two years" as other occasions: a body
that meets "every two years", "these successive visits".  Yet "Ishiba and Lula have agreed that their
nations' leaders will meet in Brazil or Japan every two years" and "The mutual visits by leaders to each
other's countries will take place once every two years" tell what was decided at Lula's visit to Tokyo
(intake_final88, March 2025), and the labels hold them a part of it.  With a word of deciding in the
sentence ("agreed", "will", "the action plan stipulates"), the recurrence is read out before the test;
"meets alternately" is still another meeting.  (Measured, round 57, on half A: 172 pairs of record joined,
15 wrong ones, all in intake_final88.)
"""

from __future__ import annotations

import re

#: A word of deciding: what the sides agreed, or will do, or a plan of theirs lays down.
_DECIDED = re.compile(r"\b(?:agree[ds]?|will|plan|stipulates?)\b", re.IGNORECASE)
#: Visits made in turn ("mutual visits by leaders", "mutual biennial visits"), or a visit repeated "every other year".
_RECURRENCE = re.compile(
    r"\b(?:mutual|reciprocal|biennial)(?: [\w-]+){0,3} visits\b|\b(?:once )?every (?:other|two|three|four|five) years?\b",
    re.IGNORECASE,
)


def without_recurrence_decided(quote: str) -> str:
    """``quote`` without the visits it says the sides decided to repeat, when it says they decided them."""
    return _RECURRENCE.sub(" ", quote) if _DECIDED.search(quote) else quote
