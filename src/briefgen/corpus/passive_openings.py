"""An opening told in the passive: "the hospital was inaugurated", "the plant was officially opened by ...".

:mod:`briefgen.corpus.opened` reads the thing a visit opens from the words after the act ("inaugurated the
Mahatma Gandhi Memorial Hospital Building"), and :mod:`briefgen.corpus.occasion_words` reads the act as a part of
the occasion by its word ("inaug").  Reports tell an opening as often with the thing first: "The China-Nepal Boda
Hospital, the first largest hospital established by the private sector was inaugurated in Kathmandu on Sunday
morning amid a formal ceremony", "The port was officially opened in a ceremony attended virtually by Xi".  The thing
then stands before the verb, where the active reading never looks, and "opened" is no occasion word of its own
(most of its uses open a market, a door, talks or fire).  This module reads the passive form only: an auxiliary
("was", "were", "has been" ...), at most a manner adverb ("officially", "jointly" ...), and the act, not followed by
"to" or "up" ("is dedicated to peace", "was opened up to trade" tell no ceremony).
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: The act told in the passive, with the few words before it where the thing opened is named: "The China-Nepal Boda
#: Hospital, the first largest hospital established by the private sector was inaugurated", "the plant was
#: officially opened".  "declared open(ed)" is the Commonwealth's form of the same ceremony.
_PASSIVE = re.compile(
    r"((?:[\w'’-]+\W+){1,12}?)"
    r"(?:was|were|has been|have been|had been|is being|will be|is to be|would be)\s+"
    r"(?:(?:officially|formally|jointly|ceremonially|finally|also|then|today|virtually)\s+)?"
    r"(?:inaugurated|opened|dedicated|commissioned|declared open(?:ed)?)\b(?!\s+(?:to|up|fire|for)\b)",
    re.IGNORECASE,
)

#: What a manner of ceremony adds to a passive "opened" for it to be the occasion's act, not a thing's history ("The
#: first embassy of Kazakhstan in Europe was opened 30 years ago"): an adverb of ceremony, or the people who opened it.
_CEREMONY = re.compile(
    r"\b(?:officially|formally|jointly|ceremonially|virtually)\s+(?:opened|commissioned|declared open)"
    r"|\b(?:opened|commissioned|declared open(?:ed)?)\s+(?:\w+\s+){0,3}?(?:by|in a ceremony|at a ceremony|amid)\b",
    re.IGNORECASE,
)

#: What every match of :data:`_PASSIVE` and :data:`_CEREMONY` holds, lower-cased.
_CUES = ("inaugurated", "opened", "dedicated", "commissioned", "declared open")


def before_passive_openings(quote: str) -> list[str]:
    """The words before each opening told in the passive in ``quote``, where the thing opened is named."""
    if not may_hold(quote, _CUES):
        return []
    return [match.group(1) for match in _PASSIVE.finditer(quote)]


def tells_passive_opening(quote: str) -> bool:
    """Whether ``quote`` tells a ceremony of opening in the passive ("was officially opened by the President").

    "inaugurated" is an occasion word already; "opened" and "commissioned" are read as the occasion's act only with
    the ceremony's adverb or its people after them, so that a thing's history ("was opened 30 years ago") is not.
    """
    return may_hold(quote, _CUES) and _PASSIVE.search(quote) is not None and _CEREMONY.search(quote) is not None
