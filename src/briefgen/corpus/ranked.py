"""A visit ranked among those before it is a part of it, told with or without a verb of saying.

"It is a significant milestone that an Indian PM has come here after 56
years", "Hassan is the first African head of state China has received after
the 20th National Congress": a report tells how rare the visit is in its own
voice, with no verb of saying, so none of the readings of what was said there
(:mod:`briefgen.corpus.spoken`) takes it in, though the labels hold it a part
of the visit it ranks.  A statement or event that ranks the visit or its
visitor (:func:`briefgen.corpus.visit_rank.ranks_the_visit`), names a side of
the occasion, tells no background once the rank is set aside and falls on the
occasion's days is read as a part of it; the caller reads it only from an
article largely about the occasion, and every part is read later for another
date, another meeting and an outsider.

Measured on half A (round 64, links of record, with :mod:`briefgen.corpus.visit_rank`): 225 right
pairs on seven sets, none lost; 7 wrong (the new rank beside lines its occasion held and the
labels keep apart: train exports, a naval exercise, defence projects) and 3 unjudged.  Recall
83.15% to 83.49%, precision 94.03% to 94.04%; intake unchanged.  Told as the visitor's own
count with "on" ("Rubio will visit Ecuador on Thursday on his third trip to Latin America since
taking office") a count is of another trip, and stays out; so does a rank of no visit ("the
first foreign leader Trump spoke to on the phone after taking office").
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import told_at_occasion
from briefgen.corpus.visit_rank import ranks_the_visit
from briefgen.text.dates import PartialDate

#: The kinds of fact a rank is told as: a line of the report, or a happening ("Xi, who is visiting Cambodia for the first
#: time since 2016, arrived ...").
_KINDS = frozenset({"statement", "event"})


def ranked_there(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a fact ranks the visit of ``sides`` (party keys) dated ``date`` among those before it.

    ``names`` are the party keys of the fact's entities; one must be a side.
    """
    fact = item.fact
    if fact.kind not in _KINDS or not names & sides or not ranks_the_visit(fact.quote):
        return False
    return told_at_occasion(item, date)
