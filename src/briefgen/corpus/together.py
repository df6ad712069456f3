"""The two sides as one subject: what "the two leaders" or "both sides" did is a part of the occasion they met at.

A report of talks tells what the sides did together with the two of them as
its subject: "The two leaders also jointly e-inaugurated High Impact Community
Development Project...", "The presidents also reaffirmed their commitment to
deepening integration...", "Both sides touched upon the need for the
development of bilateral bus services...".  Such a line names neither side
(so :mod:`briefgen.corpus.spoken` and the readings beside it, which ask for a
side named, leave it out) and often no occasion either: its subject is the
occasion's participants, together, and nothing else brings two leaders or two
sides under one subject than their meeting.  A fact that opens on such a
subject (a word like "also" or "additionally" may come first) and falls on the
occasion's days (:func:`briefgen.corpus.spoken.falls_on_occasion`) is read as
a part of it; the caller reads it only from an article largely about the
occasion, and every part is read later for another date, another meeting and
an outsider.

Told as done, with a verb of the past ("Both leaders also exchanged views on
... Turkiye's hosting of the 4th Edition of the Antalya Diplomacy Forum", "The
two leaders also signed a ... accord which contains a pledge to advance an
annual joint (2+2) consultation mechanism", "The two leaders then headed inside
for ... closed-door talks"), such a line is of the meeting the two held,
whatever other meeting or happening it names as a topic or an outcome: the
readings of another meeting and of what happens beside a visit, which set a
part aside for such names, do not set it aside (an outsider, another leg of a
tour and another date still do).  What the two will do ("Both leaders are
expected to attend...") is read for another meeting as before.

Only the subject that opens the line is read: "the two countries" later in a
sentence is most often the relation's background ("trade between the two
countries reached..."), and so is "the two countries" or "both nations" as a
subject (on half A, 105 pairs, none of them labelled one occasion), so
countries are no such subject; nor is a bare "they", which as often takes up
what the sentence before it said of others (134 pairs of record, 47 not).

Measured on half A (round 65, links of record, unjudged pairs counted wrong):
282 right pairs on eight sets (134 by the reading of the line, 148 by keeping
it from the readings of another meeting and of what is beside a visit), none
lost, 2 wrong (intake_final86: the occasion's new line beside a line on
Türkiye's role in Asean, which the labels keep apart), none unjudged.  Recall
83.56% to 83.97%, precision 94.00% to 94.02%.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate

#: The participants together, as a line's subject: "the two leaders", "both sides", "the presidents", "the heads of state".
_BOTH = (
    r"(?:the\s+two|both(?:\s+the)?|the)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:the\s+)?(?:states?|governments?))"
    r"|(?:the\s+two|both(?:\s+the)?)\s+(?:sides|parties)|the\s+sides"
)

#: What may open a line before its subject: a word that only links it to the line before ("Also, ...", "In addition, ...").
_LINK = r"^\W*(?:(?:also|additionally|further(?:more)?|moreover|meanwhile|in\s+addition),?\s+)?"

#: A line that opens on the participants together.
_OPENS_ON_BOTH = re.compile(rf"{_LINK}(?:{_BOTH})\b", re.IGNORECASE)
_OPENS_ON_BOTH_FOUND = Caseless(_OPENS_ON_BOTH)  # asked only whether it is found (see text/cues)

#: A verb of the past, after the subject and the adverbs that may come between ("also exchanged", "then headed", "held"):
#: what the two sides did, told as done.  A present "need", "exceed" only ends as one does.
_DONE = (
    r"(?:(?:also|then|later|jointly|together|subsequently|further)\s+)*"
    r"(?:(?!(?:need|feed|exceed|proceed|succeed)\b)\w+ed|met|held|took|gave|made|spoke|went|sat|saw|paid|laid|led|shook|oversaw|struck|sought)\b"
)

#: A line that opens on the participants together and tells what they did.
_TOLD_AS_DONE = re.compile(rf"{_LINK}(?:{_BOTH})\s+{_DONE}", re.IGNORECASE)


def opens_on_both_sides(quote: str) -> bool:
    """Whether a quote's subject, at its opening, is the two sides together ("The two leaders also...", "Both sides ...")."""
    return _OPENS_ON_BOTH_FOUND.found(quote)


def told_as_done_together(quote: str) -> bool:
    """Whether a quote opens on the two sides together and tells what they did ("Both leaders also exchanged views ...").

    Read by :func:`briefgen.corpus.occasions` for a part of an occasion: such a line is of the meeting the two held,
    whatever else it names (see the module's docstring).
    """
    return _TOLD_AS_DONE.search(quote) is not None


def done_together(item: Prepared, date: PartialDate) -> bool:
    """Whether a fact tells what the two sides of an occasion dated ``date`` did or said together there."""
    return opens_on_both_sides(item.fact.quote) and falls_on_occasion(item, date)
