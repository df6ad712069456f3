"""A dateline in title case closed by a spaced dash: "Addis Abeba – Sheikh Mohamed …", "Nairobi — The president …",
also a dash typed as a hyphen between spaces, as some agencies' sites write every dateline ("Luanda - The President of
…"): spaced, the hyphen is the dash's stand-in, never a word's inner hyphen.

Agency copy reprinted by an aggregator opens this way, often under the agency's own credit line ("Ethiopian News
Agency (Addis Ababa)").  Title-case words before a dash may also be a name or a phrase, so the words are read as the
place only when the page names that place again: in the credit line above, or in the article's text (where the
dateline's city is where the story happens).

A country's capital needs no second mention: a report filed from the home desk about a trip abroad names its city
once, in the dateline, and then tells of the places visited ("Jakarta – President Prabowo Subianto arrived Ottawa,
Canada, …").  A capital's name before a spaced dash and a capital letter is not a person's name or a phrase.
"""

from __future__ import annotations

import re

from briefgen.ingest.ledeplaces import is_capital
from briefgen.ingest.meta import Found

_DASH_DATELINE = re.compile(r"^(?P<place>[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+){0,2})\s+(?:[–—]|-{1,2})\s+(?=[A-Z“\"])")
# Title-case openings that are never a place: a determiner, a pronoun, a notice's label.
_NOT_PLACES = frozenset(("The", "A", "An", "This", "That", "Our", "His", "Her", "Their", "Its", "Your", "My", "Update", "Note"))


def dash_dateline(paragraphs: list[str], removed: list[str]) -> dict[str, Found]:
    """The place of a title-case dash dateline in one of the first three paragraphs, when the page names it again or it is
    a country's capital."""
    for index, paragraph in enumerate(paragraphs[:3]):
        match = _DASH_DATELINE.match(paragraph)
        if match is None or match.group("place").split()[0] in _NOT_PLACES:
            continue
        place = match.group("place")
        elsewhere = [*removed, *paragraphs[:index], paragraph[match.end() :], *paragraphs[index + 1 :]]
        if is_capital(place) or any(re.search(rf"\b{re.escape(place)}\b", text) for text in elsewhere):
            return {"place": Found(place, match.group(0).strip(" –—-"), "dateline")}
    return {}
