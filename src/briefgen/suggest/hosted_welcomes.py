"""A welcome ceremony whose host the sentence names: who received the visitor, a fact of the visit.

"Japanese Prime Minister Kishida Fumio and his spouse hosted a welcome ceremony for Thuong",
"Xi attended a grand welcome ceremony hosted by Boluarte": the guard and the music are ceremony,
which :mod:`briefgen.suggest.worth` leaves undrafted wherever they took place, but who hosted the
visitor's welcome is as checkable as where the visitor arrived, and the labelled sets keep it.
A ceremony told with no host ("a welcome ceremony was held at the palace", "he was given a guard
of honour") stays ceremony.
"""

from __future__ import annotations

import re

# The host before the ceremony ("hosted a welcome ceremony", "chaired the official welcome ceremony"), or named
# after it ("a welcoming ceremony hosted by UAE President …", "a welcome ceremony held by Cambodian King …").
_HOSTED_WELCOME = re.compile(
    r"\b(?:host(?:ed|s|ing)?|chair(?:ed|s|ing)?|presided over) (?:the |a |an )?(?:[\w-]+ ){0,2}welcom(?:e|ing) ceremon(?:y|ies)\b|"
    r"\bwelcom(?:e|ing) ceremon(?:y|ies) (?:hosted|held|given|chaired|presided over) by (?:the )?(?:[\w-]+ ){0,3}?(?-i:[A-Z])",
    re.IGNORECASE,
)


def hosted_welcome(text: str) -> bool:
    """Whether the sentence names who hosted a welcome ceremony."""
    return bool(_HOSTED_WELCOME.search(text))
