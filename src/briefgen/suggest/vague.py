"""Sentences too loose to check: things uncounted and unnamed, others present unnamed.

:mod:`briefgen.suggest.worth` keeps a sentence that names an act or a meeting.
Some do and still leave an editor nothing to keep: what was done is not said.  The classes, each named by the function that reads it:

- :func:`is_uncounted`: things of which "a number of", "some" or "several"
  were set, outlined or promoted, with no figure, no name and no speaker to say
  which, or "areas of cooperation" agreed on and not named: the list that
  follows is the claim;
- :func:`is_unnamed_presence`: others present at a meeting, unnamed ("Other
  cabinet ministers were also present").
"""

from __future__ import annotations

import re

from briefgen.text.english import FIGURE_SIGN, LEADING_QUOTES

_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_UNCOUNTED = re.compile(
    r"\b(?:a number of|some|several|certain) (?:[\w-]+ )?(?:tasks|targets|areas|issues|steps|measures|visits|projects|initiatives)\b",
    re.IGNORECASE,
)
# Fields of cooperation agreed on or outlined, none of them named: the paragraphs after it name them.
_UNNAMED_FIELDS = re.compile(
    r"\b(?:agreed on|identified|outlined) (?:the |some |several )?(?:areas|fields|directions|spheres) of (?:cooperation|collaboration)\b",
    re.IGNORECASE,
)
# An act that leaves a trace: a signing counts what it signs.
_TRACE = re.compile(r"\b(?:sign(?:s|ed|ing)?\b(?<!\ba sign)|agreements?\b|mous?\b|memorand\w*|deals?\b|accords?\b)", re.IGNORECASE)
# A named speaker's account: "the visiting dignitary said" says whose the uncounted projects are.
_REPORTED = re.compile(r"\b(?:said|says|stated|told)\b", re.IGNORECASE)
_PRESENCE = re.compile(r"^(?:Other|Several|Many|Some|Senior) [\w -]{3,60}? (?:were|was) (?:also )?present\b")


def is_uncounted(text: str) -> bool:
    """ "A number of tasks", "some targets", "several areas", with no figure, no signing, no speaker, no name past the first word."""
    rest = text.lstrip(LEADING_QUOTES)
    named = any(w[:1].isupper() for w in _WORDS.findall(rest)[1:])
    plain = not named and not FIGURE_SIGN.search(rest) and not _TRACE.search(rest) and not _REPORTED.search(rest)
    return bool(_UNCOUNTED.search(rest) or _UNNAMED_FIELDS.search(rest)) and plain


def is_unnamed_presence(text: str) -> bool:
    """Others present at a meeting, unnamed: "Other cabinet ministers were also present at the meeting"."""
    return bool(_PRESENCE.search(text.lstrip(LEADING_QUOTES)))


def is_vague(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    return any(check(text) for check in (is_uncounted, is_unnamed_presence))
