"""Lines the cleaner takes as a headline that title nothing: a date alone, a source's credit, an office's name.

A page with no title of its own in the saved text opens with whatever the site
printed above the article, and the cleaner takes that first line as the
headline: a newsletter's issue ("August, 2018" over a minister's column), the
credit of a reprint ("Source: Republic of Poland in English" over PAP's copy),
or the office a government's release comes from ("Prime Minister" over "The
Prime Minister of the Republic of Fiji … will visit Australia").  None says
anything of the article: a headline states what happened, in words, and a date,
a credit or an author's office states when, whose or from whom.  The line is still no
part of the article's text (it stays off the body); only the metadata's title
is left empty, as the page gives none.
"""

from __future__ import annotations

import re

from briefgen.text.english import MONTH_PATTERN

# A month and its year, or a full date, alone: "August, 2018", "Aug 2018", "21 August 2018", "August 21, 2018".
_DATE_ALONE = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_PATTERN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*(?:19|20)\d\d)\.?",
    re.IGNORECASE,
)
# A credit under its label: "Source: Republic of Poland in English", "Source : PAP", "Sources: …".
_SOURCE_CREDIT = re.compile(r"sources?\s*:\s*\S.*", re.IGNORECASE)
# An office alone: "Prime Minister", "The President", "Office of the Prime Minister", "Minister for Foreign Affairs".
_OFFICE_ALONE = re.compile(
    r"(?:The\s+|Office\s+of\s+the\s+)?(?:Deputy\s+|Vice\s+|Foreign\s+)?"
    r"(?:Prime\s+Minister|President|Premier|Chancellor|Minister(?:\s+for\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?)"
)


def titles_nothing(line: str) -> bool:
    """Whether a line taken as the headline is a date alone, a source's credit or an office's name (see the module's
    docstring)."""
    text = " ".join(line.split())
    return bool(_DATE_ALONE.fullmatch(text) or _SOURCE_CREDIT.fullmatch(text) or _OFFICE_ALONE.fullmatch(text))
