"""A date told as still to come on its report's day is no side against an occasion that day had reached.

Built on half A's intake_final26: CityNews has Carney "in Mexico City today" (Friday 2025-09-19), and Darpan, the
same Friday, has his agriculture minister "visit Mexico next month"; an event proposal joined the two sentences and
``check`` read one visit dated to September and to October.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import PossibleConflict
from briefgen.corpus.still_to_come import told_ahead, without_told_ahead
from tests.corpus.builders import make_fact

TODAY = "Prime Minister Mark Carney is in Mexico City today, on the second day of a trip aimed at strengthening trade"
NEXT_MONTH = "Carney said Canada's Minister of Agriculture Heath MacDonald will visit Mexico next month to discuss trade"
LATER_REPORT = "Carney arrived in Mexico City on October 2 for talks with President Claudia Sheinbaum"


def fact(fact_id: str, source: str, quote: str, date: str) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Mark Carney", "Mexico", "Canada"), kind="plan")


def conflict(*facts: Fact) -> PossibleConflict:
    discrepancy = Discrepancy(
        kind="date", key="carney-2025-09", fact_ids=tuple(f.id for f in facts), statements=tuple(str(f.date) for f in facts)
    )
    return PossibleConflict(discrepancy, ())


def described(published: dict[str, dt.date], *facts: Fact) -> list[str]:
    """What ``check`` says of a date conflict of these facts once the sources' dates are read."""
    return [c.discrepancy.describe() for c in without_told_ahead([conflict(*facts)], {f.id: f for f in facts}, published)]


def test_a_visit_told_for_next_month_is_no_side_against_one_under_way_that_day() -> None:
    today, ahead = fact("today", "citynews", TODAY, "2025-09-19"), fact("ahead", "darpan", NEXT_MONTH, "2025-10")
    published = {"citynews": dt.date(2025, 9, 19), "darpan": dt.date(2025, 9, 19)}
    assert told_ahead(ahead, today, published)
    assert not told_ahead(today, ahead, published)
    assert described(published, today, ahead) == []


def test_a_report_of_a_later_day_stays_a_side() -> None:
    today, later = fact("today", "citynews", TODAY, "2025-09-19"), fact("later", "darpan", LATER_REPORT, "2025-10-02")
    said = described({"citynews": dt.date(2025, 9, 19), "darpan": dt.date(2025, 10, 3)}, today, later)
    assert len(said) == 1 and "'today' says 2025-09-19" in said[0] and "'later' says 2025-10-02" in said[0]


def test_dates_that_cannot_say_what_had_come_leave_the_sides() -> None:
    month, ahead = fact("month", "citynews", TODAY, "2025-09"), fact("ahead", "darpan", NEXT_MONTH, "2025-10")
    assert len(described({"citynews": dt.date(2025, 9, 19), "darpan": dt.date(2025, 9, 19)}, month, ahead)) == 1  # September may be to come
    today = fact("today", "citynews", TODAY, "2025-09-19")
    assert len(described({"citynews": dt.date(2025, 9, 19)}, today, ahead)) == 1  # the plan's report undated


def test_the_other_sides_still_conflict_without_the_one_told_ahead() -> None:
    today, ahead = fact("today", "citynews", TODAY, "2025-09-19"), fact("ahead", "darpan", NEXT_MONTH, "2025-10")
    later = fact("later", "globe", LATER_REPORT, "2025-10-02")
    published = {"citynews": dt.date(2025, 9, 19), "darpan": dt.date(2025, 9, 19), "globe": dt.date(2025, 10, 3)}
    said = described(published, today, ahead, later)
    assert len(said) == 1 and "'ahead'" not in said[0] and "'today'" in said[0] and "'later'" in said[0]
