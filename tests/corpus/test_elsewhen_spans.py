"""Elsewhen: a plan's span of years and a clause counting from a past happening do not date a part of the visit elsewhere."""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.text.dates import PartialDate

VISIT = PartialDate.parse("2031-11-19")


def test_a_plan_running_over_the_visits_year_is_not_dated_elsewhere() -> None:
    assert not elsewhen("During the visit, the two sides signed a joint action plan between 2030 and 2034.", VISIT)
    assert not elsewhen("The leaders welcomed the adoption of the Partnership Programme for 2031-2041,", VISIT)
    assert not elsewhen("Norland and Sudmark agreed on a roadmap from 2031 to 2035.", VISIT)


def test_a_span_of_years_before_the_visit_still_dates_elsewhere() -> None:
    assert elsewhen("The two sides carried out a joint plan between 2010 and 2015.", VISIT)


def test_a_month_in_a_clause_counting_from_does_not_date_the_visit() -> None:
    quote = "Oskaro is on a four-day visit to Sudmark that started Wednesday, his first tour since he took office last August"
    assert not elsewhen(quote, VISIT)
    assert elsewhen("Oskaro last visited Sudmark in August.", VISIT)
