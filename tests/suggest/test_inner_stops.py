"""A full stop inside an abbreviation or a clock's colon ends no clause: a weekday after "U.S." or "4:40 p.m." is still
read in the clause of its future verb.

The sentences marked "fresh" are quoted from pages of round 67's fresh date sample (public news pages kept outside
the repository, labelled by hand before briefgen ran on them); the others are from half A's sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date
from briefgen.suggest.inner_stops import without_inner_stops


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("will host U.S. Secretary of State Marco Rubio", "will host U S  Secretary of State Marco Rubio"),
        ("arrives at Andrews at 4:40 p.m. Monday", "arrives at Andrews at 4 40 p m  Monday"),
        ("Mr. Obama met Wen. Then he left.", "Mr  Obama met Wen. Then he left."),
    ],
)
def test_the_stops_inside_a_clause_are_blanked_and_nothing_moves(text: str, blanked: str) -> None:
    assert without_inner_stops(text) == blanked
    assert len(without_inner_stops(text)) == len(text)


def _date(text: str, published: dt.date, kind: str) -> str:
    resolved = resolve_date(text, published, future=kind == "plan", kind=kind, ref_year=published.year)
    assert resolved is not None
    return str(resolved.date)


def test_a_weekday_after_us_in_a_future_clause_is_the_coming_one() -> None:
    # Fresh: voanews.com, Saturday 24 February 2007 (Kim Kye Kwan's visit to the United States).
    text = (
        "Yonhap news agency quotes unidentified sources Saturday as saying that North Korea's vice foreign minister, "
        "Kim Kye Kwan, will visit the west coast U.S. city of San Francisco Thursday for a lecture at Stanford University."
    )
    assert _date(text, dt.date(2007, 2, 24), "plan") == "2007-03-01"


def test_a_weekday_after_a_clock_time_in_a_schedule_is_the_coming_one() -> None:
    # Fresh: sun-sentinel.com, Thursday 3 December 1987 (Gorbachev's visit to Washington).
    text = (
        "Gorbachev arrives at Andrews Air Force Base in Maryland at 4:40 p.m. Monday and although he is not scheduled "
        "to make an arrival statement, live television coverage is expected."
    )
    assert _date(text, dt.date(1987, 12, 3), "statement") == "1987-12-07"


def test_a_past_act_beside_us_keeps_its_day_behind() -> None:
    # Fresh: hawaiireporter.com, Saturday 19 November 2011 (Obama's Asia-Pacific tour).
    text = (
        "He arrived in Indonesia Thursday, after a stop in Australia, where he signed an accord to deploy up to 2,500 "
        "U.S. troops in the country’s north."
    )
    assert _date(text, dt.date(2011, 11, 19), "event") == "2011-11-17"
