"""Pledges, forecasts and praise of an occasion: words about a visit that state no act of it.

:mod:`briefgen.suggest.worth` keeps a sentence that names the two sides, a
meeting or a figure.  Some do, and an editor still throws their drafts away,
because what they report is a disposition rather than something done.  The
classes, each named by the function that reads it:

- :func:`is_generic_pledge`: sharing experiences or best practices agreed on,
  with no field named, counted or signed ("we agreed to share our experiences");
- :func:`is_confidence`: a speaker's confidence in what a visit will bring
  ("I am confident that the visit will strengthen ties"): a forecast;
- :func:`is_praised_occasion`: a visit or a relationship weighed as an example
  or a win ("a vivid illustration of solidarity", "this visit highlights the
  shared commitment", "a major win for the region", "will benefit immensely"),
  or a host congratulated for organising another gathering;
- :func:`is_exclamation`: a line ending in "!", as a post's greeting does ("A
  grand welcome for our guest!"): courtesy, not a report;
- :func:`is_generic_readiness`: readiness to work with the other side toward
  nothing named ("expressed readiness to work with the president to fully
  unleash the role of the two countries' cooperation", "is ready to work with
  Egypt to tap the potential of cooperation"): a disposition; a field, a project
  or a forum named by a proper name ("on the reconstruction of Gaza") keeps it.

A signing, an agreement or a deal in the sentence is an event of its own and
rescues each class; so does a figure where the class names it.
"""

from __future__ import annotations

import re

from briefgen.suggest.courtesies import TRACE
from briefgen.text.english import LEADING_QUOTES

_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
# A figure that counts (not a name's digits, "G20").
_COUNTED = re.compile(r"(?<![\w-])\d|\$|€|£|per ?cent|%", re.IGNORECASE)
_SHARED_EXPERIENCE = re.compile(
    r"\b(?:share|sharing|exchange|exchanging) (?:of )?(?:our |their |its |each other's |each other’s )?"
    r"(?:experiences?|expertise|best practices|know-how)\b",
    re.IGNORECASE,
)
_CONFIDENCE = re.compile(
    r"\b(?:am|are|is|was|were|remain) (?:fully |very )?(?:confident|convinced|certain) that (?:[^.;]{0,60}?\b)?"
    r"(?:visit|trip|ties|relations|relationship|partnership|cooperation)\b(?:[^.;]{0,40}?\b)?(?:will|would)\b",
    re.IGNORECASE,
)
_PRAISED = re.compile(
    r"\b(?:vivid|shining|living|true|fine|perfect|prime) (?:illustration|example|testament|model|embodiment|demonstration)\b|"
    r"\b(?:visit|trip|meeting|talks|tour) (?:highlights|underscores|underlines|demonstrates|symboli[sz]es|exemplifies|"
    r"reflects|signals|showcases) (?:the|a|an|their|both)\b|"
    r"\b(?:a |an )?(?:major|huge|big|great|significant|historic) (?:win|victory) for\b|"
    r"\bbenefit (?:immensely|greatly|enormously|tremendously|hugely)\b|"
    r"\bcongratulat(?:e|es|ed|ing) (?:[\w’'.-]+ ){1,4}(?:for|on) (?:organi[sz]ing|hosting|successfully)\b",
    re.IGNORECASE,
)
# Readiness to work with the other side, then what for: "ready to work with Egypt to tap the potential …".
_READINESS = re.compile(
    r"\b(?:ready|readiness|willing|willingness|prepared) to work (?:closely |together |hand in hand )?with "
    r"(?:[\w’'.-]+ ){0,4}?(?:to|for|in order to) ",
    re.IGNORECASE,
)


def is_generic_pledge(text: str) -> bool:
    """Experiences or best practices to be shared, with nothing counted or signed: "we agreed to share our experiences"."""
    shared = _SHARED_EXPERIENCE.search(text)
    if shared is None or TRACE.search(text) or _COUNTED.search(text):
        return False
    return not any(w[:1].isupper() for w in _WORDS.findall(text[shared.end() :]))  # "experience in building Norland Rail"


def is_confidence(text: str) -> bool:
    """A speaker's confidence in what a visit or the ties will bring: a forecast, unless it signs or counts something.

    Confidence in a target ("confident that we will achieve this target") is about a figure, and is kept.
    """
    return bool(_CONFIDENCE.search(text)) and not TRACE.search(text) and not _COUNTED.search(text)


def is_praised_occasion(text: str) -> bool:
    """A visit or relationship praised as an example, a win or a boon, or a host congratulated for another gathering."""
    return bool(_PRAISED.search(text)) and not TRACE.search(text)


def is_exclamation(text: str) -> bool:
    """A line ending in an exclamation mark, as a post's greeting does ("A warm welcome to our guest!"), with nothing counted or signed."""
    return text.rstrip(" ”\"’'").endswith("!") and not TRACE.search(text) and not _COUNTED.search(text)


def is_generic_readiness(text: str) -> bool:
    """Readiness to work with the other side toward an aim of common nouns only, with nothing counted or signed.

    A name after the aim's opening ("to implement the FOCAC outcomes") says
    what the work is, and keeps the sentence; a pair's compound ("China-Nigeria
    cooperation") names only the two sides.
    """
    ready = _READINESS.search(text)
    if ready is None or TRACE.search(text) or _COUNTED.search(text):
        return False
    aim = [w for w in _WORDS.findall(text[ready.end() :]) if "-" not in w]
    return not any(w[:1].isupper() for w in aim)


def is_pledge(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    rest = text.lstrip(LEADING_QUOTES)
    return any(check(rest) for check in (is_generic_pledge, is_confidence, is_praised_occasion, is_exclamation, is_generic_readiness))
