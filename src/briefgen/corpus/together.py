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

Only the subject that opens the line is read: "the two countries" later in a
sentence is most often the relation's background ("trade between the two
countries reached..."), and so is "the two countries" or "both nations" as a
subject (measured on half A, round 65: 105 pairs none of them labelled one
occasion), so countries are no such subject; nor is a bare "they", which as
often takes up what the sentence before it said of others.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion
from briefgen.text.dates import PartialDate

#: The participants together, as a line's subject: "the two leaders", "both sides", "the presidents".
_BOTH = (
    r"(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|sides|parties)"
    r"|the\s+(?:leaders|presidents|prime\s+ministers)"
)

#: A line that opens on the participants together, after a word that only links it to the line before.
_OPENS_ON_BOTH = re.compile(rf"^\W*(?:(?:also|additionally|further(?:more)?|moreover|meanwhile|in\s+addition),?\s+)?(?:{_BOTH})\b", re.IGNORECASE)


def opens_on_both_sides(quote: str) -> bool:
    """Whether a quote's subject, at its opening, is the two sides together ("The two leaders also...", "Both sides ...")."""
    return _OPENS_ON_BOTH.search(quote) is not None


def done_together(item: Prepared, date: PartialDate) -> bool:
    """Whether a fact tells what the two sides of an occasion dated ``date`` did or said together there."""
    return opens_on_both_sides(item.fact.quote) and falls_on_occasion(item, date)
