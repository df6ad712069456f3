"""The dated pieces `suggest` cuts a sentence into, as the clause tests read them."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.clauses import dated_parts
from briefgen.suggest.dates import find_date
from briefgen.suggest.sentences import Sentence, quotable_span

THU_2025_06_05 = dt.date(2025, 6, 5)


def dated_pieces(text: str) -> list[tuple[str, str | None]]:
    """Each piece's text and the date it is given, read on a Thursday page (5 June 2025)."""
    sentence = Sentence(0, len(text), text, 0)
    found = []
    for span, dated_text in dated_parts(sentence, quotable_span(sentence), THU_2025_06_05, None):
        date = find_date(dated_text, THU_2025_06_05, future=False)
        found.append((span.text, str(date[0]) if date else None))
    return found
