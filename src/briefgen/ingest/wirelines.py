"""Agency datelines the other readers of :mod:`briefgen.ingest.meta` do not take, and datelines standing alone.

Agencies write the place, sometimes the date, and their own name in a fixed
form ahead of the first sentence:

- "Ulaanbaatar /MONTSAME/. President …": the place and the agency between slashes;
- "MOSCOW, Sep 2, 2019, TASS. The relations …": the place, the full date, the agency;
- "Beijing, April 23, AZERTAC" on a line of its own above the lede: the same, without the year.

Both name the place for certain and the second the day.  A dateline also
ends up as a "sentence" of its own when a splitter breaks it at its full
stop ("ULAN BATOR, September 2. /TASS/."): such a line states no claim, and
:func:`bare_dateline` says so, so that it is never drafted.

This module holds only patterns (no imports from the rest of ``ingest``), so
that :mod:`briefgen.ingest.meta` can use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.text.english import MONTH_PATTERN

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
# A place in capitals or in title case, of up to four words: "ULAN BATOR", "Ulaanbaatar", "New Delhi".
_PLACE = r"(?P<place>[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,3})"
# "Ulaanbaatar /MONTSAME/. President …".
_SLASH_CREDIT = re.compile(rf"^{_PLACE}\s*/(?P<agency>[A-Z][A-Za-z -]{{1,24}})/\.?\s+(?=[A-Z“\"])")
# "MOSCOW, Sep 2, 2019, TASS. The relations …", "Tashkent, 4 February 2025, UzA. …".
_DATE_CREDIT = re.compile(
    rf"^{_PLACE},\s*(?P<date>{MONTH_PATTERN}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{MONTH_PATTERN},?\s+{_YEAR}),\s*"
    r"(?P<agency>[A-Z][A-Za-z-]{1,20})\.\s+(?=[A-Z“\"])"
)
# "Beijing, April 23, AZERTAC": the same order on a line of its own above the lede, the year left out; the agency is
# written in capitals, so that a line ending in a weekday or a word ("Baku, April 23, Wednesday") is not taken.
_DATE_CREDIT_LINE = re.compile(
    rf"^{_PLACE},\s*(?P<date>{MONTH_PATTERN}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{MONTH_PATTERN}(?:,?\s+{_YEAR})?),\s*"
    r"(?P<agency>[A-Z]{2,10})\.?\s*$"
)
# A dateline and nothing else: "ULAN BATOR, September 2. /TASS/", "RABAT, Morocco, Oct 29, (AP):", "Ulaanbaatar /MONTSAME/.".
_BARE = re.compile(
    rf"^{_PLACE}(?:,\s*[A-Z][a-z]+)?(?:,\s*(?:{MONTH_PATTERN}\s+{_DAY}|{_DAY}\s+{MONTH_PATTERN})(?:,?\s+{_YEAR})?)?"
    r"\s*[.,]?\s*(?:/[A-Za-z][A-Za-z -]{1,24}/|\([^()]{1,40}\))?\s*[.:—–-]*\s*$"
)
# Openings that look like a place but are a label: "Note /…/", "Photo /AP/".
_LABELS = frozenset(("note", "photo", "video", "source", "update", "editor", "read", "also", "file", "image", "credit"))


@dataclass(frozen=True)
class WireLine:
    """What an agency dateline states: the place, the agency, the date as written (or ""), and its length."""

    place: str
    agency: str
    date: str
    length: int
    evidence: str


def wire_dateline(paragraph: str) -> WireLine | None:
    """The agency dateline opening ``paragraph`` ("Ulaanbaatar /MONTSAME/.", "MOSCOW, Sep 2, 2019, TASS.") or making
    the whole of it ("Beijing, April 23, AZERTAC"), or None."""
    for pattern in (_SLASH_CREDIT, _DATE_CREDIT, _DATE_CREDIT_LINE):
        match = pattern.match(paragraph)
        if match is None or match.group("place").split()[0].casefold().strip(".") in _LABELS:
            continue
        groups = match.groupdict()
        evidence = paragraph[: match.end()].strip()
        return WireLine(match.group("place"), match.group("agency").strip(), groups.get("date") or "", match.end(), evidence)
    return None


def bare_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline alone, with no claim after it: "ULAN BATOR, September 2. /TASS/".

    A dateline split off its sentence states where and when a report was
    filed, not anything that happened; it must not be drafted as a claim.  A
    place alone ("Moscow.") is not counted: a dateline has a date or a credit.
    """
    stripped = text.strip()
    match = _BARE.match(stripped)
    if match is None or match.group("place").split()[0].casefold().strip(".") in _LABELS:
        return False
    return len(stripped) > len(match.group("place")) + 2 and bool(re.search(r"\d|/[A-Za-z]|\(", stripped[len(match.group("place")) :]))
