"""Texts the sides exchanged or put out together: "witnessed the exchange of a number of documents", "released a 'Joint strategic vision'".

An act told as a noun ("the exchange of letters regarding cash assistance") or with a verb of publishing ("the two
released a 'Joint strategic vision'", "issued a joint statement urging …") leaves a text a brief can check: that it
was exchanged or released, by whom, about what.  The worth test (:mod:`briefgen.suggest.worth`) found no act in these
words (an exchange, a release are none of its verbs of signing or agreeing) and refused them as generic prose or
courtesy.  Only texts count: documents, letters, notes, agreements, memoranda, instruments exchanged; a statement, a
vision, a declaration, a communiqué, a roadmap or an action plan put out jointly or named by its title ("a 'Joint
strategic vision'").  An exchange of views, of visits or of greetings is talk, and stays with the other rules.
"""

from __future__ import annotations

import re

# Texts exchanged: "the exchange of a number of documents", "exchanged letters", "an exchange of notes".
_EXCHANGED = re.compile(
    r"\bexchange(?:d| of)\s+(?:[\w-]+\s+){0,4}?(?:documents|letters|notes|agreements|memorand\w*|mous?|instruments)\b",
    re.IGNORECASE,
)
# A text put out jointly or under its title: "issued a joint statement", "released a 'Joint strategic vision'".
_RELEASED = re.compile(
    r"\b(?:released|issued|unveiled|published)\s+(?:a|an|the)\s+(?:(?i:joint)\s+|[“‘'\"](?=[A-Z]))"
    r"(?:[\w-]+\s+){0,3}?(?i:statement|vision|declaration|communiqu\w*|road ?map|action plan)\b"
)


def exchanged_text(text: str) -> bool:
    """Whether the sentence tells of texts exchanged or put out together (see the module's docstring)."""
    return bool(_EXCHANGED.search(text) or _RELEASED.search(text))
