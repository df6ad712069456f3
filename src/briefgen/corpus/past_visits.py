"""Past visits: what a report of a visit recalls of the visitor's last one, which is another occasion.

A report of a visit recalls what was done on the one before it: "During his last visit, both countries agreed to
establish the so-called High-Level Strategic Council", "During Al Sisi's aforementioned visit to Madrid, the
Egyptian leader extended to Prime Minister Pedro Sánchez an invitation".  Such a sentence carries the visit's words
and both parties, often with no date of its own, so :mod:`briefgen.corpus.occasions` took it in with the visit it
was told beside (half A, round 108: the two sentences in this shape took 75 wrong pairs and one right one).

Only the visit named as the last, the previous or an earlier one is read: "during his first visit to Germany in almost
four years" and "on his first official visit since taking office" tell the rank of the visit being reported
(:mod:`briefgen.corpus.visit_rank`), and stay with it.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: A visit or trip the sentence sets its act in at its head, told as the last, previous, earlier or aforementioned one
#: ("During his last visit,", "On his previous trip to China,", "During Al Sisi's aforementioned visit to Madrid,").
#: Told after the act ("presented Erdogan with a horse during his last visit to Budapest, and the Turkish leader, in
#: turn, presented him with a Turkish-made Togg electric car"), the last visit may be the gifts' answer, which the
#: labels of half A join to the visit; it stays.
_PAST_VISIT = re.compile(
    r"^(?:during|on|in)\s+(?:his|her|their|its|the|that|(?:[\w-]+\s+){0,2}[\w-]+['\u2019]s)\s+"
    r"(?:last|previous|earlier|aforementioned|prior|preceding)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\b[^,;]{0,40},",
    re.IGNORECASE,
)
#: What every match of :data:`_PAST_VISIT` holds, lower-cased (see :mod:`briefgen.text.cues`).
_CUES = ("last", "previous", "earlier", "aforementioned", "prior", "preceding")


def of_a_past_visit(quote: str) -> bool:
    """Whether ``quote`` tells what was done on the visitor's last, previous or earlier visit (see the module's
    docstring): "During his last visit, both countries agreed to establish the so-called High-Level Strategic Council"
    is of that visit, not of the one reported."""
    return may_hold(quote, _CUES) and _PAST_VISIT.search(quote) is not None
