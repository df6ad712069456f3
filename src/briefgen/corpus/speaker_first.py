"""A readout's line that opens on its speaker: what a participant said at the occasion, whatever it tells.

A report of a visit tells its talks one speaker at a time, each line opening on who
spoke and the verb: "Xi noted that, 68 years ago, Egypt was the first Arab and
African state to establish diplomatic relations with China", "Vucic said that since
2020 China had been the single-largest investor in Serbia", "He noted that Kenya has
a large population of young people, with a median age of about 20", "Prime Minister
Wong and President Prabowo noted that all three agreements ... were in effect, one
year since they entered into force on 21 March 2024".  The labels of record hold each
a part of the visit it was said at.  :func:`briefgen.corpus.spoken.spoken_at` leaves
them out twice over: what they say reads as background (a figure, a history of the
relation), and a fact dated by what it recalls (1956, 2020, March 2024) falls on no
day of the occasion.

Both readings were made for the writer's own lines, where a figure or a year is the
outlet's context beside the visit and as often of something else.  A line whose
grammatical subject, the speaker, opens the sentence and is followed at once by a verb
of saying is reported speech of a named participant (or "he", "she": the one the
report has just named), told in the order a readout tells its talks; in a report of
one occasion that is what was said at it.  So such a statement, naming a side, is
read as said there when it falls on the occasion's days whatever background it
tells, or when it is dated more than :data:`RECALLED_DAYS` before the occasion to a
year or month its quote names: the date of what it recalls, not of the saying.  Left out: a line that dates the saying
itself by its weekday ("On Friday, the Nigerian Ministry of Defence said ...", weeks
before), and a statement dated in the few days before the occasion, said ahead of it
by those who announced it ("Mr. Kakubo says the visit will build on ...").  The
quote is still read for another meeting, an outsider, another leg and a date elsewhere
once the occasion is found (see :func:`briefgen.corpus.occasions._parts`), but a date
elsewhere no longer puts such a line out (round 76, :mod:`briefgen.corpus.recalled_speech`).

A readout names a leader by the office as often as by the name, after the side it
leads: "The Brazilian leader said he is delighted and moved to return to Việt Nam after
17 years", "Welcoming the Brazilian guest, the Vietnamese State leader affirmed that
...".  Such a speaker opens the line as a name does (round 76), and a participle's
phrase of setting ("Welcoming the Brazilian guest,") comes before it as "During the
talks," does.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_WEEKDAY_PATTERN, MONTH_NAMES

#: Fewest days before the occasion a statement is dated for its date to be that of what it recalls.
RECALLED_DAYS = 7

#: Verbs of saying a readout opens a speaker's line with (past tense, or "says").  "Recalled" is not one: it tells what
#: went before by its meaning ("Sanchez recalled that Spain is the third foreign investor in Morocco").
_VERB = (
    r"(?:said|says|noted|stressed|emphasi[sz]ed|added|underscored|expressed|urged|pledged|praised|stated|"
    r"remarked|highlighted|paid tribute|spoke of|welcomed|reaffirmed|reiterated|assured|thanked|hailed|insisted|"
    r"affirmed|acknowledged|lauded|commended|voiced|conveyed|asserted|declared|explained)"
)

#: The speaker: up to six capitalised words (a title and a name, "and" joining two), or "he", "she", "they"; or a
#: side's leader named by the office alone, after the side ("The Brazilian leader", "the Vietnamese State leader").
_SPEAKER = (
    r"(?:(?:[A-Z][\w’'.-]*|of|the|and|al-|bin)\s+){0,5}?(?:[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey)"
    r"(?:\s+(?:leader|president|prime minister|premier|chancellor|guest|host|counterpart|head of state))?"
)

#: A line opening on its speaker and verb, after at most a short phrase of setting ("During the talks, ", "On defense
#: matters, ", "Welcoming the Brazilian guest, ": a participle's phrase, not a place such as "Beijing,").
_SETTING = r"(?:(?:(?:During|At|In|On|Speaking|Addressing|After)\b|[A-Z][a-z]{2,}ing\s)[^,]{0,80},\s*)?"
_SPEAKER_FIRST = re.compile(rf"^{_SETTING}{_SPEAKER}\s+(?:also\s+|further\s+|then\s+|later\s+)?{_VERB}\b")

#: A weekday: the saying dated by its own day, not at the occasion the report is about.
_WEEKDAY = re.compile(rf"\b(?:{FULL_WEEKDAY_PATTERN})\b")

#: The kind of fact a speaker's line is filed as.
KIND = "statement"


def opens_on_speaker(quote: str) -> bool:
    """Whether a quote opens on its speaker and a verb of saying ("Xi noted that ...", "During the talks, he said ...")."""
    return _SPEAKER_FIRST.match(quote) is not None


def said_by_speaker_first(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a statement opening on its speaker was said at the occasion of ``sides`` dated ``date``.

    ``names`` are the party keys of its entities: one must be a side.  It must
    open on its speaker and verb, name no weekday, and fall on the occasion's days
    (:func:`briefgen.corpus.spoken.falls_on_occasion`) or be dated by what it
    recalls (:func:`recalled`).
    """
    fact = item.fact
    if fact.kind != KIND or not names & sides:
        return False
    quote = fact.quote
    if not opens_on_speaker(quote) or _WEEKDAY.search(quote):
        return False
    return falls_on_occasion(item, date) or recalled(fact.date, quote, date)


def recalled(when: PartialDate, quote: str, date: PartialDate) -> bool:
    """Whether a statement dated ``when`` is dated by what it recalls, not by its saying at an occasion dated ``date``.

    It is dated more than :data:`RECALLED_DAYS` before the occasion, and its quote names that date's year or month
    ("since 2020", "since September of last year", "on 21 March 2024"): a statement dated by the page that reports
    a later occasion names neither ("He said that bilateral investment volume of less than US$100 million ...").
    """
    if when.last_day >= date.first_day - dt.timedelta(days=RECALLED_DAYS):
        return False
    return str(when.year) in quote or (when.month is not None and MONTH_NAMES[when.month - 1] in quote)
