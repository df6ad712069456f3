"""Time gone by, stated with a bound: the gap since the last such visit, and a flight's length.

:mod:`.series` reads a gap stated exactly ("the first visit by an Egyptian
president to Turkey in 12 years" is 12 years, ``time-since-last-visit``), but
not one with a bound, though outlets compare the two: "the first visit of an
Indian Prime Minister to Cyprus in over two decades" (more than 20 years)
against "in 23 years" in another.  The labels give a bounded gap a figure in
years, decades counted as ten years ("in more than four decades" is at least
40 years; "A Presidential visit from Kenya is taking place after over six
years" at least 6), and so they do a flight's length ("after a flight of
about five hours").  These drafts had no value.

A gap is read with a floor or "nearly" ("over", "more than", "nearly",
"almost"), never "about", which may put a time ahead ("the line will be built
in about two years"); only where the sentence says it is the gap: "in …"
after a "first", or "after …" (with "a period of" or "a gap of" between), and
only where a visit, trip or meeting (or "the first time") is named before
it, so that the gap is that visit's and it shares :mod:`.series`' metric.
"His third visit to China in just over two years" counts visits over a span,
with no "first", and gives none; "after more than two years of talks" is the
talks' length, and "after almost a decade" a way of speaking, and neither is
read.  A flight is read whatever its qualifier ("a flight of more than twelve
hours"); "a five-hour flight" is a descriptor and is not.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.suggest.value_words import qualify
from briefgen.text.english import NUMBER_WORDS, words_pattern

_NUMBER = rf"(?P<n>\d{{1,3}}|{words_pattern(NUMBER_WORDS)})"
# A gap's bound: "in about two years" may be a time ahead ("will be built in about two years"), so only a floor or "nearly".
_GAP_BOUND = r"(?P<bound>(?:just\s+)?(?:over|more\s+than)|nearly|almost|close\s+to)"
_BOUND = r"(?P<bound>(?:just\s+)?(?:over|more\s+than|under|less\s+than)|nearly|almost|about|around|roughly|some|close\s+to)"
# "the first visit … in more than two decades", "the first Indian Prime Minister to visit Cyprus in over two decades".
_FIRST_IN = re.compile(rf"\bfirst\b[^.;:!?]{{0,140}}?\bin\s+{_GAP_BOUND}\s+{_NUMBER}\s+(?P<unit>years|decades)\b", re.IGNORECASE)
# "taking place after over six years", "after a period of over six years" (not "after more than two years of talks").
_AFTER = re.compile(
    rf"\bafter\s+(?:a\s+(?:period|gap|hiatus|break|lapse)\s+of\s+)?{_GAP_BOUND}\s+{_NUMBER}\s+(?P<unit>years|decades)\b"
    r"(?!\s+(?:of|in|as|at|with|since)\b)",
    re.IGNORECASE,
)
# "after a flight of about five hours", "a flight of more than twelve hours".
_FLIGHT = re.compile(rf"\bflight\s+of\s+(?:{_BOUND}\s+)?{_NUMBER}\s+(?P<unit>hours?)\b", re.IGNORECASE)
# What there had been none of: the gap is the visit's ("time-since-last-visit", as :mod:`.series` names an exact gap).
_WHAT = re.compile(r"\b(?:(?P<what>visit|trip|meeting|summit|tour)s?|visit(?:ed|ing))\b|\bfirst\s+(?P<time>time)\b", re.IGNORECASE)


def _count(word: str, unit: str) -> int | None:
    """The number of years or hours: "two decades" are 20 years."""
    lowered = word.casefold()
    n = int(lowered) if lowered.isdigit() else NUMBER_WORDS.get(lowered)
    if not n:
        return None
    return n * 10 if unit.casefold().startswith("decade") else n


def _metric(sentence: str, match: re.Match[str]) -> str | None:
    """The gap's metric, named by the visit, trip or meeting the sentence gives it; None when it names none."""
    if match.re is _FLIGHT:
        return "flight-duration"
    said = list(_WHAT.finditer(sentence, max(0, match.start() - 100), match.start("bound")))
    if not said:
        return None  # "the first trains will run in …", "after more than two years, the war …": no visit's gap
    what = (said[0].group("what") or ("time" if said[0].group("time") else "visit")).casefold()
    return "time-since-last" if what == "time" else f"time-since-last-{what}"


def elapsed(sentence: str) -> list[FoundValue]:
    """Each bounded or approximate gap since a last visit, and each flight's length, the sentence states."""
    found: list[FoundValue] = []
    for match in (*_FIRST_IN.finditer(sentence), *_AFTER.finditer(sentence), *_FLIGHT.finditer(sentence)):
        n, metric = _count(match.group("n"), match.group("unit")), _metric(sentence, match)
        if n is None or metric is None or (metric == "flight-duration" and n > 24):
            continue
        start = match.start("bound") if match.group("bound") else match.start("n")
        before = sentence[max(0, start - 30) : match.start("n")]
        amount, low, high, approximate = qualify(before, sentence[match.end() : match.end() + 40], str(n))
        unit = "hours" if metric == "flight-duration" else "years"
        found.append(FoundValue(metric, amount, unit, None, start, match.end(), False, low, high, approximate))
    return found
