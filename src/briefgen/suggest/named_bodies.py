"""A body named in the writer's background: a union, a fund, a bank or an organisation that anchors nothing.

The worth test (:mod:`briefgen.suggest.worth`) takes a facility or institution named in full as a specific object,
which rescues a sentence of warm words ("thanked him for the gift of the Kurmangazy Center").  A body the sides
belong to or deal with is named the same way, and in a writer's line of background it is the only thing the
sentence names: "Addis Ababa is also the headquarters of the African Union", "Russia has been Armenia's longtime
sponsor and ally since the fall of the Soviet Union", "Cairo has been negotiating for a new loan with the
International Monetary Fund for several months".  The judges reject these as background of a side or of its other
relations, told beside the visit.  Said by a side, the same body is a position taken in the talks ("He emphasised that
Cyprus can serve as a gateway to European Union markets", "expressed his gratitude to Budapest for its support for
Ankara's full membership in the European Union"), which the labels keep: so a body names something specific only
when someone is told speaking (:func:`briefgen.corpus.spoken.speaks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.corpus.spoken import speaks

# The last word of a body's name: what the sides join, borrow from or belong to, not a place one visits.
_BODY = re.compile(r"\b(?:Union|Fund|Bank|Organi[sz]ation)s?$")


def only_bodies_unsaid(text: str, named: Iterable[str]) -> bool:
    """Are the things the sentence names in full (``named``, as the worth test reads them) all bodies, in a line no
    one is told saying (see the module's docstring)?"""
    names = list(named)
    return bool(names) and all(_BODY.search(name) for name in names) and not speaks(text)
