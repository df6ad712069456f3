""" "Comes a day after …": the act is counted back from the news itself, the day the page was written."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.news_counts import counted_from_the_news
from tests.suggest.dating import resolved

# The day after the German parliament elected Merz (intake_final56's gdnonline report, given a date here).
_WEDNESDAY = dt.date(2025, 5, 7)
_MERZ = "While already planned, the trip comes only a day after Merz was elected chancellor by parliament on the second round of voting."


def test_the_act_the_news_comes_a_day_after_is_the_day_before_the_page() -> None:
    assert resolved(_MERZ, _WEDNESDAY, future=False, kind="event", ref_year=2025) == ("2025-05-06", "comes only a day after")


def test_a_count_in_words_is_counted_back_that_many_days() -> None:
    text = "His visit comes two days after Ostland slammed the Vestrian foreign minister for his remarks on the border."
    assert resolved(text, _WEDNESDAY, future=False, kind="statement", ref_year=2025)[0] == "2025-05-05"


def test_came_a_day_after_counts_from_a_past_day_and_keeps_only_the_month() -> None:
    text = "The talks came a day after the foreign ministers met in Korvik."
    assert resolved(text, _WEDNESDAY, future=False, kind="event", ref_year=2025)[0] == "2025-05"


def test_a_noun_after_after_is_not_counted() -> None:
    assert counted_from_the_news("The visit comes a day after the summit on 5 May.", _WEDNESDAY) is None


def test_a_page_with_no_date_counts_nothing() -> None:
    assert counted_from_the_news(_MERZ, None) is None
