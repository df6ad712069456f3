"""Weekdays in wire copy: after an aside between commas, and in copy printed the day after its dateline."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import resolve_date
from briefgen.suggest.filed_day import filed_day
from briefgen.suggest.story_days import spoken_day

_SUNDAY = dt.date(2025, 7, 6)


def _date(text: str, published: dt.date, spoken: dt.date | None = None) -> str:
    resolved = resolve_date(text, published, future=True, kind="plan", ref_year=published.year, spoken=spoken)
    assert resolved is not None
    return str(resolved.date)


def test_a_future_clause_governs_a_day_after_a_verbless_aside() -> None:
    text = "The Emperor will visit the museum and a facility related to water, the subject of his research, on Monday."
    assert _date(text, _SUNDAY) == "2025-07-07"


def test_an_aside_with_its_own_past_verb_keeps_the_day_behind() -> None:
    text = "He met the minister, who was his host, on Saturday."
    resolved = resolve_date(text, _SUNDAY, future=False, kind="event", ref_year=2025)
    assert resolved is not None and str(resolved.date) == "2025-07-05"


_WIRE = "Headline\n\nMANILA, Jan 3:  The President will fly to Beijing on Tuesday for a three-day visit.\n\nMore."


def test_copy_printed_the_morning_after_its_dateline_counts_from_the_dateline() -> None:
    wednesday = dt.date(2023, 1, 4)
    assert filed_day(_WIRE, wednesday) == dt.date(2023, 1, 3)
    spoken = spoken_day(_WIRE, _WIRE.index("MANILA") + 1, wednesday, None)
    assert _date("The President will fly to Beijing on Tuesday.", wednesday, spoken) == "2023-01-03"


def test_a_dateline_of_the_same_day_or_further_back_changes_nothing() -> None:
    assert filed_day(_WIRE, dt.date(2023, 1, 3)) is None
    assert filed_day(_WIRE, dt.date(2023, 1, 6)) is None
