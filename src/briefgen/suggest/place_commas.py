"""The comma of a place and its country closes no clause: "will leave for Brussels, Belgium Monday" is a plan's Monday.

A weekday takes its direction from the clause it ends: "will leave the
country for Brussels Monday" is the coming Monday.  The clause is read back to
the nearest comma, so "will leave the country for Brussels, Belgium Monday"
stopped at "Belgium", found no future verb, and the Monday went back a week.
A town named with its country or state ("Brussels, Belgium", "Kingston,
Jamaica", "Austin, Texas") is one name, and its comma splits nothing.  The
comma is looked through only when a capitalised name stands on both sides of
it and the name after it runs on to the date, so "In Washington, Trump on
Monday" is still two pieces, as is a saying ("…, Ryabkov on Monday told
reporters").
"""

from __future__ import annotations

import re

#: "Brussels, Belgium " at the end of the words before a date: a name, a comma, and one or two names up to the date.
_PLACE_AND_COUNTRY = re.compile(r"\b(?P<place>[A-Z][a-z]{2,}),(?=\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\s*(?:on\s+)?$)")
#: A saying right after the date: "Ryabkov on Monday told reporters", "Lavrov Monday said".
_SAYING_AFTER = re.compile(r"\s*(?:said|says|told|announced|added|stated|noted|insisted)\b", re.IGNORECASE)
#: The date's first word.
_DATE_WORD = re.compile(r"(?:on\s+)?\w+", re.IGNORECASE)


def without_place_comma(before: str, after: str) -> str:
    """``before``, the words up to a date, with the comma of a place and its country ending them blanked
    ("for Brussels, Belgium " → "for Brussels  Belgium "); ``after`` is the text from the date on."""
    word = _DATE_WORD.match(after)
    if word is not None and _SAYING_AFTER.match(after, word.end()):
        return before
    return _PLACE_AND_COUNTRY.sub(lambda match: match.group("place") + " ", before)
