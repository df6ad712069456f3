"""Dates in a trailing "with …" phrase: the circumstances of an act, not the day of the act the main clause dates.

News often hangs what came before or what is still to come on a sentence's
main clause with a comma and "with": "Indonesia finalized an order for 42
Rafale fighter jets in January 2024, with the first delivery expected in early
2026"; "Formal diplomatic ties were established in 1968, with the cornerstone
being the Treaty of Friendship signed in 1949 and renewed in February 2007".
The sentence reports the order and the ties; the phrase after "with" adds a
delivery still ahead or a treaty long before.  Read among the sentence's dates,
the phrase's dates won: the delivery's year as a plan's time due (the word
"expected" had made the sentence a plan), the treaty's month as the finer date
beside two bare years.  So when the main clause states a date of its own (one
that is no bound of a span: "since 2015" dates no act), the phrase's dates give
way to it.  A main clause with no date keeps them: in "trade has grown fast,
with volumes reaching $64 billion last year" the phrase holds the only date of
the figure.
"""

from __future__ import annotations

import re
from typing import TypeVar

from briefgen.suggest.date_bounds import bounds_a_span
from briefgen.text.dates import PartialDate

_Found = TypeVar("_Found", bound=tuple[int, PartialDate, str])

#: The comma and "with" that open the phrase: ", with the first delivery expected …".
_WITH = re.compile(r",\s+with\s", re.IGNORECASE)


def main_clause_dates(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` (start, date, phrase) less the dates of a trailing ", with …" phrase, when the main clause before it dates itself."""
    opening = _WITH.search(text)
    if opening is None:
        return found
    before = [item for item in found if item[0] < opening.start()]
    if len(before) == len(found) or not any(not bounds_a_span(text, item[0]) for item in before):
        return found
    return before
