"""Dates in a ", who …" aside: the date of another event of the person the sentence names, not of its own act.

News hangs a second event on a person with a relative clause set off by commas:
"Putin, who was sworn in for a fifth time just over a month ago, is expected to meet
… during the two-day visit to Hanoi on Wednesday and Thursday"; "Ibrahim, who is
scheduled to attend the … forum in Tatarstan later this week, invited Putin to the
ASEAN summit in October"; "On May 29, Merz responded to the words of … Vance, who,
during the Munich Conference in February, criticized …".  The sentence reports the
visit, the invitation, the answer; the aside tells when the person was sworn in, goes
to a forum, or spoke, and its date had won (the first date, or the one still ahead of
a plan), or had cut the sentence in two dated clauses (see .clauses).  So when the
sentence dates its act outside the aside, at least as finely (with a date that is no
bound of a span: "since 2015" dates no act), the aside's dates give way; a coarser date
outside leaves the aside's finer one ("Modi and Muizzu, who is on his first state visit
… after coming to power … in September last year, held talks … from a rocky patch last
year": September of last year).  An aside holding the
sentence's only date keeps it.  A ", which …" aside is left alone: it more often dates
the occasion the sentence is about ("the 2024 Summit, which will take place between
Wednesday and Friday") than another event.
"""

from __future__ import annotations

import re
from typing import TypeVar

from briefgen.suggest.date_bounds import bounds_a_span
from briefgen.suggest.timed_against import opened_spans
from briefgen.text.dates import PartialDate

_Found = TypeVar("_Found", bound=tuple[int, PartialDate, str])

#: The comma and relative pronoun that open the aside, and a comma straight after the pronoun ("who, during …,").
_OPENS = re.compile(r",\s+(?:who|whose)\b,?", re.IGNORECASE)
#: What closes it: the next comma, semicolon or dash, else the sentence's end.
_CLOSES = re.compile(r",|;|\s[–—-]\s")


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where each aside runs: from its comma and pronoun to its closing comma, or the sentence's end."""
    return opened_spans(text, _OPENS, _CLOSES)


def dates_outside_asides(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` (start, date, phrase) less the dates of a ", who …" aside, when the sentence dates its act outside it."""
    spans = aside_spans(text)
    if not spans:
        return found
    outside = [item for item in found if not any(a <= item[0] < b for a, b in spans)]
    if len(outside) == len(found):
        return found
    finest = max(_fineness(item[1]) for item in found if item not in outside)
    if not any(_fineness(item[1]) >= finest for item in outside if not bounds_a_span(text, item[0])):
        return found  # "…, who came to power in September last year, held talks … last year": the finer month stays
    return outside


def _fineness(date: PartialDate) -> int:
    """How fine a date is: 0 a year, 1 a month, 2 a day."""
    return (date.month is not None) + (date.day is not None)


def in_one_aside(text: str, first: int, second: int) -> bool:
    """Whether exactly one of two dates (by where they start) lies in a ", who …" aside: one act, one aside's date.

    "Putin, who was sworn in … a month ago, is expected to meet … on Wednesday": the aside dates another event, and the
    main clause's act, which runs on past it, has the other date; the sentence is not two dated clauses.
    """
    spans = aside_spans(text)
    return any(a <= first < b for a, b in spans) != any(a <= second < b for a, b in spans)
