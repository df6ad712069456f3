"""Acts of an outsider: a sum one side and someone else gave, recalled beside an occasion, is not a part of it; nor is
what a navy's ship does beside it (see :mod:`briefgen.corpus.ship_calls`)."""

from __future__ import annotations

from collections.abc import Callable

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.ship_calls import told_of_a_ship


def of_an_outsider(item: Prepared, sides: frozenset[str], key: Callable[[str], str]) -> bool:
    """Whether a figure is of one side and someone else: a figure recalled beside the occasion, not a part of it.

    "Abu Dhabi alone pledged $35 billion for a project on Egypt's coast", in
    a report of the Saudi crown prince's visit to Cairo: a sum of another
    giver.  A figure that names at most one of the occasion's ``sides`` (party
    keys, as ``key`` reads names) and a name that is none of them is of that
    other.  Only figures: measured, a plan of one side with a place or a
    minister named ("Kishida will address Congress at the Batasan") is a part
    of the programme too often.

    A ship's call or drill is the ship's, whatever kind of fact tells it: "The ship will remain there till March 14"
    is a plan, and a plan agreed at a visit and due later is otherwise read as its outcome.
    """
    if told_of_a_ship(item.fact.quote):
        return True
    if item.fact.kind != "figure" or not sides:
        return False
    keys = {k for k in map(key, item.fact.entities or ()) if k}
    return len(keys & sides) <= 1 and bool(keys - sides)
