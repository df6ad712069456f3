"""A weekday told with the present progressive, or set between a plan's "is" and its verb, is the coming one.

News reports the past, so a bare weekday is read as the day before unless its
clause says it is ahead (:mod:`briefgen.suggest.tense`).  Two ways of saying so
were not read, and the day fell a week back (round 80's eighth date sample):

- the present progressive of an arrangement: "Singapore President Halimah Yacob
  is traveling to Manila on Sunday for her first state visit" (a Friday page),
  "On Tuesday morning, Clinton is bringing communications equipment for the
  quake-hit country" (a Monday page).  A visit already made is told in the past
  ("travelled to Manila on Sunday"); the progressive with a day names an
  arrangement still to come;
- the day put between the plan's "is" and the rest of its verb: "Steinmeier is
  on Wednesday expected to honour the heroes of the 1943 Warsaw Ghetto Uprising"
  (a Tuesday page), as "will on Thursday undertake a working visit" already is.

Only a progressive with no past act after it in the clause counts ("is visiting
China, where he met Xi on Monday" keeps the Monday behind, the clause breaking
at the comma; "the delegation that is accompanying Modi arrived on Monday" has
its past act after the progressive), never "is being" (a passive whose day may be
over), and not the adjectives in -ing that follow "is" ("is willing", "is
encouraging").  A "was" before the day ("was on Tuesday set to start a visit")
is no plan still ahead, so only "is" and "are" count.
"""

from __future__ import annotations

import re

from briefgen.text.english import WEEKDAY_WORDS_PATTERN

# Words in -ing after "is" that are adjectives or nouns, no verb of an arrangement: "is willing", "is nothing".
_NOT_A_VERB = (
    "being|nothing|something|anything|everything|during|morning|evening|king|thing|spring|string|willing|interesting|"
    "encouraging|promising|exciting|amazing|outstanding|missing|pending|ongoing|existing|remaining|lacking|surprising|"
    "worrying|disappointing|concerning|fitting|striking|pressing|fascinating|challenging|confusing|misleading|"
    "refreshing|satisfying|damaging|alarming|troubling|shocking|intriguing|compelling|reassuring|rewarding"
)
# The present progressive: "is traveling", "are also meeting", "'s heading".
_PROGRESSIVE = re.compile(
    rf"\b(?:is|are)\s+(?:(?:also|now|currently|reportedly|then|again)\s+)?(?!(?:{_NOT_A_VERB})\b)(?-i:[a-z]{{2,}}ing)\b",
    re.IGNORECASE,
)
# A plan's "is" before the day, the rest of its verb after it: "is on Wednesday expected to honour".
_IS_BEFORE_DAY = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:on\s+|this\s+)?$", re.IGNORECASE)
_PLAN_AFTER_DAY = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:also\s+)?(?:expected|set|scheduled|due|slated|poised|likely|going)\s+to\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"(?:{WEEKDAY_WORDS_PATTERN})$", re.IGNORECASE)


def progressive_act(clause: str) -> re.Match[str] | None:
    """The last present progressive in ``clause`` ("is traveling", "are meeting"), if any."""
    return next(iter(reversed(list(_PROGRESSIVE.finditer(clause)))), None)


def plan_split_by_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` stands between a plan's "is" and its verb ("is on Wednesday expected to")."""
    if not _WEEKDAY.search(text[start:end]):
        return False
    return bool(_IS_BEFORE_DAY.search(text[max(0, start - 30) : start])) and bool(_PLAN_AFTER_DAY.match(text[end : end + 50]))
