"""What is to come, told on a visit's day: a statement in the future or of what must be is a part of the visit.

A statement joins its article's occasion when someone is told to have
spoken (see :func:`briefgen.corpus.spoken.spoken_at`): a verb of saying, the
first person, or another mark of speech (see :mod:`briefgen.corpus.unsaid`).
A report of a visit also tells, with none of these, what the visit is to
bring and what its participants hold must be done: "The dozen multi-role
fighter aircrafts will help Serbia modernise its air force", "China firmly
supports Peru's APEC presidency and will work closely with Peru", "This
designation is expected to enhance Kenya's defense capabilities", a
quotation's closing line "The dragon and the elephant must walk together as
good neighbours, partners, and friends."  The labels of record hold each a
part of the visit it is told at.

A writer's own line of background tells what is or has been, in the present
and the perfect: "Indonesia is Malaysia's sixth largest global trading
partner", "Canada and Germany have already been cooperating intensively on
hydrogen", "Tokyo and Rome have also been ramping up defense collaboration".
So a statement whose verb looks ahead ("will", "must", "shall", "is expected
to") is read as told at the occasion, with the rest asked as for a statement
said there: a side named, no background (a level, a history, a figure), the
occasion's days, an article largely about the occasion; what is dated to a
later day is still read as due then (see :mod:`briefgen.corpus.elsewhen`).
"Would" is left out: it is the conditional of a writer's comparison ("The
Philippines would be the third country with which Japan would have an RAA");
so are "is set to" ("French groups are set to build the capital's first metro
station", a contract told beside the visit) and "could", "may" (what a side
has not ruled out).  "Will" the noun ("the political will") is no future.

Measured on half A (round 62, links of record, unjudged pairs counted wrong):
recall 80.87% to 81.37% (51,246 to 51,563 pairs right of 63,372: 317 added
from 11 statements in 9 sets, none lost), precision 93.85% to 93.87% (8 new
pairs unjudged, each the new statement beside background its article's
occasion already held); intake unchanged.  Simulated on the same half, every
statement of an occasion's article left out for want of a mark of speech
(naming a side, on the occasion's days, no background) joined 1,247 right
pairs and 1,581 wrong or unjudged; of its parts, "would" joined 28 right for
38 unjudged, the two sides as subject ("Tokyo and Rome share concerns")
4 for 149, a verb of agreeing or supporting 207 for 251.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.dates import PartialDate

#: A verb looking ahead: the future ("will work closely with Peru"), what must be ("must walk together"), what is
#: expected of an act ("is expected to enhance").  Lower case only: "Will" opening a sentence is a question or a name.
#: "Will" after a determiner or an adjective is the noun ("the political will", "their own will").
_AHEAD = re.compile(
    r"(?<!\bthe )(?<!\bpolitical )(?<!\bgood )(?<!\bstrong )(?<!\bfirm )(?<!\bown )(?<!\bfree )(?<!\bcommon )"
    r"(?<!\bshared )(?<!\bmutual )\b(?:will|must|shall)\b"
    r"|\b(?:is|are) expected to\b"
)


#: Where a match of :data:`_AHEAD` may start: the words it ends on.  A search of :data:`_AHEAD` tries its ten
#: look-behinds at every character of a quote (about 25 us a quote); the places of these words are found in a
#: fast scan, and the pattern is tried at those alone.  Zero-width, so that no place is passed over.
_AHEAD_STARTS = re.compile(r"(?=will|must|shall|is expected to|are expected to)")


def looks_ahead(quote: str) -> bool:
    """Whether a quote's verb looks ahead: "will", "must", "shall", "is expected to" (see the module docstring)."""
    return any(_AHEAD.match(quote, place.start()) for place in _AHEAD_STARTS.finditer(quote))


def told_to_come(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a statement tells what an occasion of ``sides`` dated ``date`` is to bring, or what must be.

    ``names`` are the party keys of its entities: one must be a side.  Its
    verb must look ahead (:func:`looks_ahead`), it must tell no background
    (see :func:`briefgen.corpus.spoken.told_as_background`) and fall on the
    occasion's days (see :func:`briefgen.corpus.spoken.falls_on_occasion`).
    """
    fact = item.fact
    if fact.kind != "statement" or not names & sides or not looks_ahead(fact.quote):
        return False
    return told_at_occasion(item, date)
