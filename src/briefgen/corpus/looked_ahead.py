"""Looked ahead: the date of a happening still to come that a sentence only looks toward dates that happening, not the sentence.

A report of a visit tells what was done or said there with an eye on something
ahead: "He visited areas already open to the public ahead of the museum's
official opening on 3 July" (intake_final84), "Macron also took time for a
private visit to the new Grand Egyptian Museum, to be officially inaugurated on
July 3", "France and Indonesia called Wednesday for progress ... at a key meeting
scheduled for next month" (intake_final88), "They also pledged cooperation for the upcoming G7 summit to be held in
Hiroshima in May" (intake_final52), "Sheinbaum and Carney vowed to strengthen
their trade alliance ..., pledging to coordinate closely ahead of the scheduled
2026 review of the North American trade pact" (intake_final26).  The visit, the
pledge and the vow happened at the occasion; the month or year is when the
opening, the summit or the review is due.  :func:`briefgen.corpus.elsewhen.elsewhen`
read it as dating the sentence away, and the labels of record, which hold such a
sentence a part of its visit, lost its pairs.

:func:`without_dates_looked_ahead` takes such a date out before the test: a month
(with its day and year), a year or "next month" or "next year" that news writes
after a word of something to come ("upcoming", "forthcoming", "ahead of", "in the
run-up to", "to be held", "to be inaugurated", "to be opened", and "scheduled",
"planned", "slated", "set for", "due to" as a participle after the thing to come),
within the same clause, and only when it falls after the occasion.  A date not so
marked still dates the sentence ("they last met in Istanbul in November"), and so
does a marked date before the occasion: what was "scheduled" then is another
happening.  A participle after "is", "was", "has" is the sentence's own verb: "Modi
is scheduled to visit Paris in July" tells a plan of another occasion, and so, read
the same way, does "... which houses over 100,000 ancient artefacts and is due to
officially open in July" (intake_final84; the labels hold it a part of Macron's
visit, a loss taken for the safer reading).  (Measured on half A, round 60: links of
record +169 right pairs on four sets, no wrong one.)  Plans keep their own reading
(:mod:`briefgen.corpus.times_due`): the whole of a plan looks ahead.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN, month_number

#: What makes a participle of time to come ("scheduled", "due to") the verb of the sentence: a form of "be" or "have" before it.
_NOT_A_VERB = "".join(rf"(?<!\b{aux} )" for aux in ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s", "’s"))

#: A word of something to come, which the date after it belongs to.
_TO_COME = (
    r"upcoming|forthcoming|ahead of|in the run-up to"
    r"|to be (?:\w+ )?(?:held|inaugurated|opened|launched|hosted|convened|staged)"
    # a participle after the thing to come ("a key meeting scheduled for next month", "the scheduled 2026 review"), not
    # a verb of the sentence's own plan ("Modi is scheduled to visit Paris in July", "has planned a visit in May")
    rf"|{_NOT_A_VERB}(?:(?:re)?scheduled|planned|slated|set (?:for|to)|due (?:to|for|in|on))"
)
#: A date of the happening to come: "3 July", "July 3, 2025", "May", "2026", "next month", "next year".
_DATE = (
    rf"(?P<day_first>[0-9]{{1,2}} )?(?P<month>(?-i:{FULL_MONTH_PATTERN}))"
    r"(?: [0-9]{1,2}(?:st|nd|rd|th)?)?(?:,? (?P<with_year>(?:19|20)[0-9]{2}))?"
    r"|(?P<year>(?:19|20)[0-9]{2})(?![0-9-])"
    r"|next (?P<next>month|year)"
)
#: The word of something to come and, within its clause (no full stop, semicolon or comma before it), its date.
_LOOKED_AHEAD = re.compile(rf"\b(?:{_TO_COME})\b[^.;,]{{0,70}}?\b(?:{_DATE})\b", re.IGNORECASE)

#: Most months a bare month named as to come may lie after the occasion's: further on, it is as likely one gone.
MONTHS_AHEAD = 6

#: What every match of :data:`_LOOKED_AHEAD` holds, lower-cased.
_CUES = ("upcoming", "forthcoming", "ahead of", "run-up", "due ", "schedul", "planned", "slated", "set ", "to be ")


def without_dates_looked_ahead(words: str, date: PartialDate) -> str:
    """``words`` without the dates after the occasion dated ``date`` that a word of something to come governs."""
    if not may_hold(words, _CUES):
        return words
    return _LOOKED_AHEAD.sub(lambda m: _without_date(m, date), words)


def _without_date(found: re.Match[str], date: PartialDate) -> str:
    """The match with its date taken out when that date falls after the occasion's, else as it stands."""
    if not _after(found, date):
        return found[0]
    start = min(found.start(name) for name in ("day_first", "month", "year", "next") if found.start(name) >= 0)
    return found[0][: start - found.start()] + " "


def _after(found: re.Match[str], date: PartialDate) -> bool:
    """Whether the date matched falls after an occasion dated ``date``: a later year, or a later month of its year.

    A month named without a year is read as the next one of that name (a thing to come), when that falls within
    :data:`MONTHS_AHEAD` of the occasion's: "ahead of talks in March" beside an April visit tells of March gone.
    """
    if found["next"]:
        return True
    if found["year"]:
        return int(found["year"]) > date.year
    month = month_number(found["month"]) or 0
    if found["with_year"]:
        return (int(found["with_year"]), month) > (date.year, date.month or 12)
    return date.month is not None and 1 <= (month - date.month) % 12 <= MONTHS_AHEAD
