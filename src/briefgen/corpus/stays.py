"""The end of a stay: "in Riyadh until Saturday" against "until Friday, December 9".

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
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.text.dates import PartialDate

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MO = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"([0-3]?[0-9])(?:st|nd|rd|th)?"
#: What a day may be written as after "until" or "leaving on": a weekday, a date, or both.
_WHEN = rf"(?:{_WD}(?:,?\s+(?:{_MO}\s+{_DAY}|{_DAY}\s+{_MO}))?|{_MO}\s+{_DAY}|{_DAY}\s+{_MO})"
_LEAD = (
    r"\b(?:until|till|through|before\s+(?:leaving|departing|heading\s+home)\s+on"
    r"|(?:leave|leaves|leaving|depart|departs|departing)\s+(?:\w+\s+){0,3}?on)\s+"
)
_END = re.compile(_LEAD + _WHEN + r"\b")
_BETWEEN = re.compile(rf"\bbetween\s+{_MO}\s+{_DAY}\s+and\s+{_DAY}\b")
#: Words without which a quote is not read (most quotes have none of them: the reading is skipped).
_CUES = ("until", "till", "through", "leav", "depart", "between")


@dataclass(frozen=True)
class StayEnd:
    """The last day of a stay as one quote gives it: a date, a weekday, or both."""

    day: dt.date | None
    weekday: int | None  # 0 = Monday

    def __str__(self) -> str:
        if self.day is not None:
            weekday, month = _WEEKDAYS[self.day.weekday()].capitalize(), _MONTHS[self.day.month - 1].capitalize()
            return f"until {weekday} {self.day.day} {month} {self.day.year}"
        assert self.weekday is not None
        return f"until {_WEEKDAYS[self.weekday].capitalize()}"


def _date(year: int, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(year, _MONTHS.index(month.lower()) + 1, int(day))
    except ValueError:
        return None


def _next_weekday(start: dt.date, weekday: int) -> dt.date:
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def stay_end(quote: str, date: PartialDate) -> StayEnd | None:
    """The last day of a stay a quote states, read against the fact's date; None if it states none."""
    lowered = quote.lower()  # every fact of the corpus is looked at: six looks for a word are cheaper than one pattern
    if not any(cue in lowered for cue in _CUES):
        return None
    between = _BETWEEN.search(quote)
    if between:
        day = _date(date.year, between.group(1), between.group(3))
        return StayEnd(day, None if day is None else day.weekday())
    found = _END.search(quote)
    if found is None:
        return None
    weekday_name, m1, d1, d2, m2, m3, d3, d4, m4 = found.groups()
    month, day_text = (m1, d1) if m1 else (m2, d2) if m2 else (m3, d3) if m3 else (m4, d4) if m4 else (None, None)
    day = _date(date.year, month, day_text) if month and day_text else None
    weekday = _WEEKDAYS.index(weekday_name.lower()) if weekday_name else None
    if day is None and weekday is not None and date.day is not None:
        day = _next_weekday(date.first_day, weekday)
    if day is not None:
        return StayEnd(day, day.weekday())
    return StayEnd(None, weekday) if weekday is not None else None


def ends_clash(a: StayEnd, b: StayEnd) -> bool:
    """Two ends of one stay that cannot both be right: different days, or different weekdays where a day is unknown.

    Days more than a week apart are taken for two stays, not one stay ended twice.
    """
    if a.day is not None and b.day is not None:
        return a.day != b.day and abs((a.day - b.day).days) <= 7
    return a.weekday is not None and b.weekday is not None and a.weekday != b.weekday


def facts_end_differently(a: Fact, b: Fact) -> bool:
    """Whether two facts of different sources end one stay on different days."""
    if a.source == b.source:
        return False
    end_a, end_b = stay_end(a.quote, a.date), stay_end(b.quote, b.date)
    return end_a is not None and end_b is not None and ends_clash(end_a, end_b)


def stay_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    """The events whose facts end the stay on different days: each such event once, with every fact that ends it."""
    groups: dict[str, list[tuple[Fact, StayEnd]]] = defaultdict(list)
    for fact in facts:
        if fact.event:
            end = stay_end(fact.quote, fact.date)
            if end is not None:
                groups[fact.event].append((fact, end))
    found = []
    for event, members in sorted(groups.items()):
        if any(a.source != b.source and ends_clash(x, y) for i, (a, x) in enumerate(members) for b, y in members[i + 1 :]):
            found.append(
                Discrepancy(kind="stay", key=event, fact_ids=tuple(f.id for f, _ in members), statements=tuple(str(e) for _, e in members))
            )
    return found
