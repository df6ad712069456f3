"""Lines the cleaner takes as a headline that title nothing: a date alone, a source's credit, an office's name.

A page with no title of its own in the saved text opens with whatever the site
printed above the article, and the cleaner takes that first line as the
headline: a newsletter's issue ("August, 2018" over a minister's column), the
credit of a reprint ("Source: Republic of Poland in English" over PAP's copy),
or the office a government's release comes from ("Prime Minister" over "The
Prime Minister of the Republic of Fiji … will visit Australia"), or the
country a foreign ministry files its statement under ("Papua New Guinea" over
"15 December 2014" and the ministers' forum on dfat.gov.au).  None says
anything of the article: a headline states what happened, in words, and a date,
a credit, an author's office or a country's name states when, whose, from whom or where; so does a correspondent's
lead-in over the story, "From" and a place ending on a spaced dash ("From the Katuna/Gatuna Border of Rwanda and
Uganda –"), a dateline set on its own line; and so does a relative time stamp alone, as a site's feed prints how
long ago the story went up ("25 minutes ago" over the BBC's story copied on another site).  The line is still no
part of the article's text (it stays off the body); only the metadata's title
is left empty, as the page gives none.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.ingest.countrycodes import country_names
from briefgen.ingest.ledeplaces import is_country_name
from briefgen.text.english import MONTH_PATTERN

# A month and its year, or a full date, alone: "August, 2018", "Aug 2018", "21 August 2018", "August 21, 2018"; or a
# month and its day without the year, as a site's feed prints the day over its story ("June 20" on news.am).
_DATE_ALONE = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_PATTERN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*(?:19|20)\d\d"
    rf"|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN})\.?",
    re.IGNORECASE,
)
# A credit under its label: "Source: Republic of Poland in English", "Source : PAP", "Sources: …".
_SOURCE_CREDIT = re.compile(r"sources?\s*:\s*\S.*", re.IGNORECASE)
# An office alone: "Prime Minister", "The President", "Office of the Prime Minister", "Minister for Foreign Affairs".
_OFFICE_ALONE = re.compile(
    r"(?:The\s+|Office\s+of\s+the\s+)?(?:Deputy\s+|Vice\s+|Foreign\s+)?"
    r"(?:Prime\s+Minister|President|Premier|Chancellor|Minister(?:\s+for\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?)"
)

# "25 minutes ago", "Updated an hour ago", "2 days ago": how long ago the story went up, told alone.
_AGO_ALONE = re.compile(
    r"(?:updated\s+)?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\.?", re.IGNORECASE
)

# "From the Katuna/Gatuna Border of Rwanda and Uganda –": where the report was filed, its dash opening the story.
_FROM_LEAD_IN = re.compile(r"From\s+\S.{1,100}\s[–—-]")


def titles_nothing(line: str) -> bool:
    """Whether a line taken as the headline is a date alone, a source's credit, an office's name, a country's name or
    a relative time stamp (see the module's docstring)."""
    text = " ".join(line.split())
    if _FROM_LEAD_IN.fullmatch(text) or _AGO_ALONE.fullmatch(text):
        return True
    return bool(_DATE_ALONE.fullmatch(text) or _SOURCE_CREDIT.fullmatch(text) or _OFFICE_ALONE.fullmatch(text) or _country_alone(text))


def _country_alone(text: str) -> bool:
    """A country's name alone ("Papua New Guinea"), as its English name or the common spelling of it."""
    return any(c.isupper() for c in text[:1]) and is_country_name(text) and text.casefold() in _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in country_names())
