"""Counts said as ordinals over a stated period: "the seventh visit since 2015" is seven visits since 2015.

With its period, an ordinal numbers a series (the visits since 2015, this one
included); without one ("his second visit to Pakistan") it only places the
event, and no value is proposed.  "The first visit since 2016" counts nothing
either: it says how long there was none; but "for the first time in 13 years"
states that gap as a figure, 13 years.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefgen.suggest.value_words import SERIES, SERIES_MORE
from briefgen.text.english import NUMBER_WORDS, ORDINAL_WORDS, words_pattern


class SeriesCount(NamedTuple):
    """One count read from an ordinal, where the sentence says it."""

    metric: str
    amount: str
    unit: str
    period: str | None
    start: int
    end: int


# "for the first time in 13 years", "his first visit in five years": a gap stated exactly (no "more than", no "a decade").
# Words may name who went where between the two: "the first visit by an Egyptian president to Turkey in 12 years".
_GAP = re.compile(
    rf"\bfirst\s+(?P<what>time|visit|trip|meeting|summit|tour)(?:\s+(?!in\b)[\w’'-]+){{0,8}}?\s+in\s+(?P<n>\d+|{words_pattern(NUMBER_WORDS)})\s+(?P<unit>years|months|decades)\b",
    re.IGNORECASE,
)


def gaps(sentence: str) -> list[SeriesCount]:
    """How long there was none, where the sentence says it exactly: "for the first time in 13 years" is 13 years."""
    found = []
    for match in _GAP.finditer(sentence):
        raw = match.group("n").casefold()
        what = match.group("what").casefold()
        metric = "time-since-last" if what == "time" else f"time-since-last-{what}"
        amount = str(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else raw
        found.append(SeriesCount(metric, amount, match.group("unit").casefold(), None, match.start("n"), match.end()))
    return found


# "his third visit to Mongolia, after November 2000 and September 2014": the earlier ones listed, each by its date.
_AFTER_LIST = re.compile(
    rf"\b(?P<n>{words_pattern(ORDINAL_WORDS)})\s+(?:(?:official|state|working)\s+)?(?P<unit>visit|trip)\b[^.;:,]{{0,40}},\s+after\s+"
    r"(?P<list>[^.;:()]{3,90})",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# "visited India twice": a count said with an adverb.
_TIMES = {"twice": 2, "thrice": 3, "three times": 3, "four times": 4, "five times": 5}
_VISITED = re.compile(r"\bvisited\s+(?P<place>(?-i:[A-Z][\w-]+))\s+(?P<n>twice|thrice|(?:three|four|five)\s+times)\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b[Ii]n\s+((?:19|20)\d\d)\b")


def listed_counts(sentence: str, visited: str) -> list[SeriesCount]:
    """Counts that are certain because the sentence lists the others or says how often.

    "his third visit to Mongolia, after November 2000 and September 2014" names
    the two before it, each by a date with its year: three visits in all.  An
    ordinal with a list of another length, or of items with no year, counts
    nothing.  "In 2023, he visited India twice" is 2 visits to India in 2023.
    """
    found: list[SeriesCount] = []
    for match in _AFTER_LIST.finditer(sentence):
        items = [item for item in _LISTED.split(match.group("list").strip()) if item]
        count = ORDINAL_WORDS[match.group("n").casefold()]
        if count > 1 and len(items) == count - 1 and all(re.search(r"\b(?:19|20)\d\d\b", item) for item in items):
            metric = f"visits-to-{visited}" if visited else "visits"
            found.append(SeriesCount(metric, str(count), "visits", None, match.start(), match.end("unit")))
    for match in _VISITED.finditer(sentence):
        years = set(_IN_YEAR.findall(sentence))
        place = "-".join(re.findall(r"[a-z0-9]+", match.group("place").casefold()))
        amount = _TIMES[" ".join(match.group("n").casefold().split())]
        period = years.pop() if len(years) == 1 else None
        found.append(SeriesCount(f"visits-to-{place}", str(amount), "visits", period, match.start(), match.end()))
    return found


def is_first(ordinal: str) -> bool:
    """ "first" or "1st": the end of a gap ("the first visit since 2016"), not a count of a series."""
    return ordinal.casefold() in {"first", "1st"}


def series_counts(sentence: str, visited: str) -> list[SeriesCount]:
    """Every ordinal count over a period in the sentence, in order.

    An ordinal that follows with "and the" and a period of its own ("… and the
    third in the past eight months") counts the same things.  Visits counted to
    a place the sentence names (``visited``) are named by it (``visits-to-uae``):
    two outlets' counts of one leader's visits then share a metric, and another
    place's never does.
    """
    found: list[SeriesCount] = []
    for match in SERIES.finditer(sentence):
        unit = match.group("unit").casefold() + "s"
        metric = f"{unit}-to-{visited}" if visited and unit == "visits" else unit
        candidates = [(match.group("n"), match.group("period"), match.start(), match.end())]
        for more in SERIES_MORE.finditer(sentence, match.end()):
            if more.start() != match.end():
                break
            candidates.append((more.group("n"), more.group("period"), more.start(), more.end()))
        for ordinal, period, start, end in candidates:
            if not is_first(ordinal):
                raw = ordinal.casefold()
                count = ORDINAL_WORDS.get(raw) or int(re.sub(r"\D", "", raw))
                found.append(SeriesCount(metric, str(count), unit, " ".join(period.split()), start, end))
    return found + gaps(sentence) + listed_counts(sentence, visited)
