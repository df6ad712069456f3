"""Credit lines that name who wrote the copy together with the agencies it drew on.

Under a headline many outlets print a credit instead of (or beside) a byline:
the outlet with the wires it drew on ("The Daily Courier with AP and AFP"),
its staff and the agencies ("Herald staff and agencies"), or several writers
("By Jane Doe and John Roe").  Such a line is short, has no closing
punctuation and so reads like a headline; taken as one, it cut the page into a
second "article" and ``sources add`` refused the page as holding two.  A
credit is page furniture, a byline: it names writers and agencies, never
what happened.

A line counts only when every name after "with", "and" or "&" is a wire
agency (or the word "agencies") or, after "By", every name reads as a
person's: a headline naming two parties ("Macron and Scholz meet in Berlin")
has words of its own around them and is left alone.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.header import is_name_line

# The agencies' long names and the collective words a credit uses for them.
_AGENCY_WORDS = WIRE_AGENCIES | frozenset(
    ("agencies", "news agencies", "wires", "wire services", "associated press", "the associated press", "agence france-presse")
)
# Words that say who at the outlet wrote it: "Herald staff", "Courier reporters", "World desk".
_STAFF = re.compile(r"\s+(?:staff(?: writers?| reporters?)?|reporters?|correspondents?|desk|team)$", re.IGNORECASE)
# Writers first, then the link word, then the rest: "X with AP and AFP", "X staff and agencies", "By X, Y and Z".
_SHAPE = re.compile(r"(?P<by>[Bb]y\s+)?(?P<who>.+?)\s+(?P<link>with|and|&)\s+(?P<rest>.+)")
_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&|/)\s*")
# An outlet's or a writer's name: capitalised words, with the small words names carry ("Le Monde", "Times of India").
_NAME = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|de|du|des|la|le|el|al))*")
_MAX_WORDS = 12


def _names(text: str) -> list[str]:
    return [t for t in _SEPARATORS.split(text) if t]


def _is_agency(name: str) -> bool:
    return name.casefold() in _AGENCY_WORDS


def is_agency_credit(text: str) -> bool:
    """Whether a whole (stripped) line is a credit: writers or an outlet with the agencies it drew on, or a byline
    naming several writers."""
    if len(text.split()) > _MAX_WORDS:
        return False
    match = _SHAPE.fullmatch(text)
    if match is None:
        return False
    who = _STAFF.sub("", match.group("who"))
    rest = _names(match.group("rest"))
    if not rest:
        return False
    if all(_is_agency(n) for n in rest) and all(_NAME.fullmatch(n) for n in _names(who)):
        return True  # "Le Monde with AP and AFP", "Herald staff and agencies", "Reuters and AFP"
    if match.group("by") and match.group("link") != "with":
        return all(is_name_line(n) or _is_agency(n) for n in [*_names(who), *rest])  # "By Jane Doe, John Roe and Ann Poe"
    return False
