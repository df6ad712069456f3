"""One unit spelled two ways: "two migration centres" and "two migrant centers" count one thing.

Outlets of Britain and of America spell a unit their own way ("centres" and
"centers", "metres" and "meters", "litres" and "liters"), and ``suggest``
keeps the unit as the page writes it.  Compared by its spelling, one figure
in two spellings was in two units: never set side by side, neither as one
figure stated alike nor as one figure stated differently ("10 bln cubic
meters" of gas in one report of a contract, "10 billion cubic metres" in
the next).  A weight is named two ways too: "1 million metric tons of rice"
in one report of a donation, "one million metric tonnes" in another; a
metric ton is a tonne.

:func:`one_spelling` writes the words of a unit (lower case, singular) in
one spelling, for comparison only: the British ending "-tre" or "-bre" as
the American "-ter" or "-ber", and a metric ton or tonne as a tonne.  Only
those endings are folded: they are the spellings that differ across the
Atlantic and name the same thing in both ("acre" and "genre" keep theirs).
A ton alone is left as written: short, long and metric tons differ, and a
page that writes "tons" seldom says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The British ending of a unit's word that the American spelling writes "-er": "centre", "metre", "fibre".
_BRITISH_ENDING = re.compile(r"(?<=[a-z][tb])re$")
#: The words of a metric ton, in any spelling: one tonne.
_METRIC_TON = (frozenset({"metric", "ton"}), frozenset({"metric", "tonne"}))


def one_spelling(words: Iterable[str]) -> set[str]:
    """The words of a unit (lower case, singular) as units are compared: "centre" is "center", "metric ton" "tonne"."""
    spelled = {_BRITISH_ENDING.sub("er", word) for word in words}
    return {"tonne"} if spelled in _METRIC_TON else spelled
