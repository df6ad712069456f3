"""Still to come: a date a report tells as yet ahead of its own day is no side against an occasion that day had reached.

A report written while one visit is under way may speak of another still to
come: "Prime Minister Mark Carney is in Mexico City today" (CityNews, Friday
September 19) and "Carney said Canada's Minister of Agriculture ... will visit
Mexico next month" (Darpan, the same Friday).  An event proposal that joins
the two sentences, the same leader and the same host named in both, reads
them as one visit dated to two months; but when Darpan wrote, the visit
CityNews dates had already begun, and the visit Darpan dates had not: its
writer, knowing the one, spoke of another.

So a pair of sides of a date conflict does not stand when one side is dated
wholly after its own report's publication day (it tells what is to come)
and the other side is dated wholly on or before that same day (what had
come by then).  A date known to the month only ends on its last day: "in
September" against a report of September 19 may still be to come, and the
pair stands.  A report whose publication date is unknown dates nothing
here; the conflict stands on the pairs that are left (:mod:`.dropped_sides`).

A source's publication date is known only once the sources are read, after
the linking child has found the possible conflicts: this is asked then, as
:func:`~briefgen.corpus.foretold.without_foretold` is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from briefgen.corpus.dropped_sides import without_dropped_pairs
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import PossibleConflict


def told_ahead(later: Fact, other: Fact, published: Mapping[str, dt.date]) -> bool:
    """Whether ``later`` tells an occasion still to come on the day its report was written, and ``other`` one that had come."""
    written = published.get(later.source)
    return written is not None and other.date.last_day <= written < later.date.first_day


def _other_months(a: Fact, b: Fact) -> bool:
    return (a.date.year, a.date.month) != (b.date.year, b.date.month)


def without_told_ahead(
    found: list[PossibleConflict], facts: Mapping[str, Fact], published: Mapping[str, dt.date]
) -> list[PossibleConflict]:
    """``found`` without the date conflicts' sides told ahead of an occasion their report's day had reached (see above).

    ``published`` gives each dated source's publication date, by id.  A date
    conflict stands on what is left: two sides of different sources in different months.
    """
    return without_dropped_pairs(found, facts, "date", _other_months, lambda a, b: told_ahead(a, b, published))
