"""A byline that signs a release with the office that issued it: "By Embassy of the Republic of China (Taiwan)".

A site that reposts a government's release puts the issuing office where a writer's name would stand: "By" and an
embassy, a ministry or an office "of" its country, on a line of its own above the text.  The line says who wrote the
copy, never what it is about, so it heads no article (read as the headline, it named the page after the embassy).
Only an office's own words open the name ("Embassy", "Ministry", "High Commission", …), and the line holds nothing
but the name: "By Ministry of Finance officials in Accra" goes on as a sentence and is no byline.
"""

from __future__ import annotations

import re

# The kinds of office that sign releases, as they open the office's name.
_OFFICES = (
    r"(?:Embassy|High\s+Commission|Consulate(?:\s+General)?|Permanent\s+Mission|Mission|Ministry|Department"
    r"|(?:Press\s+)?Office|Presidency|Secretariat|Government)"
)
# The name of the office's country or body: capitalised words, "of", "the", "and", "for" between them, and a
# bracketed short name after them ("(Taiwan)", "(MOFA)").
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*))*(?:\s+\([A-Z][\w'’ .-]{1,30}\))?"
_INSTITUTION_BYLINE = re.compile(rf"^[Bb]y\s+(?:the\s+)?{_OFFICES}\s+of\s+(?:the\s+)?{_NAME}$")
_LONGEST = 14
# An office's name alone on its line, in any case ("MINISTRY OF FOREIGN AFFAIRS" over "SINGAPORE" signing a release).
_OFFICE_NAME = re.compile(rf"(?:the\s+)?{_OFFICES}(?:\s+of\s+[\w'’.,&() -]{{2,60}})?", re.IGNORECASE)


def is_institution_byline(line: str) -> bool:
    """Whether a whole (stripped) line is a byline naming an issuing office ("By Embassy of the Republic of China
    (Taiwan)", "By the Ministry of Foreign Affairs"), a short line of nothing else."""
    return len(line.split()) <= _LONGEST and _INSTITUTION_BYLINE.match(line) is not None


def names_an_office(line: str) -> bool:
    """Whether a whole (stripped) line is an issuing office's name and nothing else ("MINISTRY OF FOREIGN AFFAIRS",
    "Embassy of Japan"): the signature under a release, never a place, though it is written like a dateline."""
    return len(line.split()) <= _LONGEST and _OFFICE_NAME.fullmatch(line) is not None
