"""Whether a quote states its figure alone: two like figures of different clauses leave the value in doubt.

A sentence with several figures gives one draft per figure, each quoting the
sentence up to the end of its figure's clause, so a later figure's quote also
holds the earlier ones.  When an earlier figure of the same unit sits in
another clause ("the threat of 50% tariffs on EU goods, as well as pressure
... to avoid 46% duties"), the quote makes two claims of one kind about
different subjects and the value names only one of them: a reader, or the
matching of claims, cannot tell which the draft is about.  Such a figure is
proposed without a value, because a wrong figure is worse than none.  Figures
of one clause ("rose 5% in 2023 and 7% in 2024") keep theirs.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.text.quotes import fold

_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
# A rate that names its own thing ("50% tariffs", "46 percent duties"), not a change or a level ("grew 34% to", "32.1%.").
_NAMES_A_THING = re.compile(
    r"\s+(?!(?:to|in|of|from|on|and|or|by|for|at|over|since|than|with|while|as|last|this|that|which|year|compared|between|"
    r"against|higher|lower|more|less|up|down|increase|decrease|rise|drop|growth)\b)[a-z]{3,}\b"
)


def states_alone(text: str, quote: str, value: FoundValue, values: list[FoundValue]) -> bool:
    """True when ``quote`` (a prefix of ``text``) states ``value``, and no earlier rate of another thing in another clause."""
    if fold(" ".join(text[value.start : value.end].split())) not in fold(quote):
        return False  # the figure was in the words trimmed off: the quote no longer states it
    if value.unit != "percent" or not _NAMES_A_THING.match(text, value.end):
        return True
    return not any(
        other.end <= value.start
        and other.unit == value.unit
        and _NAMES_A_THING.match(text, other.end)
        and _CLAUSE_BREAK.search(text, other.end, value.start)
        for other in values
    )
