"""Sentences beside the story: who made an announcement, an event's theme, a line in another language.

They pass :mod:`briefgen.suggest.worth`'s tests (an announcement, a meeting, a
name) and still give an editor nothing for an English brief.  The classes,
each named by the function that reads it:

- :func:`is_attribution_alone`: "The announcement was made through the prime
  minister's office", or a post's lead-in cut before the post ("Taking to X,
  the spokesperson stated"): who announced, the what in another sentence;
- :func:`is_event_theme`: "The theme of this year's forum is …": the motto of
  a gathering, background on the gathering rather than what the sides did;
- :func:`is_not_english`: a sentence of ten words or more with not one English
  function word, as an embedded post in French leaves it: a brief quotes
  English, and the page's English text reports the same.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES

_ATTRIBUTION = re.compile(r"^The (?:announcement|statement|decision) was made (?:by|through|via|in|at)\b")
# A post's lead-in, cut before the post: "Taking to X, the ministry's spokesperson stated".
_LEAD_IN = re.compile(
    r"^(?:Taking to|Writing on|Posting on|In a (?:post|tweet|message|statement) on)\b[^.]*\b"
    r"(?:said|stated|wrote|posted|tweeted|noted|added)\W*$"
)
_THEME = re.compile(r"^The (?:theme|motto|slogan) of\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    {"the", "and", "of", "to", "in", "on", "for", "with", "is", "are", "was", "were", "a", "an", "by", "at", "has", "have"}
    | {"from", "that", "this", "it"}
)
# Enough words that an English sentence of that length would hold a function word.
_LONG_ENOUGH = 10


def is_attribution_alone(text: str) -> bool:
    """Who made an announcement, with the announcement itself in another sentence."""
    rest = text.lstrip(LEADING_QUOTES)
    return bool(_ATTRIBUTION.search(rest) or _LEAD_IN.search(rest))


def is_event_theme(text: str) -> bool:
    """The theme, motto or slogan of a gathering: background on it, not an act of the two sides."""
    return bool(_THEME.search(text.lstrip(LEADING_QUOTES)))


def is_not_english(text: str) -> bool:
    """Ten words or more and not one English function word: a line in another language."""
    words = [w.casefold() for w in _LETTERS.findall(text)]
    return len(words) >= _LONG_ENOUGH and not any(w in _ENGLISH_FUNCTION_WORDS for w in words)


def is_aside(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    return any(check(text) for check in (is_attribution_alone, is_event_theme, is_not_english))
