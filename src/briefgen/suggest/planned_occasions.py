"""A month named for an announced or planned visit is the coming one: "Lula's announced visit to Iran in May".

A bare month is the one before the day of writing in a report, unless its
clause looks ahead (:mod:`briefgen.suggest.month_tense`).  A visit that is
"announced", "planned" or "proposed" is not yet made, so the month it is named
for lies ahead even when the sentence around it has no verb of the future:
"However Lula da Silva's announced visit to Iran in May could be seen as an
obstacle" (a page of February 2010, round 80's eighth date sample) is the coming
May, not the one nine months back.  "Announced" there is the visit's adjective,
not the verb of the sentence.

Only such an adjective right before the occasion's noun (visit, trip, tour,
summit, talks, meeting), with at most a kind of visit or meeting between
("planned state visit", "the upcoming informal summit on 12 February", round 84's
tenth date sample), and with no verb between the noun and the month, counts; and a past
verb after the month ("the planned visit in May was called off") leaves the
month behind, as an occasion already past or cancelled.
"""

from __future__ import annotations

import re

from briefgen.text.english import IRREGULAR_PASTS, PAST_AUXILIARIES, REGULAR_PAST

# "announced visit to Iran in", "planned state visit to India in", "proposed trip to Beijing in": the noun phrase
# that ends right before the month, with no verb of its own after the noun.
_PLANNED_OCCASION = re.compile(
    r"\b(?:announced|planned|proposed|scheduled|intended|anticipated|mooted|expected|upcoming|forthcoming|prospective)\s+"
    r"(?:(?:state|official|working|first|maiden|return|reciprocal|bilateral|presidential|informal|formal|extraordinary|"
    r"special|joint|annual|trilateral|regional|emergency)\s+){0,2}"
    r"(?:visit|trip|tour|summit|talks|meeting)\s+"
    r"(?:(?:to|in|with|of|for|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+)?(?:in\s+|on\s+|this\s+|next\s+)?$",
    re.IGNORECASE,
)
# A finite past verb after the month: the occasion is over or called off ("was postponed", "did not take place");
# a participle after "be" ("may be shortened") is no past act.
_PAST_AFTER = re.compile(
    rf"\b(?:{PAST_AUXILIARIES}|{IRREGULAR_PASTS})\b|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b{REGULAR_PAST}\b", re.IGNORECASE
)


def planned_occasion(text: str, start: int) -> bool:
    """Whether the month at ``text[start]`` is named for an announced or planned occasion, none of it told as past."""
    if not _PLANNED_OCCASION.search(text[max(0, start - 90) : start]):
        return False
    rest = re.split(r"[.;!?]\s", text[start:], maxsplit=1)[0]
    return not _PAST_AFTER.search(rest)
