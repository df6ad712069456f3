"""Openings in a dateline's shape that name no place, refused before :mod:`briefgen.ingest.meta` reads them as one.

A place in title case before a colon ("New Delhi: India and Kuwait on Sunday elevated …") is a dateline only when
the lede's sentence follows it.  A label of the same shape opens other lines: a weather box ("Condition: Clear sky"),
a subheading over a quote ("Italy-India, Meloni: “millennial cultures, nations that have fought for their freedom”"),
or a list of labelled lines run together ("Paraphrase: The head of state has made an announcement President: The
leader is speaking out about something - …").  Neither the length of the word nor its being named again on the page
tells them apart; what follows the colon does: a dateline is followed by the lede's words, more than a value's few,
not by a quotation alone (a subheading's), and by no second label of its own shape.  A list of what was signed
labels each item in the same shape ("Indian Pharmacopoeia Agreement : Aims to …"): an opening that ends on the name of
a kind of document or project is such a label.  A site that reprints another outlet's report credits it in the same
place ("Arab Finance: The Egypt-Spain Business Forum kicked off …"): an opening that is, whole, the name of an outlet
of the table of known sites credits who wrote the copy and names no place.

A line alone in capitals ("ISLAMABAD") is a place above the lede, but a button saved with the page has the same shape:
"SUBSCRIBE NOW" opens with a word the cleaner takes as page furniture when it stands alone (:mod:`furniture`), and
the label of the site's logo saved in the image's place ("EURASIAN STAR LOGO") closes on the word that says what it is.
A news section's name alone ("POLITICS", as a related-stories box heads its links at the foot of a short page) is no
place either: the words below are for sections, never for towns.
"""

from __future__ import annotations

import re

from briefgen.ingest.furniture import FURNITURE
from briefgen.ingest.institutionbylines import names_an_office
from briefgen.ingest.sites import known_outlet_names

# A lede's sentence has more words than a weather box's value ("Clear sky").
_LEDE_WORDS = 6
# A quotation and nothing else: "“millennial cultures, nations that have fought for their freedom”".
_QUOTATION_ALONE = re.compile(r"\s*[“\"‘][^“”\"]*[”\"’]\s*")
# A second label of a dateline's shape further on: "… an announcement President: The leader is …".
_SECOND_LABEL = re.compile(r"(?<=\s)[A-Z][a-z]+:\s+[A-Z“\"]")


# A news section's name, one word alone in capitals over a box of links: "POLITICS", "BUSINESS".
_SECTION_NAMES = frozenset(
    (
        "politics",
        "business",
        "economy",
        "opinion",
        "sport",
        "sports",
        "culture",
        "society",
        "editorial",
        "diplomacy",
        "world",
        "news",
        "analysis",
        "interview",
        "technology",
        "health",
        "tourism",
        "lifestyle",
        "entertainment",
    )
)
# The last word of a list item's label, never of a place: "Indian Pharmacopoeia Agreement : Aims to improve access …",
# "Quick Impact Projects (QIP) : India pledged …", as a page lists what was signed.
_DOCUMENT_LABEL = re.compile(
    r"\b(?:Agreements?|Accords?|Treaty|Memorand(?:um|a)|MoUs?|MOUs?|Projects?|Programmes?|Programs?|Initiatives?|Schemes?)"
    r"(?:\s*\([A-Z]{2,6}\))?\s*(?::|\s\||[—–-])?\s*$"
)


def lede_follows(paragraph: str, end: int) -> bool:
    """Whether the text after a title-case opening that ends at ``end`` reads as the lede (see the module's
    docstring): enough words, not a quotation alone, no second label of the opening's shape, and the opening not the
    label of a listed agreement or project nor an outlet's credit."""
    if _DOCUMENT_LABEL.search(paragraph[:end]) or _credits_an_outlet(paragraph[:end]):
        return False
    rest = paragraph[end:]
    if len(rest.split()) < _LEDE_WORDS or _QUOTATION_ALONE.fullmatch(rest):
        return False
    return _SECOND_LABEL.search(rest) is None


def furniture_opening(line: str) -> bool:
    """Whether a line alone in capitals is page furniture: it opens with a word that is furniture on its own
    ("SUBSCRIBE NOW"), closes on "LOGO", an image's label ("EURASIAN STAR LOGO"), is a news section's name alone
    ("POLITICS"), or an issuing office's name ("MINISTRY OF FOREIGN AFFAIRS", a release's signature)."""
    words = line.split()
    first = words[0].casefold() if words else ""
    if len(words) == 1 and first.strip(".:") in _SECTION_NAMES:
        return True
    if (len(words) > 1 and words[-1].casefold() == "logo") or names_an_office(line.strip()):
        return True
    return any(pattern.fullmatch(first) for _, pattern in FURNITURE)


def _credits_an_outlet(opening: str) -> bool:
    """Whether an opening before its colon is, whole, a known outlet's name ("Arab Finance:")."""
    return " ".join(opening.strip(" :|").split()).casefold() in known_outlet_names()


def under_an_office(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph at ``index`` stands right under an issuing office's name: the place of a release's
    signature ("MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE" / "2 JUNE 2024" below the text), not a dateline."""
    return index > 0 and names_an_office(paragraphs[index - 1].strip())
