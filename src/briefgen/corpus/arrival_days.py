"""The day of an arrival as news also writes it: "Modi on Thursday arrived in Poland", "arrived in Warsaw, Poland Wednesday evening".

A visit has one arrival in a place, so two outlets that give it two days
cannot both be right (:mod:`briefgen.corpus.stays` compares them).  That
module reads the arrival a report gives with "on" after the verb ("arrived
in Shanghai on November 5").  News just as often sets the day before the
verb, after the subject ("Prime Minister Modi on Thursday arrived in
Poland"), or after the place with no "on", as American copy writes days
("arrived in Warsaw, Poland Wednesday evening"); such reports of one
arrival never met the report they disagree with.

What is read here is held to more than the reading with "on":

* the verb is the arrival done ("arrived", "landed"), never one planned
  ("arrives", "will arrive"), and the quote names no other day, so the day
  read is the arrival's and not that of something else the sentence tells;
* a day told by a named clock ("on Tuesday night (local time)", "Thursday
  (India time)") is not read at all, with "on" or without: a visit across time
  zones lands on one day where it is and on the next at home, and two such
  days are one arrival, not a disagreement;
* the place is read whole, with the country a dateline's way of writing adds
  ("Warsaw, Poland"), and two arrivals are set against each other only if
  they name one place: "Poland" meets "Warsaw, Poland", while "New Delhi"
  no longer meets "New York" by their first word.

The hour of the day is read too when news dates an arrival by it without "on"
("arrived in Brasília early Monday", "in the early hours of Monday", "arrived
in Dushanbe late Wednesday"): four reports of a landing at 00:30 on Monday
against one "who arrived in Brasilia on Sunday" are one arrival on two days.
A landing in the small hours is also told as the night before ("arrived in
Hanoi on June 19 night" against "early Thursday morning", June 20): an early
arrival and one the day before at night or late are one night, not a
disagreement (:func:`one_night`).
"""

from __future__ import annotations

import re

from briefgen.text.english import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN, unaccented

_NOT_A_PLACE = rf"(?!(?:{FULL_WEEKDAY_PATTERN}|{FULL_MONTH_PATTERN})\b)"
#: A place name: capitalised words that are no weekday or month ("New Delhi", "Warsaw"), and a second
#: such name after a comma, as a dateline adds the country ("Warsaw, Poland").
_PLACE = rf"{_NOT_A_PLACE}[A-Z][\w'’-]+(?:\s+{_NOT_A_PLACE}[A-Z][\w'’-]+)*"
PLACE_RUN = rf"{_PLACE}(?:,\s+{_PLACE})?"
_PLACE_RUN = rf"(?P<place>{PLACE_RUN})"
#: The day set before the verb, after the subject: "Modi on Thursday arrived in Poland".
_DAY_BEFORE = re.compile(rf"\bon\s+(?P<weekday>{FULL_WEEKDAY_PATTERN}),?\s+(?:arrived|landed)\b(?:\s+(?:in|at)\s+{_PLACE_RUN})?")
#: The day after the place, without "on": "arrived in Warsaw, Poland Wednesday evening".
_DAY_AFTER_PLACE = re.compile(rf"\b(?:arrived|landed)\s+(?:in|at)\s+{_PLACE_RUN},?\s+(?P<weekday>{FULL_WEEKDAY_PATTERN})\b")
#: The day after the verb (and place), by its hour without "on": "arrived in Brasília early Monday", "arrived in
#: Brasília, Brazil, in the early hours of Monday", "had arrived in the country early Monday", "late Wednesday".
_DAY_BY_HOUR = re.compile(
    rf"\b(?:arrived|landed)(?:\s+(?:in|at)\s+(?:the\s+country|{_PLACE_RUN}))?,?\s+"
    rf"(?P<hour>early|late|in\s+the\s+(?:early|small)\s+hours\s+of)\s+(?P<weekday>{FULL_WEEKDAY_PATTERN})\b"
)
#: An arrival in the small hours of its day ("early Monday", "in the early hours of Monday"); and one told at night.
_SMALL_HOURS = re.compile(rf"\bearly\s+(?:on\s+)?(?:{FULL_WEEKDAY_PATTERN})\b|\bin\s+the\s+(?:early|small)\s+hours\b")
_AT_NIGHT = re.compile(r"\b(?:night|midnight|late)\b")
#: Every day a quote names: a weekday or a month's day.
_ANY_DAY = re.compile(
    rf"\b(?:{FULL_WEEKDAY_PATTERN})\b|\b(?:{FULL_MONTH_PATTERN})\s+[0-3]?[0-9]\b|\b[0-3]?[0-9]\s+(?:{FULL_MONTH_PATTERN})\b"
)


def arrival_weekday(quote: str) -> tuple[str, str] | None:
    """The weekday and the place of an arrival done, when the day stands before the verb, after the place
    without "on", or after its hour ("early Monday"), and the quote names no other day; None otherwise."""
    if "arrived" not in quote and "landed" not in quote:  # most quotes: skip the patterns
        return None
    found = _DAY_BEFORE.search(quote) or _DAY_AFTER_PLACE.search(quote)
    if found is None and ("early" in quote or "late" in quote):  # the hour's words, else skip its pattern
        found = _DAY_BY_HOUR.search(quote)
    if found is None or len(_ANY_DAY.findall(quote)) != 1:
        return None
    return found.group("weekday"), found.group("place") or ""


#: A day set by a named clock: "local time", "(India time)", "IST"; not "This time".
_CLOCK = re.compile(r"\blocal\s+time\b|\([A-Z][a-z]+\s+time\)|\b(?:IST|GMT|UTC)\b")


def told_by_a_clock(quote: str) -> bool:
    """Whether the quote names the clock its day is told by ("arrived in Guyana on Tuesday night (local time)")."""
    return _CLOCK.search(quote) is not None


def in_small_hours(quote: str) -> bool:
    """Whether an arrival is told in the small hours of its day ("early Monday", "in the early hours of Monday")."""
    return ("early" in quote or "small" in quote) and _SMALL_HOURS.search(quote) is not None


def at_night(quote: str) -> bool:
    """Whether an arrival is told at night or late ("on June 19 night", "late Sunday")."""
    return ("night" in quote or "late" in quote) and _AT_NIGHT.search(quote) is not None


def one_night(earlier_at_night: bool, later_in_small_hours: bool, days_apart: int) -> bool:
    """Whether two arrival days a day apart are one night told two ways: the later in its small hours, the earlier at
    night or late ("on June 19 night" against "early Thursday", June 20)."""
    return days_apart == 1 and earlier_at_night and later_in_small_hours


def place_names(place: str) -> frozenset[str]:
    """The names a place is written with: "Warsaw, Poland" is Warsaw and Poland; accents dropped, since outlets
    write one city with and without them ("Brasília", "Brasilia")."""
    return frozenset(unaccented(part.strip()) for part in place.split(",") if part.strip())


def one_place(a: str, b: str) -> bool:
    """Whether two arrivals are in one place: either unnamed, or a name in common ("Poland" and "Warsaw, Poland")."""
    return not a or not b or not place_names(a).isdisjoint(place_names(b))
