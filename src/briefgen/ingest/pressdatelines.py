"""Datelines of press releases and reprinted wire copy that the other dateline readers leave unread.

Read as a last chance for the article's place, after every other reading of :mod:`briefgen.ingest.dayline`; each is a
place at the very opening of a paragraph near the top, closed the way a dateline is closed and followed by the report's
first sentence:

- a place in title case with a hyphen typed against it and a space after it, as some regional sites key their
  datelines: "Tokyo- Heads of Japanese prefectures and U.S. states kicked off …".  A word and a hyphen also open a
  compound cut at a line's end ("Anti- corruption"), so the place must be named again on the page ("in Tokyo");
- a government office's release dated first, then its place in brackets and a dash: "Monday, November 4, 2019
  (Anchorage) - This week, Governor Michael J. Dunleavy …".  The full date says it is a dateline: a sentence does
  not open on a date and a bracketed name;
- a place in capitals and a wire agency's credit in brackets with no dash after it, as an aggregator reprints the
  copy: "ROME (AP) Italian Prime Minister Mario Draghi said …" (the title-case form is
  :mod:`briefgen.ingest.undashedcredits`'); the bracket must hold a wire agency's short name or a word for one;

Apart from these, :func:`open_credit_dateline` reads a syndicator's credit that lost its opening bracket, then the
wire's own dateline in the same paragraph: "MENAFN - IANS) New Delhi, May 1 (IANS) Angola's President …" (with its
bracket it is :func:`briefgen.ingest.meta.after_credit`'s).  The readings above take the site's name before the dash
for a place, which :mod:`briefgen.ingest.siteplaces` then drops, so it is asked for only when the place read spells
the site's name.

Only the place is read: the date and the credit are left to the readings of their own fields, and a wire's credit
names who wrote the copy, not the page's outlet.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.datelineshapes import named_again
from briefgen.ingest.genericcredits import is_generic_credit
from briefgen.ingest.meta import Found, dateline, titled_place
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES

_TITLE = r"[A-ZÀ-Þ][a-zà-ÿ'’]+"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_FULL_DATE = rf"(?:(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s+(?:19|20)\d\d|{_DAY}\s+(?:{MONTH_PATTERN}),?\s+(?:19|20)\d\d)"
# "Tokyo- Heads of …": the place, a hyphen against it, a space, the lede's first word in title case.
_GLUED_HYPHEN = re.compile(rf"^(?P<place>{_TITLE}(?: {_TITLE}){{0,2}})-\s+(?=[A-Z][a-z])")
# "Monday, November 4, 2019 (Anchorage) - This week, …": the date (perhaps its weekday), the place in brackets, a dash.
_DATED_BRACKETED_PLACE = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAY_NAMES)}),\s+)?{_FULL_DATE}\s*\((?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}})\)"
    r"\s*(?:[—–]|-{1,2})\s+(?=[A-Z“\"])"
)
# "ROME (AP) Italian Prime Minister …": a place in capitals, the credit in brackets, the sentence with no dash.
_CAPS_UNDASHED = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*\((?P<credit>[^()]{2,30})\)\s+(?=[A-Z][a-z])")
# "MENAFN - IANS) New Delhi, …": a syndicator's credit whose opening bracket was lost, closed by its bracket.
_OPEN_CREDIT = re.compile(r"^[A-Z][\w.]{1,20}\s*-\s*[^()]{2,60}\)\s*(?=[A-Z])")
# Words that open a sentence or a label, never a place.
_NOT_PLACES = frozenset(("The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "In", "On", "At", "Photo"))
# How many of the first paragraphs may hold the dateline: below a caption and a standfirst at most.
_LOOK = 3


def press_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The place of a dateline in one of the shapes of the module's docstring, in the first paragraphs, or nothing."""
    for index, paragraph in enumerate(paragraphs[:_LOOK]):
        glued = _GLUED_HYPHEN.match(paragraph)
        if glued is not None and glued.group("place").split()[0] not in _NOT_PLACES:
            rest = "\n".join([*paragraphs[:index], paragraph[glued.end() :], *paragraphs[index + 1 :]])
            if named_again([glued.group("place")], rest):
                return {"place": Found(glued.group("place"), glued.group(0).strip(" -"), "dateline")}
        dated = _DATED_BRACKETED_PLACE.match(paragraph)
        if dated is not None:
            return {"place": Found(dated.group("place"), dated.group(0).strip(" -—–"), "dateline")}
        caps = _CAPS_UNDASHED.match(paragraph)
        if caps is not None:
            credit = caps.group("credit").strip()
            if is_generic_credit(credit) or credit.casefold() in WIRE_AGENCIES:
                return {"place": Found(titled_place(caps.group("place")), caps.group(0).strip(), "dateline")}
    return {}


def open_credit_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The place of the wire's dateline after a syndicator's credit that lost its opening bracket, opening one of the
    first paragraphs ("MENAFN - IANS) New Delhi, May 1 (IANS) …" gives New Delhi), or nothing."""
    for paragraph in paragraphs[:_LOOK]:
        credited = _OPEN_CREDIT.match(paragraph)
        found = dateline(paragraph[credited.end() :]) if credited is not None else {}
        if "place" in found:
            return {"place": found["place"]}
    return {}
