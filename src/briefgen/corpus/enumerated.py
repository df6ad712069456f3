"""Outcomes told one by one: "One, …", "Second, …", "Firstly, …", the items of a visit's list of results.

A report of a visit often names what it brought as a numbered list, one
sentence an item, each opening on its number set off by a comma: "One, the
defence relationship which has been buttressed by the French commitment to the
Make in India project …", "Two, the decision to step up maritime and naval
cooperation in the Indian Ocean …", "First, there is Malaysia's commitment to
participate in the construction of the archipelago's new national capital".
Cut from the sentence that announced the list ("The talks produced three
results"), an item names no visit and often no speaker and no actor; none of
the readings of what was said or done at the visit (:mod:`briefgen.corpus.said_there`)
takes it in, yet the labels hold it, as the sentence it continues, a part of
the visit.

An item is known by how the list is written, not by what it says: it opens on
a number word or an ordinal and a comma, and another fact of its article opens
on another one (a list has two items at least; a lone "First," is a speaker's
way into a remark, not a list).  "Finally" is left out: it closes a narration
as often as a list.  The item must fall on the occasion's days and tell no
background (see :func:`briefgen.corpus.spoken.told_as_background`); the caller
reads it only from an article largely about the occasion, and every part is
read later for another date, another meeting and an outsider.

Measured on half A (round 63, links of record): 111 right pairs added from
three items of two lists, none wrong, none lost (with :mod:`briefgen.corpus.ceremonies`,
recall 81.87% to 82.56%, precision 93.92% to 93.93%); intake unchanged.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.dates import PartialDate

#: The kinds of fact an item of a list of results is read as: a line, a happening, a plan agreed.
_KINDS = frozenset({"statement", "event", "plan"})

#: A number word or an ordinal opening a sentence, set off by a comma: "One, the …", "Second, Malaysia …", "Firstly, …".
_NUMBERED = re.compile(
    r"^[\"“‘']?(One|Two|Three|Four|Five|Six|Seven|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Last)(?:ly)?\s*,\s",
)


def list_number(quote: str) -> str | None:
    """The number word a quote opens on as an item of a numbered list ("Second, …" gives "second"), if it does."""
    match = _NUMBERED.match(quote.strip())
    return match.group(1).lower() if match else None


def item_of_outcomes(item: Prepared, date: PartialDate) -> bool:
    """Whether a fact is an item of a numbered list of what an occasion dated ``date`` brought (see the module docstring)."""
    fact = item.fact
    number = list_number(fact.quote) if fact.kind in _KINDS else None
    if number is None or item.article is None:
        return False
    if not any(list_number(other.fact.quote) not in (None, number) for other in item.article.members):
        return False
    return told_at_occasion(item, date)
