"""The ends of a stay: "until Saturday" against "until Friday, December 9"; "arrived on Saturday night" against "on November 5".

The date check compares the months of one event's facts, so two outlets
that end one visit on different days of the same week never meet there.  A
report that says when a visitor leaves ("until Saturday", "before leaving on
Friday", "will last until Friday, December 9", "between December 7 and 9")
states the last day of the occasion; two reports of one event that state
different last days cannot both be right.  This module reads that day from a
quote and says when two of them disagree; :func:`stay_discrepancies` reports
it for the facts of one event (hand-set, linked, or as a proposal would link
them).

A weekday is read against the fact's own date (the next such day on or after
it); a fact dated only to a month keeps the weekday alone, which is still
compared with the other side's weekday.

The first day is read the same way from an arrival ("arrived in Shanghai on
November 5", "his arrival in Shanghai on Saturday night", "arrived late on
Monday"): a visit has one arrival in a place, so two outlets that give it
different days cannot both be right.  A weekday of an arrival is the one
nearest the fact's date (the report may come before or after it); arrivals
in two different places are two legs of a tour, never compared.  An arrival
dated before its verb or after its place with no "on" is read by
:mod:`briefgen.corpus.arrival_days`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefgen.corpus.arrival_days import PLACE_RUN, arrival_weekday, at_night, in_small_hours, one_night, one_place, told_by_a_clock
from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.corpus.stay_spans import span_days
from briefgen.text.dates import PartialDate, date_of, spelled_day
from briefgen.text.english import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN, WEEKDAY_NAMES, weekday_number

_WD = rf"({FULL_WEEKDAY_PATTERN})"
_MO = rf"({FULL_MONTH_PATTERN})"
_DAY = r"([0-3]?[0-9])(?:st|nd|rd|th)?"
#: What a day may be written as after "until" or "leaving on": a weekday, a date, or both.
_WHEN = rf"(?:{_WD}(?:,?\s+(?:{_MO}\s+{_DAY}|{_DAY}\s+{_MO}))?|{_MO}\s+{_DAY}|{_DAY}\s+{_MO})"
_LEAD = (
    r"\b(?:until|till|through|before\s+(?:leaving|departing|heading\s+home)\s+on"
    r"|(?:leave|leaves|leaving|depart|departs|departing)\s+(?:\w+\s+){0,3}?on)\s+"
)
_END = re.compile(_LEAD + _WHEN + r"\b")
_BETWEEN = re.compile(rf"\bbetween\s+{_MO}\s+{_DAY}\s+and\s+{_DAY}\b")
_ARRIVAL = re.compile(
    r"\b(?:arrived|arrives|arriving|arrival|landed)\b(?:\s+(?:in|at)\s+(" + PLACE_RUN + r"))?[^.;]{0,40}?\bon\s+" + _WHEN + r"\b"
)


@dataclass(frozen=True)
class StayEnd:
    """The last day of a stay as one quote gives it: a date, a weekday, or both."""

    day: dt.date | None
    weekday: int | None  # 0 = Monday
    arrival: bool = False  # the first day (an arrival), not the last
    place: str = ""  # where the arrival was, if the quote names it
    #: An arrival told in the small hours of its day ("early Monday"), or at night or late ("on June 19 night").
    small_hours: bool = field(default=False, compare=False)
    night: bool = field(default=False, compare=False)
    #: An end read from a span of days ("from March 16 to 20", :mod:`.stay_spans`): set against another span's only.
    span: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        if self.span:  # "from Sunday 16 March 2031", "to Thursday 20 March 2031": a span's ends, not an arrival or a leaving
            lead = "from" if self.arrival else "to"
        else:
            lead = "arrived" + (f" in {self.place}" if self.place else "") if self.arrival else "until"
        if self.day is not None:
            return f"{lead} {spelled_day(self.day)}"
        assert self.weekday is not None
        return f"{lead} {WEEKDAY_NAMES[self.weekday]}"


def _next_weekday(start: dt.date, weekday: int) -> dt.date:
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def stay_end(quote: str, date: PartialDate) -> StayEnd | None:
    """The last day of a stay a quote states, read against the fact's date; None if it states none."""
    # Words without which a quote is not read (most quotes have none of them: the reading is skipped).  Every
    # fact of the corpus is looked at: six looks for a word are cheaper than one pattern, and written out,
    # half the cost of ``any`` over them (on 50,000 quotes, 0.05 s).
    lowered = quote.lower()
    # "from March 16 to 20": its last day (:mod:`.stay_spans`); a quote with "from" and no span goes on only if
    # one of the other words is in it, as before spans were read (a seventh word let 6,000 more quotes of 50,000
    # through every pattern below).
    if "from" in lowered and (span := span_days(quote, date.year)) is not None:
        return StayEnd(span[1], span[1].weekday(), span=True)
    if not (
        "until" in lowered or "till" in lowered or "through" in lowered or "leav" in lowered or "depart" in lowered or "between" in lowered
    ):
        return None
    between = _BETWEEN.search(quote)
    if between:
        day = date_of(date.year, between.group(1), between.group(3))
        return StayEnd(day, None if day is None else day.weekday())
    found = _END.search(quote)
    if found is None:
        return None
    day, weekday = _stated_day(date.year, *found.groups())
    if day is None and weekday is not None and date.day is not None:
        day = _next_weekday(date.first_day, weekday)
    if day is not None:
        return StayEnd(day, day.weekday())
    return StayEnd(None, weekday) if weekday is not None else None


