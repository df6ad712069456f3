"""Datelines in title case with a credit in brackets that the other readers of :mod:`briefgen.ingest.meta` miss.

Some outlets open a story with the place, then their own name (and the day)
in brackets, then a dash:

- "Metro Manila (CNN Philippines, January 26) — President …": the place, the
  outlet and the day of filing;
- "Tashkent, Uzbekistan (UzDaily.com) – The first meeting …": the place (its
  country read past), and the outlet's name as its address spells it.

A bracket holding only a short name ("Hanoi (VNA) –") is a wire's credit, read
elsewhere for the place alone.  Here the bracket names the outlet only when it
reads as the outlet's own signature: a name followed by the day, or a name
spelled as a web address.  The country after the place only closes the
dateline: the place is the city alone ("Tashkent"), as every other dateline
reader gives it (round 63's ruling on datelines).

This module holds only patterns (no imports from the rest of ``ingest``), so
that :mod:`briefgen.ingest.meta` can use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.text.english import MONTH_PATTERN

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_WORD = r"[A-Z][a-zà-ÿ'.]+"
# "Metro Manila", "Tashkent, Uzbekistan": a place of up to three words, perhaps its country (or region) after a comma.
_PLACE = rf"(?P<place>{_WORD}(?:[ -]{_WORD}){{0,2}})(?:,\s*(?P<country>{_WORD}(?:\s+{_WORD}){{0,2}}))?"
# "(CNN Philippines, January 26)", "(UzDaily.com)".
_CREDIT = rf"\((?P<credit>[A-Z][A-Za-z0-9.&' -]{{1,30}}?)(?:,\s*(?P<day>{MONTH_PATTERN}\.?\s+{_DAY}|{_DAY}\s+{MONTH_PATTERN}))?\)"
_CREDIT_LINE = re.compile(rf"^{_PLACE}\s*{_CREDIT}\s*[—–-]{{1,2}}\s+(?=[A-Z“\"])")
# A web address's name: "UzDaily.com", "Gulf-Times.com".
_ADDRESS_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]*\.(?:com|net|org|info|news)(?:\.[a-z]{2})?$")
# Openings that are no place: "The Council (EU) – …", "Photo (AFP) – …".
_NOT_PLACES = frozenset(
    ("The", "A", "An", "This", "That", "Our", "His", "Her", "Their", "Its", "Your", "My", "Photo", "Video", "Source", "Update", "Note")
)


@dataclass(frozen=True)
class CreditLine:
    """What such a dateline states: the place (the city alone), the outlet (or ""), the day (or ""), its words."""

    place: str
    outlet: str
    day: str
    evidence: str


def credit_dateline(paragraph: str) -> CreditLine | None:
    """The dateline with a bracketed credit opening ``paragraph``, or None.

    The credit is the outlet only with a day after it or spelled as an address;
    a bare agency's name in brackets is left to the readers of wire datelines,
    and then this returns None unless the place has a country, which they do not read.
    """
    match = _CREDIT_LINE.match(paragraph)
    if match is None or match.group("place").split()[0] in _NOT_PLACES:
        return None
    credit = match.group("credit").strip()
    own = bool(match.group("day")) or bool(_ADDRESS_NAME.match(credit))
    if not own and not match.group("country"):
        return None
    place = match.group("place")  # "Tashkent", not "Tashkent, Uzbekistan"
    evidence = paragraph[: match.end()].strip(" —–-")
    return CreditLine(place, credit if own else "", match.group("day") or "", evidence)
