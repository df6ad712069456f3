"""Frames: a sentence that sets an occasion against the times instead of reporting it.

News writing places an occasion in its moment with a stock frame: "The visit
comes amid trade tensions", "The timing of the announcement comes amid
heightened tensions with Washington", "The visit, part of a broader tour, comes
at a critical time for both", "The announcement comes ahead of next year's
review".  The occasion itself is reported in other sentences; the frame adds
only the writer's reading of the moment, or background on other matters, and
editors throw its drafts away.  Two classes, each named by the function that
reads it:

- :func:`is_frame`: the occasion, named by a bare noun ("the visit", "this
  meeting", "the announcement") as the sentence's subject, "comes" or "occurs"
  amid something, ahead of something, or at a critical time.  A figure in the
  sentence ("amid … a record $35 billion deal", "ahead of the summit from
  September 4 to 6") makes it a claim and keeps it; so does a named subject
  ("Marcos' meeting with Thuong comes amid …"), which the bare noun excludes.
  A journey set "in a difficult trade context" is the same frame;
- :func:`is_continuity_in_manner`: going on in a manner rather than at a task
  ("collaboration would continue in a spirit of respect", "will continue
  walking together", "will continue to carry forward the fine tradition of
  mutual support"): rhetoric of continuity, with no field or act named.
"""

from __future__ import annotations

import re

from briefgen.text.english import FIGURE_SIGN, LEADING_QUOTES

# The occasion as a bare noun, the sentence's subject, with an optional aside between commas:
# "The visit, part of a broader tour through …, comes at a critical time".
_OCCASION = (
    r"^(?:The|This|That|Its|Their|His|Her) (?:timing of (?:the|this) )?(?:(?:state|official|latest|high-profile|two-day|three-day) )?"
    r"(?:visit|trip|tour|meeting|talks|summit|announcement|agreement|deal|pact|partnership|move|decision)"
    r"(?:, [^,]{3,80},)?"
)
# A moment weighed by the writer: "a critical time", "a complex moment".
_WEIGHED = (
    r"(?:critical|crucial|pivotal|sensitive|delicate|challenging|difficult|decisive|complex|complicated|tricky|tense|"
    r"turbulent|tumultuous|fraught|uncertain|testing|precarious|volatile|troubled)"
)
# The frame: amid something, ahead of something, at a time weighed.
_FRAMED = re.compile(
    _OCCASION + r" (?:comes|came|occurs|occurred|is coming|was coming) "
    rf"(?:amid|amidst|ahead of|at an? {_WEIGHED} (?:time|moment|juncture))\b"
)
# A journey set in a weighed climate: "X will travel to Y in a difficult trade context" (the journey is reported elsewhere).
_TRAVEL_IN_CLIMATE = re.compile(
    r"\b(?:travel(?:s|led|ed)?|arrive[sd]?|head(?:s|ed)?|go(?:es)?|visit(?:s|ed)?)\b[^,.;]{0,40}"
    rf"\b(?:in|against) an? {_WEIGHED} (?:[a-z]+ )?(?:context|climate|environment|backdrop|moment|time)\b"
)
# Going on in a manner: a spirit, walking together, a tradition carried forward.
_MANNER = re.compile(
    r"\bcontinu(?:e|es|ed|ing) (?:to )?(?:walk(?:ing)? (?:together|side by side|hand in hand)|"
    r"carry(?:ing)? forward the (?:fine|good|glorious|long|time-honou?red) traditions?\b)|"
    r"\b(?:would|will|shall) continue in (?:a|the) spirit of\b",
    re.IGNORECASE,
)


def is_frame(text: str) -> bool:
    """The occasion, a bare noun, coming amid or ahead of something, or at a critical time: the writer's frame, no figure in it."""
    rest = text.lstrip(LEADING_QUOTES)
    return bool(_FRAMED.match(rest) or _TRAVEL_IN_CLIMATE.search(rest)) and not FIGURE_SIGN.search(rest)


def is_continuity_in_manner(text: str) -> bool:
    """Going on in a spirit, walking together, a tradition carried forward: continuity as rhetoric, no figure in it."""
    return bool(_MANNER.search(text)) and not FIGURE_SIGN.search(text)


def is_framing(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    return is_frame(text) or is_continuity_in_manner(text)
