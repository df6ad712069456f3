"""Speech with no verb of saying: the marks by which a statement reads as said at an occasion.

:func:`briefgen.corpus.spoken.spoken_at` asks a statement for a verb of saying
("said", "stressed", "praised"...) before it joins its article's occasion.
Counted on half A (round 51), the labelled statements left out for want of one
were the largest shape of missed pairs of record: outlets give a participant's
word at the visit in other ways.  They quote it bare ('"Both sides uphold
tolerance, mutual trust and mutual respect"'), attribute it ("According to him,
Azerbaijan and Russia act as allies"), report the two sides as its speaker
("The sides confirmed their interest in boosting trade", "Both leaders focused
on growing defence cooperation"), place it in the talks ("In the meetings, the
Indian side also showed keen interest in..."), or name the act with a verb the
list leaves out ("pledging to work together", "calling him a 'very respected
man'", "He identified general commerce ... as drivers of bilateral cooperation").

Each mark is read here; the caller asks the rest as before (one side named,
dated on the occasion's days, no background, an article largely about the
occasion), and every part is still read later for another meeting and for
what is dated elsewhere.  A writer's own line of background ("Iran has
provided Russia with drones") has none of these marks and stays out, as before.
"So-called" is no verb of calling.

Measured on half A (round 51, links of record, unjudged pairs counted wrong),
each mark on its own: a bare quotation, recall 72.09% to 72.35%; "according
to", to 72.22%; the two sides as speaker, to 72.45%; the talks named, to
72.50%; the further verbs, to 72.90%.  All together: recall 72.09% to 73.67%
(36,489 to 37,292 pairs of 50,619), precision 93.61% to 93.65%, 33 new pairs
not of record (24 of them unjudged).
"""

from __future__ import annotations

import re

from briefgen.text.cues import Caseless

#: A participant's words quoted bare: the statement opens on a quotation mark ('"Please also meet with Kim"').
_QUOTED = re.compile(r"^\s*[“\"‘]")

#: A word attributed to its speaker without a verb of saying: "According to him", "according to the SRE".
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)

#: The two sides as the speaker: "the sides confirmed", "both leaders focused on", "the two governments condemned".
_THE_SIDES = re.compile(
    r"\b(?:the two|both(?: the)?|the)\s+(?:sides|leaders|presidents|heads of state|heads of government|prime ministers|"
    r"governments|delegations)\b",
    re.IGNORECASE,
)

#: The word placed in the talks by naming them: "In the meetings", "at the summit", "the consultation aimed to".
_IN_THE_TALKS = re.compile(r"\b(?:meetings|summit|consultations?|interactions|declaration|communiqu[eé])\b", re.IGNORECASE)

#: Verbs of an act of speech the list of :mod:`briefgen.corpus.spoken` leaves out.
_SPEECH_VERBS = re.compile(
    r"\b(?:pledg(?:es|ing)|calling (?:it|him|her|them|the)\b|(?<!-)called\b[^.;]{0,60}?[“\"]|confirm(?:ed|s|ing)|disclos(?:ed|es|ing)|"
    r"identifi(?:ed|es)|point(?:ed|ing) (?:out|to)|show(?:ed|s|ing) (?:\w+ )?interest|focus(?:ed|es|ing) on|dedicat(?:ed|es|ing)|"
    r"flatter(?:ed|s|ing))\b",
    re.IGNORECASE,
)

#: Every mark, each measured on its own on half A (round 51) and kept: each joined pairs of record, few wrong ones.
_MARKS = (_QUOTED, _ACCORDING, _THE_SIDES, _IN_THE_TALKS, _SPEECH_VERBS)

#: The caseless marks of small letters, looked for in the lowered quote (:class:`~briefgen.text.cues.Caseless`: about
#: a quarter less a quote, where the rules ask it of every statement of an occasion's article).  The bare quotation
#: has no letters, and "communiqué" has a letter ``lower`` is not known to keep: those two are searched as written.
_ACCORDING_FOUND, _THE_SIDES_FOUND, _SPEECH_VERBS_FOUND = (Caseless(mark) for mark in (_ACCORDING, _THE_SIDES, _SPEECH_VERBS))


def marks_speech(quote: str) -> bool:
    """Whether a statement's words mark it as a participant's word, with no verb of saying (see the module docstring).

    Each of :data:`_MARKS` in turn, written out: an ``any`` over a generator costs more than some of the searches.
    """
    return bool(
        _QUOTED.search(quote)
        or _ACCORDING_FOUND.found(quote)
        or _THE_SIDES_FOUND.found(quote)
        or _IN_THE_TALKS.search(quote)
        or _SPEECH_VERBS_FOUND.found(quote)
    )
