"""Lines the cleaner takes as a headline that title nothing: a date alone, a source's credit.

A page with no title of its own in the saved text opens with whatever the site
printed above the article, and the cleaner takes that first line as the
headline: a newsletter's issue ("August, 2018" over a minister's column), or
the credit of a reprint ("Source: Republic of Poland in English" over PAP's
copy).  Neither says anything of the article: a headline states what happened,
in words, and a date or a credit states when or whose.  The line is still no
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


def titles_nothing(line: str) -> bool:
    """Whether a line taken as the headline is a date alone or a source's credit (see the module's docstring)."""
    text = " ".join(line.split())
    return bool(_DATE_ALONE.fullmatch(text) or _SOURCE_CREDIT.fullmatch(text))
