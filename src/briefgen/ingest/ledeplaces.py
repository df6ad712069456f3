"""A place opening the lede with only a full stop or a comma after it: "Jakarta. President Prabowo Subianto is set to
…", "New Delhi, Seeking to strengthen bilateral ties, India and …".

Some sites close the dateline with a full stop (Jakarta Globe's house style, pages translated from Hindi), and a copy
that lost the day and the agency's credit of "New Delhi, Oct 7 (PTI)" keeps only the comma ("New Delhi, Seeking …",
"New Delhi, (| Prime Minister …").  Neither mark sets a place apart from the sentence's own words the way a colon or a
dash does, so the words before it count only when they surely name a place:

- before a full stop, a short run of capitalised words that is not an abbreviation ("Mr. Modi"), and that is a
  country's capital or that the page names again as where something is ("… told reporters in Jakarta");
- before a comma, a country's capital only, and the word after the comma names no other country or capital ("Moscow,
  Beijing and New Delhi have …" is a list, "Tokyo, Japan" a dateline with its country, read elsewhere).

Either way the lede's sentence must follow.  The capitals come from the ``countryinfo`` library.

A city's name may join its capitalised words with a small lowercase word ("Dar es Salaam", "Port of Spain"), and a
country may keep its seat of government, and its papers their desks, in a city other than the capital the library
gives: Tanzania's papers date their stories "Dar es Salaam. Mozambique President Felipe Nyusi is due …" (the capital
is Dodoma).  Such seats count as capitals here.  A lede so opened that lost its closing full stop looks like a
headline (short, unpunctuated at its end), and was taken for one: a line that opens on a capital and a full stop, the
lede's sentence after it, is no headline (:func:`opens_on_capital`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import all_countries

from briefgen.ingest.falseplaces import lede_follows
from briefgen.ingest.header import is_body
from briefgen.ingest.meta import Found
from briefgen.text.english import ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

_PLACE = r"[A-Z][a-zà-ÿ'’]+(?:(?:[ -]|\s(?:es|de|del|da|do|la|al|el|of)\s)[A-Z][a-zà-ÿ'’]+){0,2}"
_FULL_STOP_OPENING = re.compile(rf"(?P<place>{_PLACE})\.\s+(?=[A-Z“\"‘])")
# The comma, then perhaps what a lost credit left of its bracket ("(|"), then the sentence's first word.
_COMMA_OPENING = re.compile(rf"(?P<place>{_PLACE}),\s+(?:\(\W{{0,2}}\s*)?(?=(?P<next>[A-Z][a-z]+)\b)")
# Prepositions that name where something is: "in Jakarta", "near Nicosia".
_WHERE = r"(?:in|at|near|from|to|outside|around|across)"
# How many of the first paragraphs may be above the lede: a standfirst, a caption, a byline.
_LOOK = 6
# Seats of government, and of a country's press, that are not the capital the library gives.
_SEATS = frozenset(("Dar es Salaam", "Abidjan", "Cotonou", "La Paz", "Putrajaya"))
# Capitals as news writes them where the library spells them otherwise (or by a name given up): the city's own
# transliteration ("Addis Abeba", "Ha Noi", "Nay Pyi Taw"), its name again after a renaming ("Astana"), its name
# without the accent ("Brasilia", "Bogota"), and a spelling some outlets keep ("Sanaa", "Kiev", "Ulan Bator").
_OTHER_SPELLINGS = frozenset(("Addis Abeba", "Ha Noi", "Nay Pyi Taw", "Astana", "Brasilia", "Bogota", "Sanaa", "Kiev", "Ulan Bator"))
_NOT_PLACES = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES, "The", "This", "That", "Today", "Yesterday"))


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The capitals of every country the library knows, as news writes them ("Washington" for "Washington D.C.")."""
    names: set[str] = set()
    for info in all_countries():
        try:
            capital = info.capital()
        except Exception:  # an entry the library holds incomplete
            continue
        if isinstance(capital, str) and capital:
            names |= {capital, capital.removesuffix(" D.C.")}
    return frozenset(names | _SEATS | _OTHER_SPELLINGS)


@lru_cache(maxsize=1)
def _countries_and_capitals() -> frozenset[str]:
    """Every country's name, other spellings, people's adjective and capital: words a list of countries opens with."""
    names: set[str] = set(_capitals())
    for info in all_countries():
        try:
            fields = [info.name(), info.demonym(), *(info.alt_spellings() or [])]
        except Exception:  # an entry the library holds incomplete
            continue
        names |= {f.title() if f.islower() else f for f in fields if isinstance(f, str) and f}
    return frozenset(names)


def is_capital(place: str) -> bool:
    """Whether ``place`` is a country's capital as news writes it ("Jakarta", "Washington")."""
    return place in _capitals()


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country's name, another spelling of it, its people's adjective or its capital."""
    return name in _countries_and_capitals()


def _named_again(place: str, page: str) -> bool:
    return re.search(rf"\b{_WHERE}\s+(?:the\s+)?{re.escape(place)}\b", page) is not None


def opens_on_capital(line: str) -> bool:
    """Whether ``line`` opens with a country's capital (or seat) and a full stop, the lede's sentence after it: "Dar es
    Salaam. Mozambique President Felipe Nyusi is due to arrive …", a lede however it ends, never a headline."""
    stopped = _FULL_STOP_OPENING.match(line.strip())
    return stopped is not None and stopped.group("place") in _capitals() and lede_follows(line.strip(), stopped.end())


def lede_place(paragraphs: list[str]) -> Found | None:
    """The place opening the lede in one of the shapes of the module's docstring, or None."""
    # The lede, or a lede opening on a capital that lost its closing full stop (it reads as a headline, not as text).
    index = next((i for i, p in enumerate(paragraphs[:_LOOK]) if is_body(p) or opens_on_capital(p)), None)
    if index is None:
        return None
    lede = paragraphs[index].strip()
    stopped = _FULL_STOP_OPENING.match(lede)
    if stopped is not None:
        place = stopped.group("place")
        rest = "\n".join([lede[stopped.end() :], *paragraphs[index + 1 :]])
        sure = place in _capitals() or _named_again(place, rest)
        if sure and place.casefold() not in ABBREVIATIONS and place not in _NOT_PLACES and lede_follows(lede, stopped.end()):
            return Found(place, lede[: stopped.end()].strip(), "dateline")
        return None
    comma = _COMMA_OPENING.match(lede)
    if comma is None or comma.group("place") not in _capitals() or comma.group("next") in _countries_and_capitals() | _NOT_PLACES:
        return None
    return Found(comma.group("place"), lede[: comma.end()].strip(" (|"), "dateline") if lede_follows(lede, comma.end()) else None
