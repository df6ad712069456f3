"""Recalled in speech: a speaker's line said at the occasion stays a part of it, whatever earlier time it names.

A report of a visit tells its talks one speaker at a time, and a speaker at a visit
speaks of the relation's past: "Anwar said Russia remains a great friend of Malaysia,
with diplomatic ties between the two countries established in 1967"; "Welcoming the
Brazilian guest, the Vietnamese State leader affirmed that the trip holds significant
importance following the upgrade of bilateral relationship to a strategic partnership
in November 2024"; "His Highness noted that Xi's visit to the UAE in 2018 marked a
historic milestone"; "The Emperor expressed sympathy over the damage caused to
Kazakhstan by last year's floods".  :mod:`briefgen.corpus.speaker_first` reads such a
line as said at the occasion of its report, when it falls on the occasion's days or is
dated by the year or month it recalls; but once the occasion is found, every part is
read again for a date elsewhere (:func:`briefgen.corpus.elsewhen.elsewhen`), and the
year, the month or the "last year" it names put it out again.  That test is made for
the writer's own lines, where a named time dates what the line reports ("they last met
in Istanbul in November").  In a line that opens on its speaker and the verb, what is
reported is the saying, at the occasion; the time named is inside what was said.

So a part dated elsewhere by its words stays when it is such a line, said there as
:func:`~briefgen.corpus.speaker_first.said_by_speaker_first` reads it: a statement
naming a side, opening on its speaker and verb, no weekday dating the saying, on the
occasion's days or dated by what it recalls.  A curtain-raiser's "Mr. Kakubo says the
visit will build on the previously held key discussions", dated before the visit,
stays out, as do the writer's own lines.

Measured on half A of the labelled sets (round 76, links of record, labelled claims as
facts, with the office speakers of :mod:`briefgen.corpus.speaker_first`): 203 right
pairs joined on 7 sets, none lost, no pair judged wrong, 43 unjudged: 39 of them one
DD India line, "PM Modi also acknowledged President Ali's special relationship with
India, particularly noting his participation in the Pravasi Bharatiya Divas last year",
which its labeller keeps with the Divas of January 2023, as background.
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.parties import party_keys
from briefgen.corpus.speaker_first import said_by_speaker_first
from briefgen.text.dates import PartialDate


def recalled_in_speech(item: Prepared, sides: frozenset[str], date: PartialDate) -> bool:
    """Whether ``item``, whose words name another time, is still a part of the occasion of ``sides`` dated ``date``:
    a speaker's line said there (:func:`~briefgen.corpus.speaker_first.said_by_speaker_first`), the time named
    being what the speaker spoke of."""
    return said_by_speaker_first(item, party_keys(item.fact.entities), sides, date)