def _stated_day(year: int, weekday_name: str | None, *parts: str | None) -> tuple[dt.date | None, int | None]:
    """The day and the weekday a matched phrase states: its month and day come in one of four orders ("March 7", "7 March" …)."""
    m1, d1, d2, m2, m3, d3, d4, m4 = parts
    month, day_text = (m1, d1) if m1 else (m2, d2) if m2 else (m3, d3) if m3 else (m4, d4) if m4 else (None, None)
    day = date_of(year, month, day_text) if month and day_text else None
    return day, (weekday_number(weekday_name) if weekday_name else None)


def _nearest_weekday(date: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - date.weekday()) % 7
    return date + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def stay_start(quote: str, date: PartialDate) -> StayEnd | None:
    """The first day of a stay a quote states by an arrival, read against the fact's date; None if it states none."""
    if (span := span_days(quote, date.year)) is not None:  # "from March 16 to 20": its first day (:mod:`.stay_spans`)
        return StayEnd(span[0], span[0].weekday(), arrival=True, span=True)
    if ("arriv" not in quote and "landed" not in quote) or told_by_a_clock(quote):  # most quotes: skip the pattern
        return None
    found = _ARRIVAL.search(quote)
    if found is not None:
        place, *stated = found.groups()
        day, weekday = _stated_day(date.year, *stated)
    elif (told := arrival_weekday(quote)) is not None:  # the day before the verb, or after the place without "on"
        weekday_name, place = told
        day, weekday = None, weekday_number(weekday_name)
    else:
        return None
    if day is None and weekday is not None and date.day is not None:
        day = _nearest_weekday(date.first_day, weekday)
    hours = {"small_hours": in_small_hours(quote), "night": at_night(quote)}
    if day is not None:
        return StayEnd(day, day.weekday(), arrival=True, place=place or "", **hours)
    return StayEnd(None, weekday, arrival=True, place=place or "", **hours) if weekday is not None else None


def ends_clash(a: StayEnd, b: StayEnd) -> bool:
    """Two ends of one stay that cannot both be right: different days, or different weekdays where a day is unknown.

    Days more than a week apart are taken for two stays, not one stay ended twice.  A first day is only set
    against a first day, in one place (or a place one side leaves unnamed), and an arrival in the small hours
    against one the night before is one night (:func:`briefgen.corpus.arrival_days.one_night`).
    """
    if a.arrival != b.arrival or a.span != b.span or not one_place(a.place, b.place):
        return False
    if a.day is not None and b.day is not None:
        apart = abs((a.day - b.day).days)
        earlier, later = (a, b) if a.day < b.day else (b, a)
        if a.arrival and one_night(earlier.night, later.small_hours, apart):
            return False
        return a.day != b.day and apart <= 7
    return a.weekday is not None and b.weekday is not None and a.weekday != b.weekday


def facts_end_differently(a: Fact, b: Fact) -> bool:
    """Whether two facts of different sources end one stay (or begin it) on different days."""
    if a.source == b.source:
        return False
    return any(
        x is not None and y is not None and ends_clash(x, y)
        for read in (stay_end, stay_start)
        for x, y in [(read(a.quote, a.date), read(b.quote, b.date))]
    )


def stay_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    """The events whose facts end (or begin) the stay on different days: each such event once per end, with every fact
    that states that end (for an arrival, in the place of the arrival in dispute: another place is another leg)."""
    groups: dict[tuple[str, bool], list[tuple[Fact, StayEnd]]] = defaultdict(list)
    for fact in facts:
        if fact.event:
            for read in (stay_end, stay_start):
                end = read(fact.quote, fact.date)
                if end is not None:
                    groups[(fact.event, end.arrival)].append((fact, end))
    found = []
    for (event, _), members in sorted(groups.items()):
        clash = next(
            (x for i, (a, x) in enumerate(members) for b, y in members[i + 1 :] if a.source != b.source and ends_clash(x, y)), None
        )
        if clash is not None:
            members = [(f, e) for f, e in members if one_place(e.place, clash.place)]
            found.append(
                Discrepancy(kind="stay", key=event, fact_ids=tuple(f.id for f, _ in members), statements=tuple(str(e) for _, e in members))
            )
    return found
