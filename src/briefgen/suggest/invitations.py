"""A day named in a standing invitation is the occasion invited to, still to come.

"Tanzania's Head of State also said she has invited President Kenyatta as the official guest to the 60th
anniversary of Tanzania's Independence Day celebrations on December 9" (a page of May): the sentence is a
statement and its verb is in the present perfect, so the bare "December 9" was read as the one before the day of
writing, a year early.  Nobody is invited to an occasion already over: an invitation that still stands ("has
invited", "invites", "is inviting", "has extended an invitation", "has been invited") dates the occasion ahead.
An invitation told in the past ("invited him to the summit on Monday", "had invited") is left as it is: it may be
the story of an occasion since held, and a finite past verb between the invitation and the date ("has invited the
firms that signed the deal on Monday") dates that act instead.
"""

from __future__ import annotations

import re

from briefgen.text.english import PAST_AUXILIARIES, REGULAR_PAST, sentence_before

# An invitation that still stands, then "to" (the occasion): "has invited X to", "invites X to attend".
_STANDING = re.compile(
    r"\b(?:(?:has|have)\s+(?:also\s+)?(?:invited|extended\s+(?:an?\s+)?(?:\w+\s+)?invitations?)|invites|(?:is|are)\s+inviting|"
    r"(?:has|have)\s+(?:also\s+)?been\s+invited)\b",
    re.IGNORECASE,
)
_TO = re.compile(r"\bto\b", re.IGNORECASE)
# A finite past verb between the invitation and the date dates another act.
_PAST = re.compile(rf"\b(?:{PAST_AUXILIARIES}|said|{REGULAR_PAST})\b", re.IGNORECASE)
# How far back in its sentence the invitation may stand.
_REACH = 240


def invited_to_come(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` names the occasion a standing invitation invites to: a day ahead."""
    sentence = sentence_before(text, start, _REACH)
    invitation = next(iter(reversed(list(_STANDING.finditer(sentence)))), None)
    if invitation is None:
        return False
    rest = sentence[invitation.end() :]
    return _TO.search(rest) is not None and _PAST.search(rest) is None
