"""The relation's two sides counted with a word of praise: "two brotherly countries" gives no figure.

A sentence is worth drafting when it gives a figure or a date (:mod:`briefgen.suggest.worth`), and "the two
countries" or "two nations" only counts the relation's own sides, which every bilateral report has: worth strikes
those words before it looks for a figure.  Courtesy counts the sides the same way with its praise or a second noun
between: "Turkey and Kazakhstan … are two brotherly countries with long-standing relations", "As two independent
states, Georgia and Azerbaijan always stand by each other", "We, two friends and neighbors, will move forward
together", "the strong upward trajectory of our two economies".  Read as a figure, the "two" rescued these generic
lines, which the judges reject as courtesy; struck like "the two countries", it leaves them to be weighed by their
other words.

A rank or a choice among more stays a count: "our two closest neighbours", "the world's two largest economies",
"two ancient seafaring nations" (an adjective that describes, not praises, is left alone).
"""

from __future__ import annotations

import re

# What a courtesy calls the sides: their peoples, states and economies, friends and neighbours.
_SIDE_NOUNS = (
    r"(?:countries|nations|states|peoples|sides|parties|governments|republics|economies|"
    r"friends|brothers|neighbou?rs|allies|partners)"
)
# The sides named as two with no word between: only the nouns that never count anything else ("two partners" of a
# consortium, "two economies" of a region may be counted).
_PLAIN_SIDES = r"(?:countries|nations|states|peoples|sides|parties|governments|republics|friends|brothers)"
# The praise between "two" and the sides: kinship, friendship, independence.
_PRAISE_WORDS = r"(?:brotherly|fraternal|friendly|sisterly|kindred|independent|sovereign|neighbou?ring)"
_PRAISE_RUN = rf"(?:{_PRAISE_WORDS},? (?:and )?)"
_COUNTED_SIDES = re.compile(
    # "two brotherly countries", "two independent, sovereign states"
    rf"\btwo {_PRAISE_RUN}{{1,3}}{_SIDE_NOUNS}\b|"
    # "two friends and neighbors", "two nations"
    rf"\btwo {_PLAIN_SIDES}\b(?: and {_SIDE_NOUNS}\b)?|"
    # "our two economies", "both two countries": the speaker's own two sides, not a rank ("our two closest neighbours")
    rf"\b(?:our|your|both) two (?!\w+est\b){_PRAISE_RUN}{{0,3}}{_SIDE_NOUNS}\b",
    re.IGNORECASE,
)


def without_counted_sides(text: str) -> str:
    """The text less the words that count the relation's two sides ("two brotherly countries", "our two economies")."""
    return _COUNTED_SIDES.sub("", text)
