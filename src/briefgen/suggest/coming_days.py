"""A month's day a few weeks after the day of writing is the coming one, unless its clause tells a past act.

A month's day without its year ("August 28", "on Feb. 11") was read, in a
report, as the last such day on or before the day of writing, unless its own
clause looked ahead (:func:`briefgen.suggest.month_tense.day_ahead`).  A page
of 2003-07-30 that tells of "the two day visit (August 28 and 29)" had its
visit a year back, 2002-08-28: the bracket held no verb to look ahead with.
A writer who means a day eleven months gone gives its year; one who means a
day four weeks ahead does not need to.  So a day that falls within
:data:`SOON` days after the day of writing is the coming one, unless the clause
it ends tells a finished act with no word of the future
(:func:`briefgen.suggest.month_tense.told_as_past`: "signed the accord on August 28"),
or a verb of the past stands anywhere before it in its sentence ("He last came
here on September 20", "met in Accra on Monday, March 4, to sign"): a sentence
that has told something as over may be dating it, and the day keeps its reading.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.fixed_days import fixed_day_ahead
from briefgen.suggest.month_tense import told_as_past
from briefgen.text.english import IRREGULAR_PASTS, PAST_AUXILIARIES, REGULAR_PAST

#: How many days after the day of writing a month's day without its year is still read as the coming one.
SOON = 60
#: A verb of the past: a regular "-ed", an irregular past, or the past of "be", "have" and "do".
_PAST_VERB = re.compile(rf"\b(?:{REGULAR_PAST}|{IRREGULAR_PASTS}|{PAST_AUXILIARIES})\b", re.IGNORECASE)
#: The end of the sentence before: a full stop, a question or an exclamation mark and a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence at ``text[start]`` that come before it (read at most 300 characters back)."""
    window = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def coming_day(text: str, start: int, reference: dt.date, month: int, day: int) -> bool:
    """Whether the month's day at ``text[start]`` is the coming one: soon after ``reference`` and told as no past act.

    A day fixed for an occasion ("the summit set for June 12") is the nearer of the coming and the last (:mod:`.fixed_days`).
    """
    fixed = fixed_day_ahead(text, start, reference, month, day)
    if fixed is not None:
        return fixed
    try:  # the next such day: this year's, or next year's once this year's has passed ("Jan. 4" on 31 December)
        ahead = dt.date(reference.year, month, day)
        ahead = ahead if ahead > reference else dt.date(reference.year + 1, month, day)
    except ValueError:
        return False
    if (ahead - reference).days > SOON or told_as_past(text, start):
        return False
    return not _PAST_VERB.search(_sentence_before(text, start))
