"""A stop of a visit told with what happened there in a clause after it: the stop is weighed on its own.

Reports place a visit's step and then say, in a relative clause, what happened at it: "Russian President
Vladimir Putin will visit Azerbaijan on Sunday, where he will discuss bilateral relations and current
international and regional issues"; "The meeting took place at the Presidential Palace, where PM Modi was
accorded a ceremonial welcome by President Christodoulides"; "The King and Queen will be officially received
by President Al Sisi and his wife at the Al-Ittihadiya Palace, where an official welcome ceremony will be
held".  The worth test (:mod:`briefgen.suggest.worth`) reads the sentence whole, and the tail's generic agenda
or ceremony outweighs the visit, the meeting place or the host the main clause names: the labelled sets keep
nearly every such sentence, for its main clause.

:func:`before_relative_tail` gives the main clause before a tail opened by ", where", ", during which", ", in
which" or ", at which", for the worth test to weigh on its own; the sentence is still drafted whole.
"""

from __future__ import annotations

import re

# The comma, then the relative word opening the tail; the tail runs to the sentence's end.
_TAIL = re.compile(r",\s+(?:where|during which|in which|at which)\s+")
# A sentence opened by a subordinate clause ("When our ports serve their ships, …") has its main clause after it.
_SUBORDINATE_OPENING = re.compile(r"^\W*(?:When|If|As|While|Although|Though|Because|Since|Once|Unless|Whether)\b")
# A main clause needs a few words to say anything on its own.
_FEWEST_WORDS = 5


def before_relative_tail(text: str) -> str | None:
    """The main clause before the sentence's first relative tail (", where he will discuss …"), or None."""
    tail = _TAIL.search(text)
    if tail is None or _SUBORDINATE_OPENING.match(text):
        return None
    head = text[: tail.start()].rstrip()
    return head + "." if len(head.split()) >= _FEWEST_WORDS else None
