"""A day the lede gives to something still to come: the day of a plan, never the day the report was written.

When nothing else dates a page, the lede's own day written with its weekday is read as its date
(:func:`briefgen.ingest.dayline.lede_date`): a report tells its news on the day it happened ("met in Ankara on
Wednesday, September 4, 2024").  A lede also names the day of what is planned, and then the full date with its
weekday is that plan's: "… to attend his inauguration scheduled for Saturday, May 12, 2018 in Freetown" was written
days before that Saturday.  News writing marks such a day by the words right before it: the thing is "scheduled",
"slated", "set", "planned" or "due" for it, or "to be held", "will take place" on it.  A day so marked is the plan's
and is not read as the page's; the news the lede reports may carry its own day further on.

A clause in the future tense that runs on to the day marks it too: "Minister of Foreign Affairs, Dr Nkosazana Dlamini
Zuma, together with her Brazilian counterpart, Dr Celso Amorim will co-chair the second meeting of the SA-Brazil Joint
Commission in Pretoria on Wednesday, 7th May 2003" is a ministry's advisory of the day before; a report of the day
itself writes "co-chaired" or "co-chairs".  The clause is "will" and its verb with no full stop, semicolon or
"said" between them and the day.
"""

from __future__ import annotations

import re

# The words that close right before a planned day: "scheduled for", "slated for", "set for", "due on", "planned for",
# "expected on", "scheduled to take place on", "to be held on", "will take place on", "will be held on".
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:scheduled|slated|set|planned|due|expected)(?:\s+to\s+(?:take\s+place|be\s+held|begin|start|open))?\s+(?:for|on)"
    r"|(?:to\s+be|will\s+be)\s+held\s+on|will\s+take\s+place\s+on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How far back the words before the day are read: the end of the clause that leads to it.
_REACH = 60
# "… will co-chair the second meeting of the Joint Commission in Pretoria on Wednesday, 7th May 2003": the future's
# "will", its verb and the clause's words, then "on" right before the day; no sentence's end or "said" between.
_FUTURE_CLAUSE = re.compile(r"\bwill\s+[a-z][a-z-]+\b(?:(?![.;]\s|\bsaid\b)[^.;])*?\s+on\s+$")
_CLAUSE_REACH = 160


def is_planned_day(text: str, start: int) -> bool:
    """Whether the day written at ``start`` in ``text`` (its weekday's first letter) is a plan's, as the words right
    before it say ("inauguration scheduled for Saturday, May 12, 2018")."""
    planned = _PLANNED_BEFORE.search(text[max(0, start - _REACH) : start]) is not None
    return planned or _FUTURE_CLAUSE.search(text[max(0, start - _CLAUSE_REACH) : start]) is not None
