"""Dates of the occasion an act is timed against: "ahead of the summit in May" dates the summit, not the act.

News times a visit or a meeting against a bigger occasion still to come: "Kishida
plans to visit France, Italy, Britain, Canada and the United States from Monday
through Sunday … in the run-up to the G7 summit in Hiroshima in May"; "His visit on
Wednesday and Thursday has been arranged … ahead of a trilateral summit …, which is
expected to take place in Chengdu, China, late next month".  The sentence reports the
tour and the visit; the phrase opened by "ahead of", "in the run-up to", "in the
lead-up to" or "in preparation for" names the occasion they lead up to, and its date
is that occasion's.  A plan is dated by the first day still ahead, so the summit's
month, the later date, won over the visit's own days.  When the sentence dates its
act outside the phrase, the phrase's dates give way; a sentence whose only date is in
the phrase keeps it ("talks ahead of next week's summit": nothing else dates them).
"""

from __future__ import annotations

import re
from typing import TypeVar

from briefgen.text.dates import PartialDate

_Found = TypeVar("_Found", bound=tuple[int, PartialDate, str])

#: What opens the phrase: "ahead of", "in the run-up to", "in the lead-up to", "in preparation(s) for".
_OPENS = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]?up\s+to|in\s+preparations?\s+for)\s",
    re.IGNORECASE,
)
#: What closes it: a semicolon, or a new clause of the sentence's own (", and", ", while", ", but").
_CLOSES = re.compile(r";|,\s+(?:and|while|but|whereas)\s", re.IGNORECASE)


def opened_spans(text: str, opens: re.Pattern[str], closes: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each stretch ``opens`` begins runs: to the next match of ``closes`` after it, else the sentence's end."""
    spans = []
    for opening in opens.finditer(text):
        close = closes.search(text, opening.end())
        spans.append((opening.start(), close.start() if close is not None else len(text)))
    return spans


def _phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where each phrase naming the occasion runs: from its opening words to a new clause or the sentence's end."""
    return opened_spans(text, _OPENS, _CLOSES)


def dates_of_the_act(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` (start, date, phrase) less the dates of the occasion the act is timed against, when the act has its own."""
    spans = _phrase_spans(text)
    if not spans:
        return found
    outside = [item for item in found if not any(a <= item[0] < b for a, b in spans)]
    return outside if outside else found
