"""A day in a bare verb joined by "and" to a plan's verb is the plan's day: "is scheduled to visit …, and give a speech on Monday".

The clause readings (:mod:`briefgen.suggest.tense`) stop at a comma, so the clause of "on Monday" in "Li is scheduled to
also visit Nigeria, Angola and Kenya during the week-long trip, and give a keynote speech on Monday" (AFP on a Sunday
page, round 98's sample of fresh pages) is "and give a keynote speech": no future verb, and the day fell back to the
Monday before.  A bare verb after "and" ("and give", "and then meet", "and also sign") has no tense of its own: it goes on
from the verb before the comma, here "is scheduled to", so the words before the comma are read for a future or a
schedule.  A past verb after "and" ("and signed", "and met") keeps its own tense, and so does a present with its -s
("and visits") or a participle ("and holding").
"""

from __future__ import annotations

import re

from briefgen.suggest.tense import in_future_clause, long_future_clause, scheduled_clause
from briefgen.text.english import IRREGULAR_PASTS

# ", and give a keynote speech " up to the day: a comma, "and", an adverb or none, a word, and no clause break after.
_JOINED = re.compile(r"[,;]\s*and\s+(?:(?:also|then|later|to)\s+)?(?P<verb>[a-z]+)\b[^,;.:()\"“”]*$")
_REACH = 120
_PASTS = frozenset(IRREGULAR_PASTS.split("|"))


def _bare(verb: str) -> bool:
    """Whether ``verb`` reads as a bare verb: no past, no present's -s, no participle."""
    if verb in _PASTS or verb.endswith(("ed", "ing")):
        return False
    return not (verb.endswith("s") and not verb.endswith("ss"))


def joined_to_a_plan(text: str, start: int) -> bool:
    """Whether the day at ``text[start]`` ends a bare verb joined by "and" to a verb of the future or a schedule."""
    window_start = max(0, start - _REACH)
    joined = _JOINED.search(text[window_start:start])
    if joined is None or not _bare(joined.group("verb").casefold()):
        return False
    cut = window_start + joined.start()
    return in_future_clause(text, cut) or long_future_clause(text, cut) or scheduled_clause(text, cut)
