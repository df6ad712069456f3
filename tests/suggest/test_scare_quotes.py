"""A term in quotation marks inside a clause is no end of the clause: the plan's future verb still governs its weekday."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.scare_quotes import without_scare_quotes
from tests.suggest.dating import resolved

# An invented Friday preview of a tour's programme.
_FRIDAY = dt.date(2015, 1, 16)


def test_the_marks_around_a_term_are_blanked_in_place() -> None:
    text = "deepening ties in a “comprehensive” manner during his stay"
    assert without_scare_quotes(text) == "deepening ties in a  comprehensive  manner during his stay"
    assert len(without_scare_quotes(text)) == len(text)


def test_a_quotation_of_someone_s_words_is_kept() -> None:
    text = 'He said "we will sign the accord soon" on Monday.'
    assert without_scare_quotes(text) == text


def test_a_plan_s_weekday_after_a_quoted_term_is_the_coming_one() -> None:
    text = (
        "Berg is expected to discuss with her Vestrian counterpart Olaf Dahl deepening bilateral ties in a "
        '"comprehensive" manner during her stay from Sunday to Monday in the country.'
    )
    assert resolved(text, _FRIDAY, future=True, kind="plan", ref_year=2015)[0] == "2015-01-18"


def test_a_past_act_after_a_quoted_term_keeps_the_day_before() -> None:
    # intake_final18's Observer report, printed on the Thursday after the arrival: a report, no plan.
    text = (
        "Xi Jinping hailed China’s long-standing “unique” ties with Kazakhstan as he arrived in the Central Asian "
        "country on Tuesday for a state visit."
    )
    assert resolved(text, dt.date(2024, 7, 4), future=False, kind="event", ref_year=2024)[0] == "2024-07-02"
