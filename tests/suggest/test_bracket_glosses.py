"""A short gloss in brackets is no end of a clause: the plan's future verb still governs the weekday after it."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.bracket_glosses import without_glosses
from tests.suggest.dating import resolved

# An invented Monday preview of a visit's programme.
_MONDAY = dt.date(2025, 8, 11)


def test_a_verbless_gloss_is_left_out() -> None:
    assert without_glosses("at the Civic Hall, Norvale (administrative capital) on") == "at the Civic Hall, Norvale on"


def test_a_bracket_with_a_verb_or_a_day_word_stays() -> None:
    text = "at the plant (which opened last year) on"
    assert without_glosses(text) == text
    assert without_glosses("at the hall (local time) on") == "at the hall (local time) on"


def test_a_plan_s_weekday_after_a_gloss_is_the_coming_one() -> None:
    text = (
        "The envoy will be accorded an official welcoming ceremony at the Civic Hall, Norvale "
        "(administrative capital) on Tuesday, followed by talks with the prime minister."
    )
    assert resolved(text, _MONDAY, future=True, kind="plan", ref_year=2025)[0] == "2025-08-12"


def test_a_report_s_weekday_after_a_gloss_stays_the_one_before() -> None:
    text = "The envoy was received at the Civic Hall, Norvale (administrative capital) on Tuesday by the prime minister."
    assert resolved(text, _MONDAY, future=False, kind="event", ref_year=2025)[0] == "2025-08-05"
