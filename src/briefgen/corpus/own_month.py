"""Own month: beside an occasion dated only by its month, a sentence naming another month is about another time.

An occasion is dated to the day when one of its reports gives a day, and only
to its month when none does (pages that give no day of their own, and are read
as dated by the month they were filed under).  :func:`briefgen.corpus.elsewhen.elsewhen`
reads a sentence's months against the occasion's date with a week's margin each
side, so that a visit over the turn of a month keeps its last or first day; for
an occasion dated to a month, that margin reaches into the month before and the
month after, and a sentence that names either of them was kept as a part of it:
"Trump slapped sanctions on Moscow's two largest oil companies in October"
beside Orbán's visit to Washington of November 2025 (intake_final94), "Starmer
and Merz's predecessor, Social Democrat Olaf Scholz, laid the groundwork for
the pact at a meeting last August in Berlin" beside Merz's visit to London of
July 2025 (intake_final66).  A month
that news writes on its own ("in April", "last December", "the March talks") is
the time of what the sentence tells, and when it is not the occasion's month
the sentence tells of another happening.

:func:`of_another_month` reads that: a month named after a word that makes it a
time ("in", "during", "last", "the", "early", ...), with no day beside it, other
than the occasion's month.  The year does not matter: beside a December
occasion, "in January" is a month gone or to come, and either way not this
one.  A month with a day ("on 1 April") is left to the margin, which is what a
visit over the turn of a month needs; a month that is a name ("Theresa May",
"the Long March") or a verb ("may", "March on") has no such word before it.
What a sentence only looks toward ("the summit to be held in June",
:mod:`briefgen.corpus.looked_ahead`), a plan's time due
(:mod:`briefgen.corpus.times_due`), what a count of the visit runs from
(:mod:`briefgen.corpus.counted`) and the date of an earlier thing named in
passing (:mod:`briefgen.corpus.past_clauses`) are taken out before the test,
as for a day.
"""

from __future__ import annotations

import re

from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN, month_number

#: Words that place a happening in the month after them: "in", "during", "of", "last", "this", "next", a part of a
#: month ("early", "mid-", "late"), an article ("the April visit").  Not the words of a span or a deadline ("since
#: April", "from May to June", "by June", "until March"): a span may take in the occasion's month, and a deadline is
#: when something falls due, not when it happened.
_TIME_WORD = r"(?:in|during|of|last|this|next|early|mid|late|earlier|later|the|an?)"
#: A month that a time word introduces, with no day before ("16 June") or after ("June 16") it; a name of the month
#: capitalised ("may" and "march" in lower case are verbs), its cut forms as agencies print them ("Sept.", "Dec.").
_BARE_MONTH = re.compile(
    rf"\b{_TIME_WORD}[ -](?-i:(?P<month>{FULL_MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.))"
    r"(?! ?[0-9]{1,2}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)

#: A day before "of" ("the 16th of June"): the month has its day.
_DAY_OF = re.compile(r"\b[0-9]{1,2}(?:st|nd|rd|th)? $")


def of_another_month(words: str, date: PartialDate) -> bool:
    """Whether ``words`` name a month on its own other than that of an occasion dated ``date`` to its month only.

    "Putin last visited Pyongyang in July" beside a visit of June names
    another month; "he said in June" beside it does not, and beside a visit
    dated to its day the test is not made (the margin reads it).
    """
    if date.day is not None or date.month is None:
        return False
    return any(
        month_number(found["month"]) != date.month and not _DAY_OF.search(words, 0, found.start()) for found in _BARE_MONTH.finditer(words)
    )
