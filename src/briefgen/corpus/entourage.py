"""The visitor's entourage: who came with a leader on a visit, a part of the visit under the reading of record.

A report of a visit names who travelled with its leader: "President Tinubu
was accompanied by Minister of Foreign Affairs Yusuf Tuggar", "Lula's
entourage included Speakers Davi Alcolumbre (Senate) and Hugo Motta", "The
Russian delegation includes top oil, economy, foreign affairs, space and
nuclear energy officials", "Marcos brought along with him House Speaker
Martin Romualdez".  Such a line names one side, with no word of a visit or
talks and no verb of saying, so neither
:func:`briefgen.corpus.occasion_words.speaks_of_occasion` nor the readings of
what was said and done there (:mod:`briefgen.corpus.spoken`,
:mod:`briefgen.corpus.readouts`) take it in; the labels hold it as a part of
the visit.  Counted on half A (round 52), these lines carried some 400 missed
pairs of record between articles whose occasions were joined.

A line is read as the entourage when it says so (:data:`_ENTOURAGE`), names a
side of the occasion, tells no background, and is dated on the occasion's
days, a few days after them by its page (see :mod:`briefgen.corpus.reported`)
or in its month by a page of that month (see :mod:`briefgen.corpus.month_pages`).
The caller reads it only from an article largely about the occasion, as it
reads what was said there, and every part is still read later for another meeting.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion, told_as_background
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate

#: Who came with the leader: "was accompanied by", "Accompanying Hipkins is a group of business leaders", "his entourage
#: included", "the delegation includes", "has brought with him"; and who will ("will be joined by First Lady Liza
#: Araneta Marcos", "Hipkins will be accompanied by Trade and Export Growth Minister Damien O'Connor").
_ENTOURAGE = re.compile(
    r"\baccompan(?:ied by|ying)\b|\bentourage\b|\bbrought (?:along )?with (?:him|her)\b|\bbrought along\b"
    r"|\b(?:will be|was|were) joined by\b"
    r"|\bdelegation (?:also )?(?:includ|compris|consist|was made up|is made up)\w*"
    # the escort of the leader's aircraft on its way in ("Four Su-35 fighter jets escorted Putin's presidential jet")
    r"|\bescort(?:ed|ing)?\b",
    re.IGNORECASE,
)
_ENTOURAGE_FOUND = Caseless(_ENTOURAGE)  # asked only whether it is found (see text/cues)


def in_entourage(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a statement, event or plan names who comes with a side (party keys ``sides``) to an occasion dated ``date``.

    ``names`` are the party keys of the fact's entities; one must be a side.
    A plan is the entourage announced before the visit, on the days the page dates it.
    """
    fact = item.fact
    if fact.kind not in ("statement", "event", "plan") or not names & sides or not _ENTOURAGE_FOUND.found(fact.quote):
        return False
    if told_as_background(fact.quote):
        return False
    return falls_on_occasion(item, date)
